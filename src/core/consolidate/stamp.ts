/** Recognising our consolidated workbook by its hidden "_tonghop" sheet (for `--into`, and to skip it as input). */
import { cellText } from '../snapshot/cells';
import type { WorkbookSnapshot } from '../snapshot/types';
import { CONSOLIDATED_SHEETS, CONSOLIDATION_FORMAT } from './labels';

/** The fields of a consolidated workbook's stamp (format, planId, planHash, period), or null when it is not one. */
export function consolidationStamp(snapshot: WorkbookSnapshot): Record<string, string> | null {
  const sheet = snapshot.sheets.find((s) => s.name === CONSOLIDATED_SHEETS.stamp);
  if (!sheet) return null;
  const fields: Record<string, string> = {};
  for (const row of sheet.rows) {
    const key = cellText(row[0] ?? null);
    if (key && !(key in fields)) fields[key] = cellText(row[1] ?? null);
  }
  return fields['format'] === CONSOLIDATION_FORMAT ? fields : null;
}
