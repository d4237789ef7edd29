/** Who prepared a submission: the name and phone the agency wrote on the instructions sheet, found by label. */
import { cellText } from '../snapshot/cells';
import type { WorkbookSnapshot } from '../snapshot/types';
import { PREPARER_LABELS } from '../template/model';
import { labelledCell } from './labelledCell';
import type { Preparer } from './types';

/** The preparer's name and phone (trimmed text; a phone typed as a number reads as its digits), blank if absent. */
export function readPreparer(snapshot: WorkbookSnapshot): Preparer {
  const valueOf = (label: string): string => {
    const cell = labelledCell(snapshot, label)?.cell ?? null;
    return cell?.t === 's' || cell?.t === 'n' ? cellText(cell).trim() : '';
  };
  return { name: valueOf(PREPARER_LABELS.name), phone: valueOf(PREPARER_LABELS.phone) };
}
