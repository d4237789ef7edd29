/** Cells on the instructions sheet found by the label beside them (report date, preparer), never by position. */
import { cellAddress } from '../sheet/a1';
import type { SnapshotCell, WorkbookSnapshot } from '../snapshot/types';
import { normaliseHeader, SHEETS } from '../template/model';

/** The cell in column B whose column-A label is `label` on the instructions sheet, with its address; null if none. */
export function labelledCell(
  snapshot: WorkbookSnapshot,
  label: string,
): { sheet: string; address: string; cell: SnapshotCell | null } | null {
  const sheet = snapshot.sheets.find((s) => s.name === SHEETS.instructions);
  if (!sheet) return null;
  const wanted = normaliseHeader(label);
  const r = sheet.rows.findIndex((row) => row[0]?.t === 's' && normaliseHeader(row[0].v) === wanted);
  return r < 0 ? null : { sheet: sheet.name, address: cellAddress(r, 1), cell: sheet.rows[r]?.[1] ?? null };
}
