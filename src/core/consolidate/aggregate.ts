/** Province-wide values: the lead's value, a sum, or a ratio of sums — then judged like any value. */
import { applicableCheckpoint, type PeriodInfo } from '../plan/period';
import { resolveAgencies } from '../plan/resolve';
import type { Indicator, Plan } from '../plan/schema';
import { deriveValue, weightInput } from '../plan/formulas';
import { round6 } from '../plan/rounding';
import { judge } from '../validate/judge';
import type { AgencyValue, ProvinceIndicator } from './types';

/** Aggregates one indicator over the agencies' values (only valid, non-null values count). */
export function aggregateIndicator(
  plan: Plan,
  info: PeriodInfo,
  ind: Indicator,
  values: readonly AgencyValue[],
): ProvinceIndicator {
  const reporters = new Set(resolveAgencies(plan, ind.reporters).map((a) => a.id));
  const own = values.filter((v) => v.indicatorId === ind.id && reporters.has(v.agencyId));
  const checkpoint = applicableCheckpoint(plan, ind, info.windowEnd);
  let actual: number | null = null;
  let yearEstimate: number | null = null;
  let reporting = 0;

  if (ind.aggregation === 'lead') {
    const lead = own.find((v) => v.agencyId === ind.lead);
    actual = lead?.actual ?? null;
    yearEstimate = lead?.yearEstimate ?? null;
    reporting = lead && lead.actual !== null ? 1 : 0;
  } else if (ind.aggregation === 'sum') {
    const withActual = own.filter((v) => v.actual !== null);
    reporting = withActual.length;
    actual = reporting ? round6(withActual.reduce((s, v) => s + (v.actual ?? 0), 0)) : null;
    const withEstimate = own.filter((v) => v.yearEstimate !== null);
    yearEstimate = withEstimate.length
      ? round6(withEstimate.reduce((s, v) => s + (v.yearEstimate ?? 0), 0))
      : null;
  } else if (ind.formula) {
    const formula = ind.formula;
    const complete = own.filter((v) => ind.inputs.every((i) => typeof v.inputs[i.id] === 'number'));
    reporting = complete.length;
    if (reporting) {
      const sums: Record<string, number> = {};
      for (const input of ind.inputs)
        sums[input.id] = complete.reduce((s, v) => s + (v.inputs[input.id] ?? 0), 0);
      actual = deriveValue(formula, sums);
      // Year estimates are percentages: weight each by its agency's base (denominator / days before).
      const weight = weightInput(formula);
      const weightOf = (v: AgencyValue) => v.inputs[weight] ?? 0;
      const weighted = complete.filter((v) => v.yearEstimate !== null && weightOf(v) > 0);
      const total = weighted.reduce((s, v) => s + weightOf(v), 0);
      yearEstimate =
        total > 0
          ? round6(weighted.reduce((s, v) => s + (v.yearEstimate ?? 0) * weightOf(v), 0) / total)
          : null;
    }
  }

  const judged = checkpoint.annual && yearEstimate !== null ? yearEstimate : actual;
  const judgement = judged === null ? null : judge(judged, checkpoint.value, ind.direction, ind.tolerance);
  return {
    indicatorId: ind.id,
    aggregation: ind.aggregation,
    actual,
    yearEstimate,
    judged,
    checkpoint,
    status: judgement?.status ?? 'missing',
    gap: judgement?.gap ?? null,
    percentOfCheckpoint: judgement?.percentOfCheckpoint ?? null,
    reporting,
    expected: reporters.size,
  };
}
