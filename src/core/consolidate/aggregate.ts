/** Province-wide values: the lead's value, a sum, or a formula over sums — then judged like any value. */
import { deriveValue, weightInput } from '../plan/formulas';
import type { PeriodInfo } from '../plan/period';
import { round6 } from '../plan/rounding';
import { resolveAgencies } from '../plan/resolve';
import type { Aggregation, Indicator, Plan } from '../plan/schema';
import { indicatorVerdicts } from '../validate/status';
import type { Reading, Usable } from '../validate/types';
import type { History } from './history';
import type { AgencyValue, ProvinceIndicator } from './types';
import { atPassedMilestone } from './withHistory';

/** What one agency gives the province-wide figure: its usable values. */
type Contribution = Pick<AgencyValue, 'agencyId' | 'actual' | 'yearEstimate' | 'inputs'>;

/** A province-wide actual and year estimate, and how many agencies' values went into them. */
export interface Aggregate {
  actual: number | null;
  yearEstimate: number | null;
  reporting: number;
}

/** Sum of the non-null values (null when there are none). */
function sumOf(values: readonly (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length ? round6(present.reduce((s, v) => s + v, 0)) : null;
}

/** How each aggregation rule forms the province's value from the reporters' usable values. */
const AGGREGATE: Record<Aggregation, (ind: Indicator, own: readonly Contribution[]) => Aggregate> = {
  lead: (ind, own) => {
    const lead = own.find((v) => v.agencyId === ind.lead);
    return {
      actual: lead?.actual ?? null,
      yearEstimate: lead?.yearEstimate ?? null,
      reporting: lead && lead.actual !== null ? 1 : 0,
    };
  },
  sum: (_, own) => ({
    actual: sumOf(own.map((v) => v.actual)),
    yearEstimate: sumOf(own.map((v) => v.yearEstimate)),
    reporting: own.filter((v) => v.actual !== null).length,
  }),
  // The formula over the sums of each input (a ratio of sums, not an average of ratios); year estimates, being
  // percentages, averaged weighted by each agency's base (the formula kind's weight input).
  ratioOfSums: (ind, own) => {
    const formula = ind.formula;
    if (!formula) return { actual: null, yearEstimate: null, reporting: 0 }; // the plan checker refuses this
    const complete = own.filter((v) => ind.inputs.every((i) => typeof v.inputs[i.id] === 'number'));
    if (!complete.length) return { actual: null, yearEstimate: null, reporting: 0 };
    const sums: Record<string, number> = {};
    for (const input of ind.inputs)
      sums[input.id] = complete.reduce((s, v) => s + (v.inputs[input.id] ?? 0), 0);
    const weight = weightInput(formula);
    const weightOf = (v: Contribution) => v.inputs[weight] ?? 0;
    const weighted = complete.filter((v) => v.yearEstimate !== null && weightOf(v) > 0);
    const total = weighted.reduce((s, v) => s + weightOf(v), 0);
    const estimate = weighted.reduce((s, v) => s + (v.yearEstimate ?? 0) * weightOf(v), 0);
    return {
      actual: deriveValue(formula, sums),
      yearEstimate: total > 0 ? round6(estimate / total) : null,
      reporting: complete.length,
    };
  },
};

/**
 * Aggregates one indicator over the agencies' values (values with an error are left out; when the province's value
 * is the lead's and the lead's has an error, the province's is not judged) and judges it — with the province's own
 * figure of a passed milestone's month, formed from the history the same way.
 */
export function aggregateIndicator(
  plan: Plan,
  info: PeriodInfo,
  ind: Indicator,
  values: readonly AgencyValue[],
  history: History,
): ProvinceIndicator {
  const reporters = reporterIds(plan, ind);
  const own = values.filter((v) => v.indicatorId === ind.id && reporters.has(v.agencyId));
  const leadInvalid =
    ind.aggregation === 'lead' && own.some((v) => v.agencyId === ind.lead && v.states.actual === 'invalid');
  return judgeAggregate(plan, info, ind, own.map(usableOnly), leadInvalid, history);
}

/**
 * The province's value of an indicator in any month of the history ("Dữ liệu" rows: usable values only), judged as
 * the consolidation of that month judged it — with the months before it as history.
 */
export function aggregateFromHistory(
  plan: Plan,
  info: PeriodInfo,
  ind: Indicator,
  history: History,
): ProvinceIndicator {
  return judgeAggregate(plan, info, ind, contributionsIn(plan, ind, history, info.period), false, history);
}

/** The province's figures in a month of the history, not judged (any month, in the plan's year or not). */
export function figuresFromHistory(plan: Plan, ind: Indicator, history: History, period: string): Aggregate {
  return AGGREGATE[ind.aggregation](ind, contributionsIn(plan, ind, history, period));
}

function reporterIds(plan: Plan, ind: Indicator): Set<string> {
  return new Set(resolveAgencies(plan, ind.reporters).map((a) => a.id));
}

/** The reporters' contributions in a month of the history. */
function contributionsIn(plan: Plan, ind: Indicator, history: History, period: string): Contribution[] {
  const reporters = reporterIds(plan, ind);
  return history
    .agencies(period, ind.id)
    .filter((a) => reporters.has(a))
    .map((a) => contributionIn(history, period, ind, a));
}

/** The province's value from the reporters' usable contributions, judged (the lead's error makes it invalid). */
function judgeAggregate(
  plan: Plan,
  info: PeriodInfo,
  ind: Indicator,
  own: readonly Contribution[],
  leadInvalid: boolean,
  history: History,
): ProvinceIndicator {
  const { actual, yearEstimate, reporting } = AGGREGATE[ind.aggregation](ind, own);
  const state: Usable = leadInvalid ? 'invalid' : actual === null ? 'missing' : 'ok';
  const fromHistory = (period: string) => figuresFromHistory(plan, ind, history, period).actual;
  const verdicts = indicatorVerdicts(
    ind,
    info,
    {
      inputs: {},
      actual: reading(state, actual),
      yearEstimate: reading(yearEstimate === null ? 'missing' : 'ok', yearEstimate),
      duplicated: false,
    },
    { atPassedMilestone: atPassedMilestone(plan, info, ind, fromHistory) },
  );
  return {
    indicatorId: ind.id,
    aggregation: ind.aggregation,
    actual,
    yearEstimate,
    state,
    ...verdicts,
    reporting,
    expected: reporterIds(plan, ind).size,
  };
}

/** An agency's value with only its usable parts (an invalid one counts as absent). */
function usableOnly(v: AgencyValue): Contribution {
  const ok = (state: Usable | undefined, x: number | null) => (state === 'ok' ? x : null);
  return {
    agencyId: v.agencyId,
    actual: ok(v.states.actual, v.actual),
    yearEstimate: ok(v.states.yearEstimate, v.yearEstimate),
    inputs: Object.fromEntries(Object.entries(v.inputs).map(([k, x]) => [k, ok(v.states.inputs[k], x)])),
  };
}

/** An agency's contribution in an earlier month, from the history. */
function contributionIn(history: History, period: string, ind: Indicator, agencyId: string): Contribution {
  const get = (measure: string) => history.value(period, agencyId, ind.id, measure) ?? null;
  return {
    agencyId,
    actual: get('actual'),
    yearEstimate: get('yearEstimate'),
    inputs: Object.fromEntries(ind.inputs.map((i) => [i.id, get(`input:${i.id}`)])),
  };
}

function reading(state: Usable, value: number | null): Reading<number> {
  return state === 'ok' && value !== null
    ? { state, value }
    : { state: state === 'invalid' ? 'invalid' : 'missing', value: null };
}
