/** Year-end forecast (Dự báo cả năm): the year estimate against the annual target — docs/verdicts.md, rows F1–F9. */
import { judgeBand } from './band';
import type { ForecastVerdict, JudgedIndicator, Reading } from './types';

/** What judging the forecast needs. */
export interface ForecastInput {
  indicator: JudgedIndicator;
  actual: Reading;
  yearEstimate: Reading;
}

/**
 * A cumulative atLeast indicator whose actual already meets the annual target is "Ước đạt" whatever the estimate
 * says (it rests on the actual); otherwise the estimate is judged in the indicator's band. An estimate with an error
 * is never judged.
 */
export function judgeForecast(input: ForecastInput): ForecastVerdict {
  const { indicator: ind, actual, yearEstimate } = input;
  const target = ind.target;
  if (
    ind.valueKind === 'cumulative' &&
    ind.direction === 'atLeast' &&
    actual.state === 'ok' &&
    judgeBand(actual.value, target, 'atLeast', 0).status === 'met'
  ) {
    const outcome = judgeBand(actual.value, target, ind.direction, ind.tolerance);
    return {
      status: 'met',
      basis: 'actual',
      value: actual.value,
      target,
      gap: outcome.gap,
      percentOfTarget: outcome.percent,
    };
  }
  if (yearEstimate.state === 'ok') {
    const outcome = judgeBand(yearEstimate.value, target, ind.direction, ind.tolerance);
    return {
      status: outcome.status,
      basis: 'yearEstimate',
      value: yearEstimate.value,
      target,
      gap: outcome.gap,
      percentOfTarget: outcome.percent,
    };
  }
  const status = yearEstimate.state === 'missing' ? 'missing' : 'invalid';
  return { status, basis: null, value: null, target, gap: null, percentOfTarget: null };
}
