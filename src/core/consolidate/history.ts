/**
 * The history of earlier months — the "Dữ liệu" rows a previous consolidation kept — as the verdicts use it: last
 * month's figure (a running total cannot go down) and the figure of the month whose data window held a passed
 * milestone (a missed milestone stays missed). docs/verdicts.md, rules 4–5 and rows S6–S7.
 */
import { periodInfo, planPeriods } from '../plan/period';
import type { Plan } from '../plan/schema';
import { inWindow } from '../verdict';
import type { DataRow } from './types';

/** Earlier months' values by period, agency, indicator and measure ("actual", "yearEstimate", "input:<id>"). */
export interface History {
  value(period: string, agencyId: string, indicatorId: string, measure: string): number | undefined;
  /** The agencies with rows for an indicator in a period. */
  agencies(period: string, indicatorId: string): string[];
}

const key = (...parts: string[]) => parts.join('\u0000');

/** Indexes earlier months' rows; rows of `exceptPeriod` (the month being consolidated again) are left out. */
export function historyOf(rows: readonly DataRow[], exceptPeriod: string): History {
  const values = new Map<string, number>();
  const agencies = new Map<string, Set<string>>();
  for (const r of rows) {
    if (r.period === exceptPeriod) continue;
    values.set(key(r.period, r.agencyId, r.indicatorId, r.measure), r.value);
    const k = key(r.period, r.indicatorId);
    agencies.set(k, (agencies.get(k) ?? new Set()).add(r.agencyId));
  }
  return {
    value: (period, agencyId, indicatorId, measure) =>
      values.get(key(period, agencyId, indicatorId, measure)),
    agencies: (period, indicatorId) => [...(agencies.get(key(period, indicatorId)) ?? [])].sort(),
  };
}

/** No earlier months. */
export const NO_HISTORY: History = historyOf([], '');

/** The period before ("2025-07" → "2025-06"; January → December of the year before). */
export function previousPeriod(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** The plan's period whose data window holds the date, or null (a date outside every window of the plan's year). */
export function periodHolding(plan: Plan, date: string): string | null {
  return (
    planPeriods(plan).find((p) => {
      const info = periodInfo(plan, p);
      return info !== null && inWindow(date, info);
    }) ?? null
  );
}
