/**
 * The fake host is strict like the real proxy model: if the adapter forgot a load, a sync, or text safety, these
 * behaviours are what would make its tests fail.
 */
import { installFakeOffice, type FakeOffice, type FakeRequestContext } from '../support/fake-excel';

let fake: FakeOffice;
beforeEach(() => {
  fake = installFakeOffice(globalThis, { sheets: ['Sheet1'] });
});
afterEach(() => fake.uninstall());

/** Runs a batch on the fake with its own context type (the adapter sees it as Excel.RequestContext). */
function run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
  return (Excel.run as unknown as (b: (c: FakeRequestContext) => Promise<T>) => Promise<T>)(batch);
}

describe('the fake host', () => {
  it('throws PropertyNotLoaded when a property is read without load', async () => {
    await expect(
      run(async (context) => {
        const sheets = context.workbook.worksheets;
        await context.sync();
        return sheets.items.length;
      }),
    ).rejects.toMatchObject({ code: 'PropertyNotLoaded' });
  });

  it('throws PropertyNotLoaded when a loaded property is read before the sync', async () => {
    await expect(
      run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load('items/name');
        const names = sheets.items.map((s) => s.name);
        await context.sync();
        return names;
      }),
    ).rejects.toMatchObject({ code: 'PropertyNotLoaded' });
  });

  it('makes a loaded property readable after load and sync', async () => {
    const names = await run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
    expect(names).toEqual(['Sheet1']);
  });

  it('would fail an adapter that reads a range value it did not load (only the address was)', async () => {
    fake.workbook.sheet('Sheet1').setValue('A1', 42);
    await expect(
      run(async (context) => {
        const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
        range.load('address');
        await context.sync();
        return range.values;
      }),
    ).rejects.toMatchObject({ code: 'PropertyNotLoaded' });
  });

  it('refuses a load without property names (load only what you read)', async () => {
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').load();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('knows isNullObject only after a sync', async () => {
    const seen = await run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Nope');
      let before: unknown;
      try {
        before = missing.isNullObject;
      } catch (e) {
        before = (e as { code: string }).code;
      }
      await context.sync();
      return { before, after: missing.isNullObject };
    });
    expect(seen).toEqual({ before: 'PropertyNotLoaded', after: true });
  });

  it('changes nothing in the workbook until the sync', async () => {
    await run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[7]];
      expect(fake.workbook.sheet('Sheet1').cell('A1').value).toBeNull();
      await context.sync();
    });
    expect(fake.workbook.sheet('Sheet1').cell('A1').value).toBe(7);
  });

  it('fails a run that queued operations and never synced them', async () => {
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
      }),
    ).rejects.toMatchObject({ code: 'GeneralException' });
  });

  it('counts every sync and measures every request', async () => {
    await run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1').values = [['x', 1]];
      await context.sync();
      await context.sync();
    });
    expect(fake.counters.syncs).toBe(2);
    expect(fake.counters.requestBytes).toHaveLength(2);
    expect(fake.counters.requestBytes[1]).toBe(0);
  });

  it('rejects a request over 5 MB with RequestPayloadSizeLimitExceeded, as Excel on the web does', async () => {
    const big = Array.from({ length: 60_000 }, () => ['x'.repeat(100)]);
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1:A60000').values = big;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(fake.counters.largestRequestBytes).toBeGreaterThan(5 * 1024 * 1024);
  });

  it('turns "=…", "-abc" and "+84 912" written as values into formulas, as Excel does with typed input', async () => {
    await run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:A4').values = [
        ['=SUM(B1)'],
        ['-abc'],
        ['+84 912'],
        ['-5'],
      ];
      await context.sync();
    });
    const sheet = fake.workbook.sheet('Sheet1');
    expect(sheet.cell('A1').formula).toBe('=SUM(B1)');
    expect(sheet.cell('A2').formula).toBe('=-abc');
    expect(sheet.cell('A3').formula).toBe('=+84 912');
    expect(sheet.cell('A4').value).toBe(-5);
  });

  it('keeps the same strings as text in cells formatted "@"', async () => {
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:A3');
      range.numberFormat = [['@'], ['@'], ['@']];
      range.values = [['=SUM(B1)'], ['-abc'], ['+84 912']];
      await context.sync();
    });
    const sheet = fake.workbook.sheet('Sheet1');
    expect(['A1', 'A2', 'A3'].map((a) => [sheet.cell(a).formula, sheet.cell(a).value])).toEqual([
      [null, '=SUM(B1)'],
      [null, '-abc'],
      [null, '+84 912'],
    ]);
  });

  it('refuses a values array whose shape differs from the range', async () => {
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').values = [[1, 2]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('refuses writes to locked cells of a protected sheet (AccessDenied)', async () => {
    fake.workbook.sheet('Sheet1').protect();
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
  });

  it('fails an API newer than the host with ApiNotFound at sync', async () => {
    fake.setExcelApi('1.8');
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').pageLayout.orientation = 'Landscape';
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('reads "no fill" back as white, as real Excel does', async () => {
    const color = await run(async (context) => {
      const fill = context.workbook.worksheets.getItem('Sheet1').getRange('C3').format.fill;
      fill.load('color,tintAndShade');
      await context.sync();
      return [fill.color, fill.tintAndShade];
    });
    expect(color).toEqual(['#FFFFFF', null]);
  });

  it('kills proxies when their Excel.run is over (InvalidObjectPath)', async () => {
    const leaked = await run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      await context.sync();
      return range;
    });
    expect(() => {
      leaked.values = [[1]];
    }).toThrow(expect.objectContaining({ code: 'InvalidObjectPath' }));
  });
});
