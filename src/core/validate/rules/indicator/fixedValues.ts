/** Rule: the values the plan fixes are as issued — target, tolerance, checkpoint, and the indicator's name. */
import { issue } from '../../../issues/issue';
import { normaliseHeader, type IndicatorColumn } from '../../../template/model';
import { cellText } from '../../../snapshot/cells';
import type { IndicatorRow } from '../../indicators/row';
import { checkFixedNumber } from '../../values';
import type { Rule } from '../rule';

/** Changed values are tampering, reported against what was issued (else the plan); judging uses the plan's. */
export const fixedValues: Rule<IndicatorRow> = {
  summary:
    'Target, tolerance and checkpoint are the values issued (a change is tampering; the plan’s are used), and the indicator’s name is unchanged.',
  codes: ['TARGET_TAMPERED', 'LOCKED_TEXT_CHANGED'],
  check(row) {
    const { indicator: ind, issued } = row;
    const fixed: [IndicatorColumn, number][] = [
      ['target', issued?.target ?? ind.target],
      ['tolerance', issued?.tolerance ?? ind.tolerance],
      ['checkpoint', issued?.checkpoint ?? row.checkpoint.value],
    ];
    const issues = fixed.flatMap(([key, value]) => checkFixedNumber(row.cell(key), value, row.at(key)) ?? []);
    if (row.has('name')) {
      const shown = cellText(row.cell('name'));
      const original = ind.note ? `${ind.name}\n(${ind.note})` : ind.name;
      if (normaliseHeader(shown) !== normaliseHeader(original))
        issues.push(issue('LOCKED_TEXT_CHANGED', { ...row.at('name'), found: shown, expected: original }));
    }
    return issues;
  },
};
