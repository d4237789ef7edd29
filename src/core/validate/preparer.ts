/** Who prepared a submission: the name and phone the agency wrote on the instructions sheet, found by label. */
import { cellText } from '../snapshot/cells';
import type { WorkbookSnapshot } from '../snapshot/types';
import { normaliseHeader, PREPARER_LABELS, SHEETS } from '../template/model';
import type { Preparer } from './types';

/** The preparer's name and phone (trimmed text; a phone typed as a number reads as its digits), blank if absent. */
export function readPreparer(snapshot: WorkbookSnapshot): Preparer {
  const sheet = snapshot.sheets.find((s) => s.name === SHEETS.instructions);
  const valueOf = (label: string): string => {
    const wanted = normaliseHeader(label);
    const row = sheet?.rows.find((r) => r[0]?.t === 's' && normaliseHeader(r[0].v) === wanted);
    const cell = row?.[1] ?? null;
    return cell?.t === 's' || cell?.t === 'n' ? cellText(cell).trim() : '';
  };
  return { name: valueOf(PREPARER_LABELS.name), phone: valueOf(PREPARER_LABELS.phone) };
}
