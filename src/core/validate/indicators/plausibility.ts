/**
 * Plausibility: the slips an officer would reject at once, stopped at their cell before anything is judged
 * (docs/verdicts.md, "Slips stopped, not judged"). Each one is an error and turns its value invalid, so no verdict
 * is computed from it. History-based slips (a running total that went down) are the consolidation's.
 */
import type { PeriodInfo } from '../../plan/period';
import type { Indicator } from '../../plan/schema';
import type { IndicatorColumn } from '../../template/model';
import { issue, type Issue } from '../../issues/issue';
import {
  fractionAsPoints,
  isClearFractionSlip,
  isEstimateBelowActual,
  milestoneSchedule,
} from '../../verdict';
import type { IndicatorReadings, Reading } from '../types';
import type { CellRef } from '../values';

type Values = Omit<IndicatorReadings, 'duplicated'>;

const INVALID: Reading<number> = { state: 'invalid', value: null };
const okValue = (r: Reading<number>) => (r.state === 'ok' ? r.value : null);

/** The readings with slipped values made invalid, and the errors saying where and why. */
export function checkPlausibility(
  ind: Indicator,
  info: PeriodInfo,
  values: Values,
  at: (key: IndicatorColumn) => CellRef,
): { readings: Values; issues: Issue[] } {
  const issues: Issue[] = [];
  let { actual, yearEstimate } = values;
  const percent = ind.measure === 'percent';
  const slip = (key: IndicatorColumn, value: number) =>
    issue('VALUE_FRACTION_SLIP', { ...at(key), found: value, expected: fractionAsPoints(value) });

  const a = okValue(actual);
  if (percent && !ind.formula && a !== null && isClearFractionSlip(a, actualReferences(ind, info, values))) {
    issues.push(slip('actual', a));
    actual = INVALID;
  }
  const e = okValue(yearEstimate);
  if (percent && e !== null && isClearFractionSlip(e, [ind.target, ind.baseline?.value])) {
    issues.push(slip('yearEstimate', e));
    yearEstimate = INVALID;
  }
  const total = okValue(actual);
  const estimate = okValue(yearEstimate);
  if (
    ind.valueKind === 'cumulative' &&
    ind.measure !== 'percent' &&
    total !== null &&
    estimate !== null &&
    isEstimateBelowActual(total, estimate)
  ) {
    issues.push(
      issue('ESTIMATE_BELOW_ACTUAL', {
        ...at('yearEstimate'),
        found: estimate,
        expected: total,
        params: { actualCell: at('actual').cell },
      }),
    );
    yearEstimate = INVALID;
  }
  return { readings: { ...values, actual, yearEstimate }, issues };
}

/**
 * What the actual of a level indicator can be compared with: the annual target, the milestone due, the baseline and
 * the agency's own estimate. A running total has none within one file (only last month's figure would do).
 */
function actualReferences(ind: Indicator, info: PeriodInfo, values: Values): (number | undefined | null)[] {
  if (ind.valueKind === 'cumulative') return [];
  const due = milestoneSchedule(ind.milestones, info).due;
  return [ind.target, due?.value, ind.baseline?.value, okValue(values.yearEstimate)];
}
