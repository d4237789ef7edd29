/** Small builders for the verdict tables: an indicator, a period's window, a reading. */
import type { JudgedIndicator, JudgingWindow, Reading } from '../../../src/core/verdict';

/** The data window of a 2025 period (15th of the previous month to the 14th). */
export function windowOf(period: string): JudgingWindow {
  const month = Number(period.slice(5, 7));
  const prev = String(month - 1).padStart(2, '0');
  return { windowStart: `2025-${prev}-15`, windowEnd: `${period}-14`, yearEnd: '2025-12-31' };
}

/** An indicator for the tables: level, at least 100 with a band of 5, no milestones, unless overridden. */
export function indicator(over: Partial<JudgedIndicator> = {}): JudgedIndicator {
  return { direction: 'atLeast', tolerance: 5, target: 100, valueKind: 'level', milestones: [], ...over };
}

/** A usable value. */
export const ok = (value: number): Reading => ({ state: 'ok', value });

/** The disbursement milestones of the Decision (50 % by 30/06, 60 % by 30/09). */
export const DISBURSEMENT = [
  { date: '2025-06-30', value: 50, label: 'Đợt 1' },
  { date: '2025-09-30', value: 60, label: 'Đợt 2' },
];
