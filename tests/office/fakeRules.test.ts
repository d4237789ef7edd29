/**
 * The documented host rules the fake enforces (tests/support/fake-excel/rules.ts, each with its source): if the fake
 * forgot one, the adapter's tests could pass where real Excel fails.
 */
import {
  installFakeOffice,
  SETTINGS_LIMIT_BYTES,
  type FakeOffice,
  type FakeOfficeOptions,
  type FakeRequestContext,
} from '../support/fake-excel';

let fake: FakeOffice;
const install = (options: FakeOfficeOptions = {}) => {
  fake?.uninstall();
  fake = installFakeOffice(globalThis, { sheets: ['Sheet1', 'Ẩn'], ...options });
};
beforeEach(() => install());
afterEach(() => fake.uninstall());

type Batch<T> = (context: FakeRequestContext) => Promise<T>;
/** Runs a batch on the fake with its own context type (the adapter sees it as Excel.RequestContext). */
function run<T>(batch: Batch<T>, options?: Excel.RunOptions): Promise<T> {
  const excelRun = Excel.run as unknown as (...args: unknown[]) => Promise<T>;
  return options ? excelRun(options, batch) : excelRun(batch);
}

const remove = (name: string) =>
  run(async (context) => {
    context.workbook.worksheets.getItem(name).delete();
    await context.sync();
  });

describe('sheets', () => {
  it('refuses to delete a very hidden sheet with GeneralException (office-js#365)', async () => {
    fake.workbook.sheet('Ẩn').visibility = 'VeryHidden';
    await expect(remove('Ẩn')).rejects.toMatchObject({ code: 'GeneralException' });
    expect(fake.workbook.sheetNames()).toEqual(['Sheet1', 'Ẩn']);
  });

  it('deletes it once it is made hidden first, in the same request', async () => {
    fake.workbook.sheet('Ẩn').visibility = 'VeryHidden';
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Ẩn');
      sheet.visibility = 'Hidden';
      sheet.delete();
      await context.sync();
    });
    expect(fake.workbook.sheetNames()).toEqual(['Sheet1']);
  });

  it('finds a sheet by its id as well as its name, and keeps the id across a rename', async () => {
    const id = await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Ẩn');
      sheet.load('id');
      await context.sync();
      context.workbook.worksheets.getItem(sheet.id).name = 'Đổi tên';
      await context.sync();
      const again = context.workbook.worksheets.getItem(sheet.id);
      again.load('id,name');
      await context.sync();
      return [sheet.id, again.id, again.name];
    });
    expect(id[0]).toBe(id[1]);
    expect(id[2]).toBe('Đổi tên');
  });

  it('ignores select() right after activate() in the same request (office-js#5118), not after a sync', async () => {
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Ẩn');
      sheet.activate();
      sheet.getRange('B2').select();
      await context.sync();
    });
    expect(fake.workbook.selection).toBeNull();
    await run(async (context) => {
      context.workbook.worksheets.getItem('Ẩn').getRange('B2').select();
      await context.sync();
    });
    expect(fake.workbook.selection).toEqual({ sheet: 'Ẩn', address: 'B2' });
  });
});

describe('limits', () => {
  it('refuses to read more than 5,000,000 cells of one range (RangeExceedsLimit)', async () => {
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1:E1000001').load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RangeExceedsLimit' });
  });

  it('refuses settings over 2 MB (office-js#621)', async () => {
    const big = 'x'.repeat(SETTINGS_LIMIT_BYTES);
    await expect(
      run(async (context) => {
        context.workbook.settings.add('big', big);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'GeneralException' });
    expect(fake.workbook.settings.has('big')).toBe(false);
  });
});

describe('protection', () => {
  it('refuses to protect a sheet already protected with AccessDenied (office-js#6784)', async () => {
    fake.workbook.sheet('Sheet1').protect();
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').protection.protect({});
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
  });
});

describe('the user and the host', () => {
  const touch: Batch<void> = async (context) => {
    context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
    await context.sync();
  };

  it('fails a request while a cell is edited, unless the run asked to wait (delayForCellEdit)', async () => {
    fake.setCellEditMode(true);
    await expect(run(touch)).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    await run(touch, { delayForCellEdit: true });
    expect(fake.counters.delayedForCellEdit).toBe(1);
  });

  it('fails requests with InactiveWorkbook while the user is in another workbook', async () => {
    fake.setInactive(1);
    await expect(run(touch)).rejects.toMatchObject({ code: 'InactiveWorkbook' });
    await run(touch);
    expect(fake.workbook.sheet('Sheet1').cell('A1').value).toBe(1);
  });

  it.each(['PC', 'Mac', 'OfficeOnline', 'iOS'] as const)('reports the platform %s', async (platform) => {
    install({ platform });
    expect((await Office.onReady()).platform).toBe(platform);
    expect(Office.context.platform).toBe(platform);
  });

  it('opens a new workbook from a file with Excel.createWorkbook (ExcelApi 1.8), or says it cannot', async () => {
    await Excel.createWorkbook('UEsDBA==');
    expect(fake.createdWorkbooks).toEqual(['UEsDBA==']);
    install({ createWorkbook: 'notImplemented' });
    await expect(Excel.createWorkbook('UEsDBA==')).rejects.toMatchObject({ code: 'NotImplemented' });
    install({ excelApi: '1.7' });
    await expect(Excel.createWorkbook('UEsDBA==')).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});

describe('the undo stack', () => {
  const rename: Batch<void> = async (context) => {
    context.workbook.worksheets.getItem('Ẩn').name = 'Mới';
    await context.sync();
  };

  it('is cleared by renaming a sheet on Windows and Mac, kept on the web', async () => {
    install({ platform: 'PC' });
    await run(rename);
    expect(fake.workbook.undoClearedBy).toEqual(['Worksheet.name']);
    install({ platform: 'OfficeOnline' });
    await run(rename);
    expect(fake.workbook.undoClearedBy).toEqual([]);
  });

  it('is cleared by deleting a sheet everywhere, and kept by writing values', async () => {
    install({ platform: 'OfficeOnline' });
    await run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
      await context.sync();
    });
    expect(fake.workbook.undoClearedBy).toEqual([]);
    await remove('Ẩn');
    expect(fake.workbook.undoClearedBy).toEqual(['Worksheet.delete']);
  });
});

describe('injected failures', () => {
  it('can fail a request before it runs, or lose its answer after it ran', async () => {
    const write =
      (v: number): Batch<void> =>
      async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[v]];
        await context.sync();
      };
    fake.injectFault({ sync: 1, code: 'RequestAborted' });
    await expect(run(write(1))).rejects.toMatchObject({ code: 'RequestAborted' });
    expect(fake.workbook.sheet('Sheet1').cell('A1').value).toBeNull();
    fake.injectFault({ sync: 2, code: 'RequestAborted', phase: 'after' });
    await expect(run(write(2))).rejects.toMatchObject({ code: 'RequestAborted' });
    expect(fake.workbook.sheet('Sheet1').cell('A1').value).toBe(2);
  });

  it('can stop a request at an operation, keeping what ran before it', async () => {
    fake.injectFault({ operation: 2, code: 'GeneralException' });
    await expect(
      run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Sheet1');
        sheet.getRange('A1').values = [[1]];
        sheet.getRange('A2').values = [[2]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'GeneralException' });
    expect([
      fake.workbook.sheet('Sheet1').cell('A1').value,
      fake.workbook.sheet('Sheet1').cell('A2').value,
    ]).toEqual([1, null]);
  });
});
