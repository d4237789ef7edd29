/** Validation — structure: rows are found by id, never by position; nothing given is dropped silently. */
import { validate } from '../../../../src/core/validate';
import { columnIndex, columnLetters } from '../../../../src/core/sheet/a1';
import {
  columnIndexes,
  HEADER_ROW,
  indicatorColumns,
  SHEETS,
  type IndicatorColumn,
} from '../../../../src/core/template/model';
import { testPlan } from '../../../support/plans';
import { addressOf, cleanSubmission, fillIndicator, setCell, sheet } from '../../../support/snapshots';

const plan = testPlan();
const codes = (r: ReturnType<typeof validate>) => r.issues.map((i) => i.code);
const COLUMNS = columnIndexes(indicatorColumns(2025));
/** The letter of an indicators sheet's column. */
const letter = (key: IndicatorColumn) => columnLetters(COLUMNS[key]);
/** The rows with an id: the table between the header and the signature block. */
function dataRows(rows: readonly unknown[][]): { first: number; last: number } {
  let last = HEADER_ROW;
  rows.forEach((r, i) => {
    const id = r[0] as { t?: string } | null | undefined;
    if (i > HEADER_ROW && id?.t === 's') last = i;
  });
  return { first: HEADER_ROW + 1, last };
}

describe('rows and columns', () => {
  it('a clean submission has no errors or warnings', () => {
    const report = validate(cleanSubmission(plan, 'ubnd-a', '2025-07'), plan);
    expect(report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(report.indicators.map((i) => i.indicatorId)).toEqual(['CT02', 'CT03', 'CT05']);
  });

  it('rows sorted in reverse still map to their indicators', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    fillIndicator(snap, 'CT05', { actual: 42 });
    const s = sheet(snap, SHEETS.indicators);
    const { first, last } = dataRows(s.rows);
    s.rows = [
      ...s.rows.slice(0, first),
      ...s.rows.slice(first, last + 1).reverse(),
      ...s.rows.slice(last + 1),
    ];
    const report = validate(snap, plan);
    expect(report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    const ct05 = report.indicators.find((i) => i.indicatorId === 'CT05');
    expect(ct05?.actual).toBe(42);
    expect(ct05?.row).toBe(HEADER_ROW + 2);
  });

  it('an inserted blank row and an inserted column do not disturb the mapping', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    fillIndicator(snap, 'CT05', { actual: 42 });
    const s = sheet(snap, SHEETS.indicators);
    s.rows.splice(HEADER_ROW + 1, 0, []);
    s.rows = s.rows.map((r) => [null, ...r]);
    // Excel moves merged ranges with the rows and columns inserted.
    s.merges = s.merges.map((m) =>
      m.replace(/([A-Z]+)(\d+)/g, (_, col: string, row: string) => {
        const shifted = columnLetters(columnIndex(col) + 1);
        return `${shifted}${Number(row) > HEADER_ROW + 1 ? Number(row) + 1 : Number(row)}`;
      }),
    );
    const report = validate(snap, plan);
    expect(report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    const actual = columnLetters(COLUMNS.actual + 1);
    expect(report.indicators.find((i) => i.indicatorId === 'CT05')?.cells.actual).toMatch(
      new RegExp(`^${actual}\\d+$`),
    );
  });

  it('a deleted row is reported missing', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    const s = sheet(snap, SHEETS.indicators);
    s.rows = s.rows.filter((r) => !(r[0]?.t === 's' && r[0].v === 'CT03'));
    const report = validate(snap, plan);
    expect(report.issues).toContainEqual(
      expect.objectContaining({ code: 'ROW_MISSING', subject: 'CT03', sheet: SHEETS.indicators }),
    );
  });

  it('a duplicated id is an error at the second row, and the first row is used', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    fillIndicator(snap, 'CT05', { actual: 42 });
    const s = sheet(snap, SHEETS.indicators);
    const copy = structuredClone(s.rows.find((r) => r[0]?.t === 's' && r[0].v === 'CT05') ?? []);
    s.rows.push(copy);
    const report = validate(snap, plan);
    expect(report.issues).toContainEqual(
      expect.objectContaining({
        code: 'ROW_DUPLICATE',
        subject: 'CT05',
        cell: `A${s.rows.length}`,
        severity: 'error',
      }),
    );
    expect(report.rows.filter((r) => r.id === 'CT05').map((r) => r.outcome)).toEqual([
      'accepted',
      'rejected',
    ]);
  });

  it('a row with an id not in this template is reported, not merged', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    const s = sheet(snap, SHEETS.indicators);
    setCell(snap, SHEETS.indicators, `A${s.rows.length + 1}`, 'CT99');
    setCell(snap, SHEETS.indicators, `${letter('actual')}${s.rows.length}`, 5);
    expect(validate(snap, plan).issues).toContainEqual(
      expect.objectContaining({ code: 'ROW_UNKNOWN', found: 'CT99' }),
    );
  });

  it('figures typed in a row without an id are reported, not dropped silently', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    const s = sheet(snap, SHEETS.indicators);
    setCell(snap, SHEETS.indicators, `${letter('actual')}${s.rows.length + 2}`, 7);
    expect(validate(snap, plan).issues).toContainEqual(
      expect.objectContaining({ code: 'ROW_WITHOUT_ID', cell: `A${s.rows.length}` }),
    );
  });

  it('every data row is accounted for: read = accepted + rejected', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    const s = sheet(snap, SHEETS.indicators);
    setCell(snap, SHEETS.indicators, `A${s.rows.length + 1}`, 'CT99');
    const report = validate(snap, plan);
    const accepted = report.rows.filter((r) => r.outcome === 'accepted').length;
    const rejected = report.rows.filter((r) => r.outcome === 'rejected').length;
    // Indicators: 3 rows and 4 input rows (CT02's and CT03's two inputs each); tasks: BC1 and NV3.1.
    expect(accepted).toBe(3 + 4 + 2);
    expect(rejected).toBe(1);
    expect(report.rows.find((r) => r.outcome === 'rejected')?.reason).toBe('ROW_UNKNOWN');
  });

  it('an overwritten target is tampering at its cell, and judging uses the plan value', () => {
    const snap = cleanSubmission(plan, 'so-tc', '2025-07');
    fillIndicator(snap, 'CT01', { actual: 6, target: 5 });
    const report = validate(snap, plan);
    expect(report.issues).toContainEqual(
      expect.objectContaining({
        code: 'TARGET_TAMPERED',
        cell: addressOf(snap, SHEETS.indicators, 'CT01', 'target'),
        found: 5,
        expected: 8,
      }),
    );
    expect(report.indicators.find((i) => i.indicatorId === 'CT01')).toMatchObject({
      progress: { status: 'missed', gap: -2 },
    });
  });

  it('an edited indicator name is a warning', () => {
    const snap = cleanSubmission(plan, 'so-tc', '2025-07');
    fillIndicator(snap, 'CT01', { name: 'GRDP' });
    expect(validate(snap, plan).issues).toContainEqual(
      expect.objectContaining({ code: 'LOCKED_TEXT_CHANGED', found: 'GRDP' }),
    );
  });

  it('a deleted indicators sheet is an error naming it', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    snap.sheets = snap.sheets.filter((s) => s.name !== SHEETS.indicators);
    expect(validate(snap, plan).issues).toContainEqual(
      expect.objectContaining({ code: 'SHEET_MISSING', expected: SHEETS.indicators }),
    );
  });

  it('a renamed indicators sheet is still found by its header row', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    sheet(snap, SHEETS.indicators).name = 'Chỉ tiêu (2)';
    const report = validate(snap, plan);
    expect(codes(report)).not.toContain('SHEET_MISSING');
    expect(report.indicators).toHaveLength(3);
  });

  it('a renamed input column header is reported as a missing column', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    setCell(snap, SHEETS.indicators, `${letter('yearEstimate')}${HEADER_ROW + 1}`, 'Ước năm');
    expect(validate(snap, plan).issues).toContainEqual(
      expect.objectContaining({ code: 'COLUMN_MISSING', expected: 'Ước cả năm' }),
    );
  });

  it('a notes column renamed away is not needed: the rest is validated, the notes read as none', () => {
    // Regression: validation threw "column out of range" when the optional notes column was not found.
    const snap = cleanSubmission(plan, 'so-tc', '2025-07');
    const header = sheet(snap, SHEETS.indicators).rows[HEADER_ROW] ?? [];
    const notes = header.findIndex((c) => c?.t === 's' && c.v === 'Ghi chú, giải trình');
    header[notes] = { t: 's', v: 'Ý kiến' };
    const report = validate(snap, plan);
    expect(report.indicators.find((r) => r.indicatorId === 'CT01')).toMatchObject({
      progress: { status: 'met' },
      notes: '',
    });
    expect(codes(report)).not.toContain('COLUMN_MISSING');
  });

  it('a merged range over input cells is reported at the merge', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    const a = addressOf(snap, SHEETS.indicators, 'CT02', 'input1');
    const b = addressOf(snap, SHEETS.indicators, 'CT02', 'input2');
    sheet(snap, SHEETS.indicators).merges.push(`${a}:${b}`);
    expect(validate(snap, plan).issues).toContainEqual(
      expect.objectContaining({ code: 'MERGE_OVER_INPUT', cell: `${a}:${b}`, subject: 'CT02' }),
    );
  });
});
