/** Province-wide values: the lead's value, a sum, or a formula over sums — then judged like any value. */
import { deriveValue, weightInput } from '../plan/formulas';
import { applicableCheckpoint, type PeriodInfo } from '../plan/period';
import { round6 } from '../plan/rounding';
import { resolveAgencies } from '../plan/resolve';
import type { Aggregation, Indicator, Plan } from '../plan/schema';
import { indicatorStatus } from '../validate/status';
import type { Reading } from '../validate/types';
import type { AgencyValue, ProvinceIndicator } from './types';

/** A province-wide actual and year estimate, and how many agencies' values went into them. */
interface Aggregate {
  actual: number | null;
  yearEstimate: number | null;
  reporting: number;
}

/** Sum of the non-null values (null when there are none). */
function sumOf(values: readonly (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length ? round6(present.reduce((s, v) => s + v, 0)) : null;
}

/** How each aggregation rule forms the province's value from the reporters' values (only valid values count). */
const AGGREGATE: Record<Aggregation, (ind: Indicator, own: readonly AgencyValue[]) => Aggregate> = {
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
    const weightOf = (v: AgencyValue) => v.inputs[weight] ?? 0;
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

/** Aggregates one indicator over the agencies' values. */
export function aggregateIndicator(
  plan: Plan,
  info: PeriodInfo,
  ind: Indicator,
  values: readonly AgencyValue[],
): ProvinceIndicator {
  const reporters = new Set(resolveAgencies(plan, ind.reporters).map((a) => a.id));
  const own = values.filter((v) => v.indicatorId === ind.id && reporters.has(v.agencyId));
  const checkpoint = applicableCheckpoint(plan, ind, info.windowEnd);
  const { actual, yearEstimate, reporting } = AGGREGATE[ind.aggregation](ind, own);
  // Judged like one agency's value; figures formed from valid values are there or not, never unusable.
  const judged = indicatorStatus(
    { inputs: {}, actual: sure(actual), yearEstimate: sure(yearEstimate), notes: none, duplicated: false },
    { checkpoint, direction: ind.direction, tolerance: ind.tolerance, derived: false },
  );
  return {
    indicatorId: ind.id,
    aggregation: ind.aggregation,
    actual,
    yearEstimate,
    judged: judged.judged,
    checkpoint,
    status: judged.status,
    gap: judged.gap,
    percentOfCheckpoint: judged.percentOfCheckpoint,
    reporting,
    expected: reporters.size,
  };
}

const none: Reading<string> = { state: 'missing', value: null };

/** A value formed from valid values: there or not. */
function sure(value: number | null): Reading<number> {
  return value === null ? { state: 'missing', value } : { state: 'ok', value };
}
