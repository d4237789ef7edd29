/**
 * The plan a template carries: a very hidden "_plan" sheet holding the plan it was issued from as JSON, so an agency's
 * own copy of the add-in can check the workbook without the planner's plan file (docs/plan.md, "The plan at run
 * time"). Only the shells that have no plan of that id use it, and only when it hashes to the stamp's plan hash: the
 * Finance Department always judges against its own plan. Neutral ground, like the template's stamp.
 */
import type { CellSpec, SheetSpec } from '../sheet/spec';
import { hiddenDataSheet } from './template';
import { cellText } from '../snapshot/cells';
import type { WorkbookSnapshot } from '../snapshot/types';

/** Name of the sheet. */
export const CARRIED_PLAN_SHEET = '_plan';

/** Marker in the sheet's first row. */
const CARRIED_PLAN_FORMAT = 'chitieu-ktxh/plan';

/** Characters per cell: well under the 32,767 a cell holds in Excel and LibreOffice. */
const CHUNK = 8000;

/** The sheet carrying `plan` (given as its JSON text, so the caller chooses the serialisation). */
export function carriedPlanSheet(planJson: string, planHash: string): SheetSpec {
  const text = (v: string): CellSpec => ({ v, fmt: '@' });
  const chunks: string[] = [];
  for (let i = 0; i < planJson.length;) {
    let end = Math.min(planJson.length, i + CHUNK);
    // Never between the two halves of a surrogate pair (a character outside the BMP).
    if (end < planJson.length && /[\uD800-\uDBFF]/.test(planJson[end - 1] ?? '')) end -= 1;
    chunks.push(planJson.slice(i, end));
    i = end;
  }
  return hiddenDataSheet(
    CARRIED_PLAN_SHEET,
    [
      [text('format'), text(CARRIED_PLAN_FORMAT)],
      [text('planHash'), text(planHash)],
      [text('chunks'), { v: chunks.length }],
      ...chunks.map((c) => [text(c)]),
    ],
    [16, 30],
  );
}

/** What a workbook carries: the plan's JSON text and the hash it was written with; null when it carries none whole. */
export function carriedPlan(snapshot: WorkbookSnapshot): { json: string; planHash: string } | null {
  const sheet = snapshot.sheets.find((s) => s.name === CARRIED_PLAN_SHEET);
  const rows = sheet?.rows ?? [];
  if (cellText(rows[0]?.[1] ?? null) !== CARRIED_PLAN_FORMAT) return null;
  const count = Number(cellText(rows[2]?.[1] ?? null));
  if (!Number.isInteger(count) || count < 1 || rows.length < 3 + count) return null;
  const json = rows
    .slice(3, 3 + count)
    .map((r) => cellText(r[0] ?? null))
    .join('');
  return { json, planHash: cellText(rows[1]?.[1] ?? null) };
}
