/** readOpenWorkbook against the host's limits and moods: long texts, a busy host, a stray far cell, cell editing. */
import { describeOfficeError } from '../../src/office/errors';
import { MAX_SHEET_CELLS, SheetTooLargeError } from '../../src/office/readBlocks';
import { readOpenWorkbook, readOpenWorkbookDetailed } from '../../src/office/readWorkbook';
import { recordBackoff } from './backoff';
import { installFakeOffice, PAYLOAD_LIMIT_BYTES, type FakeOffice } from '../support/fake-excel';

let fake: FakeOffice;
const sleeps = recordBackoff();
beforeEach(() => {
  fake = installFakeOffice(globalThis, { sheets: ['Sheet1', 'Khác'] });
});
afterEach(() => fake.uninstall());

describe('reading the open workbook within the limits', () => {
  it('shrinks its blocks when a sheet of long texts answers over 5 MB, and still reads every row', async () => {
    const sheet = fake.workbook.sheet('Sheet1');
    const long = 'Giải trình dài. '.repeat(90);
    for (let r = 0; r < 1200; r++)
      for (let c = 0; c < 3; c++) sheet.cellAt(r, c, true).value = `${r}:${c} ${long}`;
    const read = await readOpenWorkbookDetailed({ sheets: ['Sheet1'] });
    const rows = read.snapshot.sheets[0]?.rows ?? [];
    expect(rows).toHaveLength(1200);
    expect(rows[1199]?.[2]).toEqual({ t: 's', v: `1199:2 ${long}` });
    // Some responses were refused (over 5 MB) and read again in smaller blocks.
    expect(fake.counters.syncs).toBeGreaterThan(2 + read.blocks);
    expect(read.largestResponseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
  });

  it('reads only the sheets asked for, names compared without regard to case', async () => {
    fake.workbook.sheet('Khác').setValue('A1', 'x');
    const snapshot = await readOpenWorkbook({ sheets: ['KHÁC'] });
    expect(snapshot.sheets.map((s) => s.name)).toEqual(['Khác']);
  });

  it('refuses a sheet whose used range is beyond 6,000,000 cells (a stray value far away), naming it', async () => {
    fake.workbook.sheet('Khác').setValue('A1', 1);
    fake.workbook.sheet('Khác').setValue('XFD1048576', 2);
    const error = await readOpenWorkbook().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SheetTooLargeError);
    expect(error).toMatchObject({ code: 'SheetTooLarge', sheet: 'Khác' });
    expect((error as SheetTooLargeError).cells).toBeGreaterThan(MAX_SHEET_CELLS);
    expect(describeOfficeError(error)).toMatchObject({ messageKey: 'office.error.sheetTooLarge' });
  });
});

describe('reading when Excel is busy or the user is typing', () => {
  it('sends a read again when Excel is briefly unavailable', async () => {
    fake.workbook.sheet('Sheet1').setValue('B2', 5);
    fake.injectFault({ sync: 3, code: 'ServiceNotAvailable' });
    const snapshot = await readOpenWorkbook();
    expect(snapshot.sheets[0]?.rows[1]?.[1]).toEqual({ t: 'n', v: 5 });
    expect(sleeps).toEqual([250]);
  });

  it('waits for the user to leave the cell being edited (delayForCellEdit) instead of failing', async () => {
    fake.setCellEditMode(true);
    await readOpenWorkbook();
    expect(fake.counters.delayedForCellEdit).toBe(1);
  });

  it('does not wait for a workbook the user left: it says so (InactiveWorkbook)', async () => {
    fake.setInactive(1);
    await expect(readOpenWorkbook()).rejects.toMatchObject({ code: 'InactiveWorkbook' });
    expect(sleeps).toEqual([]);
  });
});
