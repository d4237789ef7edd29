/** What every part of the report is written from: the plan, the month's record, and the months around it. */
import type { MonthRecord } from '../../consolidate/record';
import { previousPeriod } from '../../consolidate/history';
import { provinceFigures, provinceMonths, type ProvinceMonths } from '../../consolidate/series';
import type { DataRow, ProvinceIndicator } from '../../consolidate/types';
import { periodInfo, type PeriodInfo } from '../../plan/period';
import type { Indicator, Plan, Task } from '../../plan/schema';

/** The report's inputs: all of them are in the consolidated workbook. */
export interface ReportInput {
  plan: Plan;
  /** The month reported, as its consolidation kept it. */
  record: MonthRecord;
  /** Every month's data rows ("Dữ liệu"): the months before, to compare with. */
  data: readonly DataRow[];
  /** The other months' records: their province figures exactly as their consolidations showed them. */
  records?: readonly MonthRecord[];
}

/** The province's figure of an indicator in another month, to compare with. */
export interface Comparison {
  period: string;
  actual: number;
  reporting: number;
}

/** The inputs, with what the parts look up. */
export interface ReportContext {
  plan: Plan;
  record: MonthRecord;
  info: PeriodInfo;
  /** The month before, and the same month of the year before. */
  previous: string;
  lastYear: string;
  /** Whether the workbook holds any figure of those months. */
  hasPrevious: boolean;
  hasLastYear: boolean;
  indicator(id: string): Indicator | undefined;
  task(id: string): Task | undefined;
  province(ind: Indicator): ProvinceIndicator | undefined;
  /** The province's figure of the indicator in that month, when the workbook has it. */
  figureIn(ind: Indicator, period: string): Comparison | null;
}

/** The context of a report; null when the record's month is not one of the plan's. */
export function reportContext(input: ReportInput): ReportContext | null {
  const { plan, record, data } = input;
  const info = periodInfo(plan, record.period);
  if (!info) return null;
  const others = (input.records ?? []).filter((r) => r.period !== record.period);
  const months: ProvinceMonths = provinceMonths(plan, data, [...others, record]);
  const previous = previousPeriod(record.period);
  const lastYear = `${info.year - 1}-${record.period.slice(5)}`;
  const has = (period: string) =>
    data.some((r) => r.period === period) || others.some((r) => r.period === period);
  const indicators = new Map(plan.indicators.map((i) => [i.id, i]));
  const tasks = new Map(plan.tasks.map((t) => [t.id, t]));
  const own = new Map(record.indicators.map((p) => [p.indicatorId, p]));
  return {
    plan,
    record,
    info,
    previous,
    lastYear,
    hasPrevious: has(previous),
    hasLastYear: has(lastYear),
    indicator: (id) => indicators.get(id),
    task: (id) => tasks.get(id),
    province: (ind) => own.get(ind.id),
    figureIn: (ind, period) => {
      const judged = months.inMonth(ind, period);
      const figures = judged ?? provinceFigures(plan, ind, data, period);
      return figures.actual === null
        ? null
        : { period, actual: figures.actual, reporting: figures.reporting };
    },
  };
}
