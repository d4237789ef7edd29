/** Reporting periods ("YYYY-MM"): due date, data window, and which milestone or deadline applies. */
import { isoFromParts } from '../text/dates';
import type { Indicator, Plan, Task } from './schema';

/** A reporting period with its dates, all ISO "YYYY-MM-DD". */
export interface PeriodInfo {
  period: string;
  year: number;
  month: number;
  /** Reports are due on or before this day (Điều 2: before the 18th). */
  dueDate: string;
  /** Data window start (Decree 09/2019: the 15th of the previous month). */
  windowStart: string;
  /** Data window end (the 14th): the date a report's figures are "as of". */
  windowEnd: string;
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
  const dueDate = isoFromParts(p.year, p.month, plan.reporting.dueDay);
  const windowStart = isoFromParts(prevYear, prevMonth, plan.reporting.windowStartDay);
  const windowEnd = isoFromParts(p.year, p.month, plan.reporting.windowEndDay);
  if (!dueDate || !windowStart || !windowEnd) return null;
  return {
    period: `${p.year}-${String(p.month).padStart(2, '0')}`,
    year: p.year,
    month: p.month,
    dueDate,
    windowStart,
    windowEnd,
  };
}

/** The target an indicator is judged against at a date: a dated milestone, or the annual target at year end. */
export interface Checkpoint {
  value: number;
  date: string;
  label: string;
  labelEn?: string;
  /** True for the annual target (31 December), false for an earlier milestone. */
  annual: boolean;
}

/** The annual target as a checkpoint on 31 December of the plan year. */
function annualCheckpoint(plan: Plan, indicator: Indicator): Checkpoint {
  return {
    value: indicator.target,
    date: `${plan.year}-12-31`,
    label: 'Kế hoạch năm',
    labelEn: 'Annual target',
    annual: true,
  };
}

/**
 * The checkpoint that applies to figures as of `asOf`: the earliest milestone on or after that date, else the
 * annual target. Before a deadline a report is judged against that milestone, not the annual target.
 */
export function applicableCheckpoint(plan: Plan, indicator: Indicator, asOf: string): Checkpoint {
  const next = [...indicator.milestones]
    .sort((a, b) => a.date.localeCompare(b.date))
    .find((m) => m.date >= asOf);
  if (next && next.date < `${plan.year}-12-31`) {
    return {
      value: next.value,
      date: next.date,
      label: next.label,
      ...(next.labelEn ? { labelEn: next.labelEn } : {}),
      annual: false,
    };
  }
  return annualCheckpoint(plan, indicator);
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
