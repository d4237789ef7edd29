/**
 * Indicators across months, from the accumulated "Dữ liệu" rows: the province's figure of each month merged, formed
 * and judged as that month's consolidation formed and judged it (./aggregate), and the localities ranked on an
 * indicator they report. The trends sheet and the monthly report's comparisons read these.
 */
import { periodInfo, planPeriods } from '../plan/period';
import { resolveAgencies } from '../plan/resolve';
import type { Indicator, Plan } from '../plan/schema';
import { aggregateFromHistory, figuresFromHistory, type Aggregate } from './aggregate';
import { historyOf } from './history';
import type { MonthRecord } from './record';
import type { DataRow, ProvinceIndicator } from './types';

/** The province's figures in any month (the same month of the year before, say), not judged. */
export function provinceFigures(
  plan: Plan,
  ind: Indicator,
  rows: readonly DataRow[],
  period: string,
): Aggregate {
  return figuresFromHistory(plan, ind, historyOf(rows, ''), period);
}

/** One month of an indicator's series. */
export interface SeriesPoint {
  period: string;
  province: ProvinceIndicator;
}

/** The province's values across months: as each month's record kept them, else formed again from the data rows. */
export interface ProvinceMonths {
  /** The months the data rows hold, in order. */
  periods: string[];
  /** The indicator in a month of the plan (null outside the plan's year). */
  inMonth(ind: Indicator, period: string): ProvinceIndicator | null;
  /** The indicator month by month over `periods`. */
  series(ind: Indicator): SeriesPoint[];
}

/**
 * The province's values over the months in `rows`. A month with a record (the workbook keeps one per month merged)
 * takes the province's values from it — exactly what that month's consolidation showed, an error in the lead's value
 * included; a month without one (a workbook written before records were kept) has them formed and judged again from
 * its data rows, as that consolidation formed and judged them.
 */
export function provinceMonths(
  plan: Plan,
  rows: readonly DataRow[],
  records: readonly Pick<MonthRecord, 'period' | 'indicators'>[] = [],
): ProvinceMonths {
  const history = historyOf(rows, '');
  const kept = new Map(records.map((r) => [r.period, new Map(r.indicators.map((i) => [i.indicatorId, i]))]));
  const inMonth = (ind: Indicator, period: string): ProvinceIndicator | null => {
    const recorded = kept.get(period)?.get(ind.id);
    if (recorded) return recorded;
    const info = periodInfo(plan, period);
    return info ? aggregateFromHistory(plan, info, ind, history) : null;
  };
  const present = new Set([...rows.map((r) => r.period), ...kept.keys()]);
  const periods = planPeriods(plan).filter((p) => present.has(p));
  return {
    periods,
    inMonth,
    series: (ind) =>
      periods.flatMap((period) => {
        const province = inMonth(ind, period);
        return province ? [{ period, province }] : [];
      }),
  };
}

/** True when some of the indicator's reporters are localities (a ranking of them means something). */
export function reportedByLocalities(plan: Plan, ind: Indicator): boolean {
  return resolveAgencies(plan, ind.reporters).some((a) => a.kind === 'locality');
}

/** A locality's place on an indicator in a month. */
export interface RankedLocality {
  /** 1 is best; equal values share a rank (1, 2, 2, 4). */
  rank: number;
  agencyId: string;
  agencyName: string;
  value: number;
  /** The verdict on the value, in words, as "Dữ liệu" has it. */
  status: string;
  /** file!sheet!cell of the value. */
  source: string;
}

/**
 * The localities that reported the indicator in the month, best first by the target's direction: highest first for
 * "at least", lowest first for "at most", closest to the target first for "about". Empty when no locality reported,
 * or the indicator is not reported by localities.
 */
export function localityRanking(
  plan: Plan,
  ind: Indicator,
  rows: readonly DataRow[],
  period: string,
): RankedLocality[] {
  const localities = new Set(
    resolveAgencies(plan, ind.reporters)
      .filter((a) => a.kind === 'locality')
      .map((a) => a.id),
  );
  const score = (v: number) =>
    ind.direction === 'atLeast' ? -v : ind.direction === 'atMost' ? v : Math.abs(v - ind.target);
  const own = rows
    .filter(
      (r) =>
        r.period === period &&
        r.indicatorId === ind.id &&
        r.measure === 'actual' &&
        localities.has(r.agencyId),
    )
    .sort((a, b) => score(a.value) - score(b.value) || a.agencyName.localeCompare(b.agencyName, 'vi'));
  return own.map((r) => ({
    rank: own.findIndex((o) => score(o.value) === score(r.value)) + 1,
    agencyId: r.agencyId,
    agencyName: r.agencyName,
    value: r.value,
    status: r.status,
    source: r.source,
  }));
}
