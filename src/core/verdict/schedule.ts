/** Which milestones are due, passed or still ahead for a period's data window (docs/verdicts.md, "Milestones"). */
import type { Milestone } from '../plan/schema';
import type { JudgingWindow } from './types';

/** The milestones that matter for one period. */
export interface MilestoneSchedule {
  /** The milestone whose date falls inside the window (the latest, if several do). */
  due: Milestone | null;
  /** The latest milestone dated before the window starts. */
  passed: Milestone | null;
  /** The earliest milestone dated after the window ends. */
  next: Milestone | null;
}

/** Sorts the milestones into due, passed and next for a window; milestones on the year end are the annual target. */
export function milestoneSchedule(
  milestones: readonly Milestone[],
  window: JudgingWindow,
): MilestoneSchedule {
  const dated = [...milestones]
    .filter((m) => m.date < window.yearEnd)
    .sort((a, b) => a.date.localeCompare(b.date));
  const inWindow = dated.filter((m) => m.date >= window.windowStart && m.date <= window.windowEnd);
  return {
    due: inWindow.at(-1) ?? null,
    passed: dated.filter((m) => m.date < window.windowStart).at(-1) ?? null,
    next: dated.find((m) => m.date > window.windowEnd) ?? null,
  };
}

/** True when the date falls inside the window (both ends included). */
export function inWindow(date: string, window: Pick<JudgingWindow, 'windowStart' | 'windowEnd'>): boolean {
  return date >= window.windowStart && date <= window.windowEnd;
}
