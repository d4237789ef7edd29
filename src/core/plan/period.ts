/** Reporting periods ("YYYY-MM"): due date, data window, and which milestone or deadline applies. */
import { formatDateVi, isoFromParts } from '../text/dates';
import { lastOnTimeDate } from '../verdict/timeliness';
import type { Plan, Task } from './schema';

/** A reporting period with its dates, all ISO "YYYY-MM-DD". */
export interface PeriodInfo {
  period: string;
  year: number;
  month: number;
  /** The last day a report is on time (Điều 2, "trước ngày 18": the 17th). */
  dueDate: string;
  /** The due day as the plan states it (the 18th), and whether that day itself is on time. */
  dueStated: string;
  dueInclusive: boolean;
  /** Data window start (Decree 09/2019: the 15th of the previous month). */
  windowStart: string;
  /** Data window end (the 14th): the date a report's figures are "as of". */
  windowEnd: string;
  /** 31 December of the plan year: the annual targets' date. */
  yearEnd: string;
}

/** Parses "YYYY-MM"; null when malformed or the month does not exist. */
function parsePeriod(text: string): { year: number; month: number } | null {
  const m = /^(\d{4})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? { year, month } : null;
}

/** The periods a plan covers: every month of its year. */
export function planPeriods(plan: Plan): string[] {
  return Array.from({ length: 12 }, (_, i) => `${plan.year}-${String(i + 1).padStart(2, '0')}`);
}

/** Dates of a period under the plan's reporting settings; null when the period is malformed or outside the plan. */
export function periodInfo(plan: Plan, period: string): PeriodInfo | null {
  const p = parsePeriod(period);
  if (!p || p.year !== plan.year) return null;
  const prevYear = p.month === 1 ? p.year - 1 : p.year;
  const prevMonth = p.month === 1 ? 12 : p.month - 1;
  const dueStated = isoFromParts(p.year, p.month, plan.reporting.dueDay);
  const dueDate = lastOnTimeDate(p.year, p.month, plan.reporting.dueDay, plan.reporting.dueInclusive);
  const windowStart = isoFromParts(prevYear, prevMonth, plan.reporting.windowStartDay);
  const windowEnd = isoFromParts(p.year, p.month, plan.reporting.windowEndDay);
  if (!dueDate || !dueStated || !windowStart || !windowEnd) return null;
  return {
    period: `${p.year}-${String(p.month).padStart(2, '0')}`,
    year: p.year,
    month: p.month,
    dueDate,
    dueStated,
    dueInclusive: plan.reporting.dueInclusive,
    windowStart,
    windowEnd,
    yearEnd: `${p.year}-12-31`,
  };
}

/** The deadline to show for a task in a period: the next one on or after `asOf`, else the last one. */
export function taskDeadline(
  plan: Plan,
  task: Task,
  info: PeriodInfo,
): { date: string; label: string } | null {
  if (task.monthly) return { date: info.dueDate, label: `Hằng tháng trước ngày ${plan.reporting.dueDay}` };
  const sorted = [...task.deadlines].sort((a, b) => a.date.localeCompare(b.date));
  return sorted.find((d) => d.date >= info.windowEnd) ?? sorted[sorted.length - 1] ?? null;
}

/** The task's final deadline (after which an unfinished task is overdue); null for open-ended tasks. */
export function finalDeadline(task: Task): string | null {
  if (task.monthly || task.deadlines.length === 0) return null;
  return (
    task.deadlines
      .map((d) => d.date)
      .sort()
      .at(-1) ?? null
  );
}

/** The due date as a Vietnamese reader expects it: "trước ngày 18/07/2025" or "chậm nhất ngày 18/07/2025". */
export function dueWords(info: Pick<PeriodInfo, 'dueStated' | 'dueInclusive'>): string {
  return `${info.dueInclusive ? 'chậm nhất ngày' : 'trước ngày'} ${formatDateVi(info.dueStated)}`;
}
