/** Rule: slips an officer would reject at once are errors at their cell, and their values are not judged. */
import type { IndicatorRow } from '../../indicators/row';
import type { Rule } from '../rule';

/** Reports what the row's plausibility check stopped (validate/indicators/plausibility.ts; docs/verdicts.md S1–S4). */
export const plausibility: Rule<IndicatorRow> = {
  summary:
    'A fraction typed where percentage points are clearly meant, and a year estimate below what a running total has already reached, are errors; the value is left unjudged until fixed.',
  codes: ['VALUE_FRACTION_SLIP', 'ESTIMATE_BELOW_ACTUAL'],
  check(row) {
    return row.slipIssues;
  },
};
