/** Reading the "Dữ liệu" sheet of an earlier consolidated workbook back, so months accumulate (`--into`). */
import { cellText } from '../snapshot/cells';
import type { WorkbookSnapshot } from '../snapshot/types';
import { cellAddress } from '../sheet/a1';
import { normaliseHeader } from '../template/model';
import { CONSOLIDATED_SHEETS, measureCode } from './labels';
import { consolidationStamp } from './stamp';
import { TABLE_HEADER_ROW } from './tableSheet';
import type { DataRow } from './types';
import { dataColumns } from './workbook';

/** Index of the notes column in `dataColumns()`: the one column an earlier workbook may lack. */
const NOTES = dataColumns().findIndex((c) => 'optional' in c && c.optional);

/** Why an earlier workbook's data cannot be carried over (nothing is written then: no data is lost). */
export type PreviousDataProblem =
  | { kind: 'notConsolidation' }
  | { kind: 'otherPlan'; found: string }
  | { kind: 'badRow'; sheet: string; cell: string; found: string };

/** The data rows of an earlier consolidated workbook of the same plan, or the first problem found. */
export function previousDataRows(
  snapshot: WorkbookSnapshot,
  planId: string,
): { ok: true; rows: DataRow[] } | { ok: false; problem: PreviousDataProblem } {
  const stamp = consolidationStamp(snapshot);
  if (!stamp) return { ok: false, problem: { kind: 'notConsolidation' } };
  if (stamp['planId'] !== planId)
    return { ok: false, problem: { kind: 'otherPlan', found: stamp['planId'] ?? '' } };
  const sheet = snapshot.sheets.find((s) => s.name === CONSOLIDATED_SHEETS.data);
  if (!sheet) return { ok: false, problem: { kind: 'notConsolidation' } };
  const headers = dataColumns().map((c) => normaliseHeader(c.header));
  const headerRow = sheet.rows[TABLE_HEADER_ROW] ?? [];
  const col = headers.map((h) => headerRow.findIndex((c) => normaliseHeader(cellText(c ?? null)) === h));
  // A workbook written before the notes column has none: its rows read with no notes.
  const missing = col.findIndex((c, i) => c < 0 && i !== NOTES);
  if (missing >= 0) {
    return {
      ok: false,
      problem: {
        kind: 'badRow',
        sheet: sheet.name,
        cell: cellAddress(TABLE_HEADER_ROW, missing),
        found: headers[missing] ?? '',
      },
    };
  }
  const rows: DataRow[] = [];
  for (let r = TABLE_HEADER_ROW + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const text = (i: number) => cellText(row[col[i] ?? -1] ?? null).trim();
    if (headers.every((_, i) => text(i) === '') || text(0) === '(không có)') continue;
    const valueCell = row[col[6] ?? -1] ?? null;
    const measure = measureCode(text(5));
    const bad = (i: number) => ({
      ok: false as const,
      problem: {
        kind: 'badRow' as const,
        sheet: sheet.name,
        cell: cellAddress(r, col[i] ?? 0),
        found: text(i),
      },
    });
    if (!/^\d{4}-\d{2}$/.test(text(0))) return bad(0);
    if (!text(1)) return bad(1);
    if (!measure) return bad(5);
    if (valueCell?.t !== 'n') return bad(6);
    rows.push({
      period: text(0),
      agencyId: text(1),
      agencyName: text(2),
      indicatorId: text(3),
      indicatorName: text(4),
      measure,
      value: valueCell.v,
      unit: text(7),
      status: text(8),
      source: text(9),
      notes: text(NOTES),
    });
  }
  return { ok: true, rows };
}
