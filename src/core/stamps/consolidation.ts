/**
 * The consolidation's stamp: a very hidden "_tonghop" sheet naming the plan and period a consolidated workbook is
 * for. It tells our consolidated workbook from an agency's report (so it is never merged as one) and from a
 * stranger's workbook (so `--into` never merges into it). Neutral ground: validate and consolidate both read it.
 */
import type { CellSpec, SheetSpec } from '../sheet/spec';
import { cellText } from '../snapshot/cells';
import type { WorkbookSnapshot } from '../snapshot/types';

/** Name of the stamp sheet of a consolidated workbook. */
export const CONSOLIDATION_STAMP_SHEET = '_tonghop';

/** Marker of our consolidated workbook, in the stamp's first row. */
const CONSOLIDATION_FORMAT = 'chitieu-ktxh/consolidation';

/** What a consolidated workbook's stamp records. */
export interface ConsolidationStampFields {
  planId: string;
  planHash: string;
  period: string;
}

/** The stamp sheet of a consolidated workbook. */
export function consolidationStampSheet(fields: ConsolidationStampFields): SheetSpec {
  const text = (v: string): CellSpec => ({ v, fmt: '@' });
  return {
    name: CONSOLIDATION_STAMP_SHEET,
    visibility: 'veryHidden',
    cells: [
      [text('format'), text(CONSOLIDATION_FORMAT)],
      [text('planId'), text(fields.planId)],
      [text('planHash'), text(fields.planHash)],
      [text('period'), text(fields.period)],
    ],
    columns: [{ width: 12 }, { width: 30 }],
    merges: [],
    validations: [],
    conditionalFormats: [],
    tables: [],
    charts: [],
  };
}

/** The fields of a consolidated workbook's stamp (format, planId, planHash, period), or null when it is not one. */
export function consolidationStamp(snapshot: WorkbookSnapshot): Record<string, string> | null {
  const sheet = snapshot.sheets.find((s) => s.name === CONSOLIDATION_STAMP_SHEET);
  if (!sheet) return null;
  const fields: Record<string, string> = {};
  for (const row of sheet.rows) {
    const key = cellText(row[0] ?? null);
    if (key && !(key in fields)) fields[key] = cellText(row[1] ?? null);
  }
  return fields['format'] === CONSOLIDATION_FORMAT ? fields : null;
}
