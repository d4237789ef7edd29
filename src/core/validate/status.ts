/**
 * An indicator's two verdicts from what was read — the one place they are decided, for one agency's values
 * (validate), for the same values with the history of earlier months (consolidate) and for the province-wide value.
 * It never looks at issues: a value with an error was read as invalid, and an invalid value is never judged
 * (docs/verdicts.md).
 */
import type { PeriodInfo } from '../plan/period';
import type { Indicator } from '../plan/schema';
import { judgeForecast, judgeProgress, type ForecastVerdict, type ProgressVerdict } from '../verdict';
import type { Reading as VerdictReading } from '../verdict';
import type { IndicatorReadings, Reading } from './types';

/** Progress to date and the year-end forecast of one indicator. */
export interface Verdicts {
  progress: ProgressVerdict;
  forecast: ForecastVerdict;
}

/** What judging knows beyond the readings: the actual of the month that held the latest passed milestone (history). */
export interface JudgingContext {
  atPassedMilestone?: number | null;
}

/**
 * The verdicts of an indicator from its readings. The actual of a derived indicator whose inputs are all usable but
 * give no value (a divisor of 0) does not apply; a row whose id is duplicated is not judged.
 */
export function indicatorVerdicts(
  ind: Indicator,
  info: PeriodInfo,
  readings: Pick<IndicatorReadings, 'inputs' | 'actual' | 'yearEstimate' | 'duplicated'>,
  context: JudgingContext = {},
): Verdicts {
  const inputs = Object.values(readings.inputs);
  const derivedNa =
    ind.formula !== undefined &&
    readings.actual.state === 'missing' &&
    inputs.length > 0 &&
    inputs.every((i) => i.state === 'ok');
  const actual: VerdictReading = readings.duplicated
    ? { state: 'invalid' }
    : derivedNa
      ? { state: 'notApplicable' }
      : toVerdict(readings.actual);
  const yearEstimate: VerdictReading = readings.duplicated
    ? { state: 'invalid' }
    : toVerdict(readings.yearEstimate);
  return {
    progress: judgeProgress({ indicator: ind, window: info, actual, ...context }),
    forecast: judgeForecast({ indicator: ind, actual, yearEstimate }),
  };
}

/** A value read, as the verdict model takes it. */
export function toVerdict(r: Reading<number>): VerdictReading {
  if (r.state === 'ok' && r.value !== null) return { state: 'ok', value: r.value };
  return { state: r.state === 'invalid' ? 'invalid' : 'missing' };
}
