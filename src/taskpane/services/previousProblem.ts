/** Why the open workbook's earlier months cannot be used (writing and drafting both read them), as a notice. */
import type { PreviousDataProblem } from '../../core/consolidate/sheets/data';
import { notice, type Notice } from './notice';

/** The notice of a problem with the open workbook's consolidation (nothing was written). */
export function previousProblemNotice(p: Exclude<PreviousDataProblem, { kind: 'notConsolidation' }>): Notice {
  return p.kind === 'otherPlan'
    ? notice('error', 'previousOtherPlan', { found: p.found })
    : notice('error', 'previousBadRow', { sheet: p.sheet, cell: p.cell, found: p.found });
}
