/** readOpenWorkbook: at most 2 syncs, and validate() sees in the open workbook what it sees in a snapshot. */
import { parseCellAddress } from '../../src/core/sheet/a1';
import type { SnapshotCell, WorkbookSnapshot } from '../../src/core/snapshot/types';
import { SHEETS } from '../../src/core/template/model';
import { isoToSerial } from '../../src/core/text/dates';
import { validate } from '../../src/core/validate';
import { readOpenWorkbook, readOpenWorkbookDetailed } from '../../src/office/readWorkbook';
import { insertSheets } from '../../src/office/writeWorkbook';
import { installFakeOffice, type FakeOffice, type SheetModel } from '../support/fake-excel';
import { testPlan } from '../support/plans';
import {
  blankSubmission,
  cleanSubmission,
  fillIndicator,
  sheet as sheetOf,
  templateSpec,
} from '../support/snapshots';

let fake: FakeOffice;
const plan = testPlan();
beforeEach(async () => {
  fake = installFakeOffice(globalThis, { sheets: ['Sheet1'] });
  await insertSheets(templateSpec(plan, 'ubnd-a', '2025-07'), { replaceExisting: false });
  fake.resetCounters();
});
afterEach(() => fake.uninstall());

/** Types into the fake every cell where `filled` differs from the blank template, as an agency would. */
function typeInto(filled: WorkbookSnapshot): void {
  const blank = blankSubmission(plan, 'ubnd-a', '2025-07');
  for (const s of filled.sheets) {
    const before = sheetOf(blank, s.name);
    const model = fake.workbook.sheet(s.name);
    s.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (JSON.stringify(cell) === JSON.stringify(before.rows[r]?.[c] ?? null)) return;
        put(model, r, c, cell);
      }),
    );
  }
}

function put(model: SheetModel, r: number, c: number, cell: SnapshotCell | null): void {
  const target = model.cellAt(r, c, true);
  target.formula = null;
  target.error = null;
  if (cell === null) target.value = null;
  else if (cell.t === 'd') target.value = isoToSerial(cell.v);
  else if (cell.t === 'n' || cell.t === 's' || cell.t === 'b') target.value = cell.v;
  else throw new Error(`cannot type ${JSON.stringify(cell)}`);
}

const statuses = (snapshot: WorkbookSnapshot) => {
  const report = validate(snapshot, plan);
  return {
    identity: report.identity,
    indicators: report.indicators.map((i) => [i.indicatorId, i.progress, i.forecast, i.inputs]),
    tasks: report.tasks.map((t) => [t.taskId, t.status, t.percent, t.results]),
    completeness: report.completeness,
    timeliness: report.timeliness,
  };
};

describe('reading the open workbook', () => {
  it('takes 3 syncs in one Excel.run: the sheets, their used ranges, then one block of rows for a template', async () => {
    const read = await readOpenWorkbookDetailed();
    expect(fake.counters.syncs).toBe(3);
    expect(read.blocks).toBe(5); // one per template sheet, the carried plan's too; the empty Sheet1 has none
    expect(read.syncs).toBe(fake.counters.syncs);
    expect(fake.counters.runs).toBe(1);
  });

  it('finds the template’s identity in the very hidden stamp', async () => {
    const snapshot = await readOpenWorkbook();
    expect(snapshot.sheets.find((s) => s.name === SHEETS.stamp)?.state).toBe('veryHidden');
    expect(validate(snapshot, plan).identity).toMatchObject({
      planId: plan.id,
      agencyId: 'ubnd-a',
      period: '2025-07',
    });
  });

  it('gives the same statuses as validating the same values built directly', async () => {
    const filled = cleanSubmission(plan, 'ubnd-a', '2025-07');
    fillIndicator(filled, 'CT05', { actual: 130, yearEstimate: 150 });
    typeInto(filled);
    const fromExcel = statuses(await readOpenWorkbook());
    expect(fromExcel).toEqual(statuses(filled));
    expect(
      fromExcel.indicators.map(([id, progress]) => [id, (progress as { status: string }).status]),
    ).toEqual([
      ['CT02', 'met'],
      ['CT03', 'met'],
      ['CT05', 'missed'],
    ]);
    expect(fromExcel.tasks.length).toBeGreaterThan(0);
  });

  it('reads a number in a date format as an ISO date', async () => {
    const filled = cleanSubmission(plan, 'ubnd-a', '2025-07');
    typeInto(filled);
    const snapshot = await readOpenWorkbook();
    const dates = sheetOf(snapshot, SHEETS.instructions)
      .rows.flat()
      .filter((c) => c?.t === 'd');
    expect(dates).toContainEqual({ t: 'd', v: '2025-07-17' });
  });

  it('keeps formulas as formulas (text in f) and their seeded results as values', async () => {
    const sheet = fake.workbook.sheet(SHEETS.indicators);
    const [address] = [...sheet.cells.entries()].filter(([, c]) => c.formula).map(([k]) => k);
    expect(address).toBeDefined();
    const row = Math.floor((address ?? 0) / 16384);
    const col = (address ?? 0) % 16384;
    sheet.cellAt(row, col, true).value = 42.5;
    const snapshot = await readOpenWorkbook();
    const cell = sheetOf(snapshot, SHEETS.indicators).rows[row]?.[col];
    expect(cell).toMatchObject({ t: 'n', v: 42.5, f: sheet.cellAt(row, col, true).formula?.slice(1) });
  });

  it('reads error values as errors', async () => {
    const sheet = fake.workbook.sheet(SHEETS.indicators);
    const at = parseCellAddress('T6');
    sheet.setFormula('T6', '=1/0');
    sheet.setResult('T6', '#DIV/0!');
    const snapshot = await readOpenWorkbook();
    expect(sheetOf(snapshot, SHEETS.indicators).rows[at?.row ?? 0]?.[at?.col ?? 0]).toEqual({
      t: 'e',
      v: '#DIV/0!',
      f: '1/0',
    });
  });

  it('keeps text that looks like a formula as text, not as a formula', async () => {
    fake.workbook.sheet('Sheet1').setNumberFormat('C3', '@');
    fake.workbook.sheet('Sheet1').setValue('C3', '=SUM(A1)');
    const snapshot = await readOpenWorkbook();
    expect(sheetOf(snapshot, 'Sheet1').rows[2]?.[2]).toEqual({ t: 's', v: '=SUM(A1)' });
  });

  it('places cells by their address when the used range does not start at A1', async () => {
    fake.workbook.sheet('Sheet1').setValue('C4', 7);
    const rows = sheetOf(await readOpenWorkbook(), 'Sheet1').rows;
    expect(rows).toEqual([[], [], [], [null, null, { t: 'n', v: 7 }]]);
  });

  it('reads an empty sheet as no rows', async () => {
    expect(sheetOf(await readOpenWorkbook(), 'Sheet1').rows).toEqual([]);
  });

  it('lists merges and keeps a value only in a merge’s top-left cell', async () => {
    const s = fake.workbook.sheet('Sheet1');
    s.setValue('A1', 'tiêu đề');
    s.setValue('B1', 'ẩn dưới ô gộp');
    s.merge('A1:C1');
    const read = sheetOf(await readOpenWorkbook(), 'Sheet1');
    expect(read.merges).toEqual(['A1:C1']);
    expect(read.rows[0]).toEqual([{ t: 's', v: 'tiêu đề' }]);
  });

  it('skips merged areas before ExcelApi 1.13 and says so', async () => {
    fake.setExcelApi('1.12');
    fake.workbook.sheet('Sheet1').merge('A1:C1');
    const read = await readOpenWorkbookDetailed();
    expect(read.skipped).toEqual(['mergedAreas']);
    expect(sheetOf(read.snapshot, 'Sheet1').merges).toEqual([]);
  });

  it('reads the document properties Excel has (no last-saved time)', async () => {
    const snapshot = await readOpenWorkbook();
    expect(snapshot.properties).toEqual({
      created: '2025-07-01T08:00:00Z',
      creator: 'Người dùng',
      lastModifiedBy: 'Người dùng',
    });
  });
});
