/**
 * One agency's value judged again with the history of earlier months: a running total that went down, or a fraction
 * typed where last month's figure shows percentage points, is an error at its cell and leaves the value unjudged; a
 * passed milestone's outcome comes from its own month; a verdict that now needs an explanation asks for one.
 */
import { issue, type Issue } from '../issues/issue';
import type { PeriodInfo } from '../plan/period';
import type { Indicator, Plan } from '../plan/schema';
import { indicatorVerdicts } from '../validate/status';
import type { IndicatorReadings, Reading, Usable } from '../validate/types';
import {
  fractionAsPoints,
  isClearFractionSlip,
  isCumulativeDecrease,
  milestoneSchedule,
  needsExplanation,
} from '../verdict';
import { FORECAST_TEXT, PROGRESS_TEXT } from '../verdict/words';
import { periodHolding, previousPeriod, type History } from './history';
import type { AgencyValue } from './types';

/** The value with its verdicts judged on history, and the issues history raised (each naming file, sheet and cell). */
export function judgeWithHistory(
  plan: Plan,
  info: PeriodInfo,
  ind: Indicator,
  v: AgencyValue,
  history: History,
): { value: AgencyValue; issues: Issue[] } {
  const issues: Issue[] = [];
  const states = { ...v.states, inputs: { ...v.states.inputs } };
  const at = (cell: string | undefined) => ({
    file: v.fileName,
    sheet: v.sheet,
    ...(cell ? { cell } : {}),
    subject: ind.id,
  });
  const before = previousPeriod(info.period);
  const last = (measure: string) => history.value(before, v.agencyId, ind.id, measure);
  const decreased = (measure: string, now: number | null, cell: string | undefined) => {
    const prev = last(measure);
    if (prev === undefined || now === null || !isCumulativeDecrease(prev, now)) return false;
    const params = { previousPeriod: `${before.slice(5)}/${before.slice(0, 4)}` };
    issues.push(issue('CUMULATIVE_DECREASED', { ...at(cell), found: now, expected: prev, params }));
    return true;
  };
  if (ind.formula) {
    for (const input of ind.inputs.filter((i) => i.cumulative && states.inputs[i.id] === 'ok'))
      if (decreased(`input:${input.id}`, v.inputs[input.id] ?? null, v.cells.inputs[input.id])) {
        states.inputs[input.id] = 'invalid';
        states.actual = 'invalid';
      }
  } else if (ind.valueKind === 'cumulative' && states.actual === 'ok') {
    const prev = last('actual');
    if (decreased('actual', v.actual, v.cells.actual)) states.actual = 'invalid';
    else if (ind.measure === 'percent' && v.actual !== null && isClearFractionSlip(v.actual, [prev])) {
      issues.push(
        issue('VALUE_FRACTION_SLIP', {
          ...at(v.cells.actual),
          found: v.actual,
          expected: fractionAsPoints(v.actual),
        }),
      );
      states.actual = 'invalid';
    }
  }
  const verdicts = indicatorVerdicts(ind, info, readingsOf(v, states), {
    atPassedMilestone: atPassedMilestone(plan, info, ind, (p) =>
      history.value(p, v.agencyId, ind.id, 'actual'),
    ),
  });
  if (
    v.cells.notes !== undefined &&
    needsExplanation(verdicts.progress.status, verdicts.forecast.status, v.notes) &&
    !needsExplanation(v.progress.status, v.forecast.status, v.notes)
  ) {
    const owed = verdicts.progress.status === 'near' || verdicts.progress.status === 'missed';
    const found = owed ? PROGRESS_TEXT[verdicts.progress.status] : FORECAST_TEXT[verdicts.forecast.status];
    issues.push(issue('EXPLANATION_MISSING', { ...at(v.cells.notes), found }));
  }
  const usable = (state: Usable, x: number | null) => (state === 'ok' ? x : null);
  const value: AgencyValue = {
    ...v,
    actual: usable(states.actual, v.actual),
    inputs: Object.fromEntries(
      Object.entries(v.inputs).map(([k, x]) => [k, usable(states.inputs[k] ?? 'ok', x)]),
    ),
    states,
    ...verdicts,
  };
  return { value, issues };
}

/**
 * The figure of the month whose data window held the latest milestone passed before this period's window, from
 * `valueIn` (history); undefined when there is no passed milestone or that month is not known.
 */
export function atPassedMilestone(
  plan: Plan,
  info: PeriodInfo,
  ind: Indicator,
  valueIn: (period: string) => number | null | undefined,
): number | null | undefined {
  const passed = milestoneSchedule(ind.milestones, info).passed;
  const period = passed ? periodHolding(plan, passed.date) : null;
  return period === null ? undefined : valueIn(period);
}

/** The readings a value was judged from, with the states history left. */
function readingsOf(v: AgencyValue, states: AgencyValue['states']): Omit<IndicatorReadings, 'notes'> {
  const reading = (state: Usable, value: number | null): Reading<number> =>
    state === 'ok' && value !== null
      ? { state, value }
      : { state: state === 'invalid' ? 'invalid' : 'missing', value: null };
  return {
    inputs: Object.fromEntries(
      Object.entries(v.inputs).map(([k, x]) => [k, reading(states.inputs[k] ?? 'missing', x)]),
    ),
    actual: reading(states.actual, v.actual),
    yearEstimate: reading(states.yearEstimate, v.yearEstimate),
    duplicated: false,
  };
}
