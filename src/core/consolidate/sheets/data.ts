/**
 * "Dữ liệu": the long-format data (period, agency, indicator, measure → value), accumulated across months — written
 * here, and read back from an earlier consolidated workbook (`--into`, the pane's re-run) by the same columns.
 */
import { cellAddress } from '../../sheet/a1';
import type { SheetSpec } from '../../sheet/spec';
import { cellText } from '../../snapshot/cells';
import type { SnapshotCell, WorkbookSnapshot } from '../../snapshot/types';
import { consolidationStamp } from '../../stamps/consolidation';
import { normaliseHeader } from '../../template/model';
import { CONSOLIDATED_SHEETS, inputNames, measureCode, measureText, type InputNames } from '../labels';
import { TABLE_HEADER_ROW, tableSheet, type TableColumn } from '../tableSheet';
import type { DataRow } from '../types';
import type { SheetContext } from './context';

type DataColumn = TableColumn<DataRow, keyof DataRow> & {
  /** Added after the first release: an earlier workbook may lack it, and its rows then read without it. */
  optional?: true;
};

/** The columns of "Dữ liệu", in order (each DataRow field once); also what tests seed large workbooks with. */
export const DATA_COLUMNS: readonly DataColumn[] = [
  { key: 'period', header: 'Kỳ', width: 9, kind: 'text', value: (r) => r.period },
  {
    key: 'agencyId',
    header: 'Mã cơ quan',
    width: 16,
    kind: 'text',
    value: (r) => r.agencyId,
    print: 'hidden',
  },
  { key: 'agencyName', header: 'Cơ quan', width: 28, kind: 'text', value: (r) => r.agencyName },
  { key: 'indicatorId', header: 'Mã chỉ tiêu', width: 10, kind: 'text', value: (r) => r.indicatorId },
  { key: 'indicatorName', header: 'Chỉ tiêu', width: 40, kind: 'text', value: (r) => r.indicatorName },
  {
    key: 'measure',
    header: 'Loại số liệu',
    width: 24,
    kind: 'text',
    value: (r) => measureText(r.measure, r.indicatorId),
  },
  { key: 'value', header: 'Giá trị', width: 14, kind: 'number', value: (r) => r.value },
  { key: 'unit', header: 'Đơn vị', width: 9, kind: 'text', value: (r) => r.unit },
  { key: 'status', header: 'Đánh giá', width: 14, kind: 'text', value: (r) => r.status },
  { key: 'source', header: 'Nguồn (tệp!trang!ô)', width: 45, kind: 'userText', value: (r) => r.source },
  {
    key: 'notes',
    header: 'Ghi chú, giải trình',
    width: 40,
    kind: 'userText',
    value: (r) => r.notes,
    optional: true,
  },
];

/** Builds the sheet over `rows`: this period's data plus earlier months kept from a previous workbook. */
export function dataSheet(x: SheetContext, rows: readonly DataRow[]): SheetSpec {
  const names = inputNames(x.plan.indicators);
  return tableSheet({
    name: CONSOLIDATED_SHEETS.data,
    title: 'DỮ LIỆU CHI TIẾT (mỗi dòng một số liệu, tích lũy qua các kỳ)',
    subtitle:
      'Mỗi dòng một giá trị: kỳ, cơ quan, chỉ tiêu, loại số liệu — dùng cho lọc, PivotTable, Power BI',
    tableName: 'DuLieu',
    safety: x.safety,
    pageNote: x.pageNote,
    rows,
    // Inputs by their Vietnamese names (the plan's), never their ids.
    columns: DATA_COLUMNS.map((c) =>
      c.key === 'measure' ? { ...c, value: (r: DataRow) => measureText(r.measure, r.indicatorId, names) } : c,
    ),
  });
}

/** Why an earlier workbook's data cannot be carried over (nothing is written then: no data is lost). */
export type PreviousDataProblem =
  | { kind: 'notConsolidation' }
  | { kind: 'otherPlan'; found: string }
  | { kind: 'badRow'; sheet: string; cell: string; found: string };

type Previous = { ok: true; rows: DataRow[] } | { ok: false; problem: PreviousDataProblem };

/**
 * The data rows of an earlier consolidated workbook of the same plan, or the first problem found; `names` reads the
 * inputs the sheet names in words (without it, only inputs written by id read back).
 */
export function previousDataRows(snapshot: WorkbookSnapshot, planId: string, names?: InputNames): Previous {
  const stamp = consolidationStamp(snapshot);
  if (!stamp) return { ok: false, problem: { kind: 'notConsolidation' } };
  if (stamp['planId'] !== planId)
    return { ok: false, problem: { kind: 'otherPlan', found: stamp['planId'] ?? '' } };
  const sheet = snapshot.sheets.find((s) => s.name === CONSOLIDATED_SHEETS.data);
  if (!sheet) return { ok: false, problem: { kind: 'notConsolidation' } };
  const headerRow = sheet.rows[TABLE_HEADER_ROW] ?? [];
  const col = new Map<keyof DataRow, number>();
  for (const [i, c] of DATA_COLUMNS.entries()) {
    const wanted = normaliseHeader(c.header);
    const at = headerRow.findIndex((h) => normaliseHeader(cellText(h ?? null)) === wanted);
    if (at >= 0) col.set(c.key, at);
    else if (!c.optional) {
      const cell = cellAddress(TABLE_HEADER_ROW, i);
      return { ok: false, problem: { kind: 'badRow', sheet: sheet.name, cell, found: wanted } };
    }
  }
  const rows: DataRow[] = [];
  for (let r = TABLE_HEADER_ROW + 1; r < sheet.rows.length; r++) {
    const read = dataRow(sheet.rows[r] ?? [], col, names);
    if (read === null) continue;
    if ('bad' in read) {
      const cell = cellAddress(r, col.get(read.bad) ?? 0);
      return { ok: false, problem: { kind: 'badRow', sheet: sheet.name, cell, found: read.found } };
    }
    rows.push(read);
  }
  return { ok: true, rows };
}

/** One row read back: the data row, null for a blank or placeholder row, or the column whose value is not usable. */
function dataRow(
  row: readonly (SnapshotCell | null)[],
  col: ReadonlyMap<keyof DataRow, number>,
  names: InputNames | undefined,
): DataRow | null | { bad: keyof DataRow; found: string } {
  const cellOf = (key: keyof DataRow) => row[col.get(key) ?? -1] ?? null;
  const text = (key: keyof DataRow) => cellText(cellOf(key)).trim();
  if (DATA_COLUMNS.every((c) => text(c.key) === '') || text('period') === '(không có)') return null;
  const value = cellOf('value');
  const measure = measureCode(text('measure'), text('indicatorId'), names);
  const bad = (key: keyof DataRow) => ({ bad: key, found: text(key) });
  if (!/^\d{4}-\d{2}$/.test(text('period'))) return bad('period');
  if (!text('agencyId')) return bad('agencyId');
  if (!measure) return bad('measure');
  if (value?.t !== 'n') return bad('value');
  return {
    period: text('period'),
    agencyId: text('agencyId'),
    agencyName: text('agencyName'),
    indicatorId: text('indicatorId'),
    indicatorName: text('indicatorName'),
    measure,
    value: value.v,
    unit: text('unit'),
    status: text('status'),
    source: text('source'),
    notes: text('notes'),
  };
}
