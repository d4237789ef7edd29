/** Rule: no merged range covers a cell the agency fills (only the first cell of a merge is read). */
import { issue, type Issue } from '../../issues/issue';
import { parseRange, rangeAddress, type CellRange } from '../../sheet/a1';
import type { Rule } from './rule';

/** A sheet's merged ranges, and the cells agencies fill on it with the row's subject. */
export interface MergesOnSheet {
  sheet: string;
  merges: readonly string[];
  inputs: readonly { range: CellRange; subject: string }[];
}

/** One MERGE_OVER_INPUT per merged range that covers an input cell, naming the first row it hides. */
export const mergesOverInputs: Rule<MergesOnSheet> = {
  summary: 'No merged range covers an input cell: a merge hides every covered value but the first.',
  codes: ['MERGE_OVER_INPUT'],
  check({ sheet, merges, inputs }) {
    const out: Issue[] = [];
    for (const ref of merges) {
      const m = parseRange(ref);
      if (!m) continue;
      const hit = inputs.find(
        ({ range }) =>
          range.left <= m.right && range.right >= m.left && range.top <= m.bottom && range.bottom >= m.top,
      );
      if (hit) out.push(issue('MERGE_OVER_INPUT', { sheet, cell: rangeAddress(m), subject: hit.subject }));
    }
    return out;
  },
};
