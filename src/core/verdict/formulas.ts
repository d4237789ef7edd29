/**
 * The two verdicts as Excel formulas, for the template's computed columns. They mirror judgeProgress and
 * judgeForecast for what a sheet can know (no history, no validation errors); the validator's verdict is the one that
 * counts, and STATUS_MISMATCH tells when a sheet shows something else. A template is issued for one period, so the
 * rule that applies (docs/verdicts.md, progress rules 2–7) is chosen here and the formula only compares numbers.
 */
import type { Direction } from '../plan/schema';
import { milestoneSchedule } from './schedule';
import type { BandStatus, JudgedIndicator, JudgingWindow } from './types';
import { FORECAST_TEXT, PROGRESS_TEXT } from './words';

/** The cells a verdict formula reads (A1 addresses on the same row). */
export interface VerdictCells {
  /** The value judged: the actual (progress) or the year estimate (forecast). */
  value: string;
  /** The actual, for the forecast's "already met on the actual" rule. */
  actual: string;
  target: string;
  tolerance: string;
  /** The milestone value shown for this period (due or passed), when there is one. */
  milestone?: string;
}

/** What the progress formula compares for a period: the rule of docs/verdicts.md a sheet can apply. */
export type ProgressRule = 'dueMilestone' | 'passedMilestone' | 'annual' | 'notDue';

/** The rule the template's progress formula follows for this indicator and window. */
export function progressRule(ind: JudgedIndicator, window: JudgingWindow): ProgressRule {
  const schedule = milestoneSchedule(ind.milestones, window);
  if (schedule.due) return 'dueMilestone';
  if (ind.valueKind === 'level') return 'annual';
  if (schedule.passed && ind.direction !== 'about') return 'passedMilestone';
  return 'notDue';
}

/** The milestone a template shows for this period: the one due, else (for a running total) the latest passed one. */
export function shownMilestone(ind: JudgedIndicator, window: JudgingWindow) {
  const schedule = milestoneSchedule(ind.milestones, window);
  return schedule.due ?? (ind.valueKind === 'cumulative' ? schedule.passed : null);
}

const q = (s: string) => `"${s}"`;
const r6 = (x: string) => `ROUND(${x},6)`;

/** Nested IFs giving the band's words for value against reference (mirrors judgeBand). */
function bandFormula(
  value: string,
  reference: string,
  tolerance: string,
  direction: Direction,
  words: Record<BandStatus, string>,
): string {
  const v = r6(value);
  const { met, near, missed } = { met: q(words.met), near: q(words.near), missed: q(words.missed) };
  switch (direction) {
    case 'atLeast':
      return `IF(${v}>=${reference},${met},IF(${v}>=${r6(`${reference}-${tolerance}`)},${near},${missed}))`;
    case 'atMost':
      return `IF(${v}<=${reference},${met},IF(${v}<=${r6(`${reference}+${tolerance}`)},${near},${missed}))`;
    case 'about': {
      const d = r6(`ABS(${value}-${reference})`);
      return `IF(${d}<=${tolerance},${met},IF(${d}<=${r6(`2*${tolerance}`)},${near},${missed}))`;
    }
  }
}

/** Rule 2 as a condition: a running total already at its target (atLeast) or beyond its cap and band (atMost). */
function decidedForYear(ind: JudgedIndicator, c: VerdictCells): string | null {
  if (ind.valueKind !== 'cumulative') return null;
  if (ind.direction === 'atLeast') return `${r6(c.value)}>=${c.target}`;
  if (ind.direction === 'atMost') return `${r6(c.value)}>${c.target}`;
  return null;
}

/** The progress formula of a template row ("" while the value is not a number). */
export function progressFormula(ind: JudgedIndicator, window: JudgingWindow, c: VerdictCells): string {
  const rule = progressRule(ind, window);
  if ((rule === 'dueMilestone' || rule === 'passedMilestone') && !c.milestone)
    throw new Error('progressFormula: a milestone rule needs the milestone cell');
  const annual = bandFormula(c.value, c.target, c.tolerance, ind.direction, PROGRESS_TEXT);
  const milestone = c.milestone
    ? bandFormula(c.value, c.milestone, c.tolerance, ind.direction, PROGRESS_TEXT)
    : '';
  const notDue = q(PROGRESS_TEXT.notDue);
  const body =
    rule === 'dueMilestone'
      ? milestone
      : rule === 'annual'
        ? annual
        : rule === 'passedMilestone'
          ? `IF(${milestone}=${q(PROGRESS_TEXT.met)},${notDue},${milestone})`
          : notDue;
  const decided = decidedForYear(ind, c);
  const judged = decided ? `IF(${decided},${annual},${body})` : body;
  return `IF(NOT(ISNUMBER(${c.value})),"",${judged})`;
}

/** The forecast formula of a template row: the estimate in the band, or "Ước đạt" on an actual already at target. */
export function forecastFormula(ind: JudgedIndicator, c: VerdictCells): string {
  const band = bandFormula(c.value, c.target, c.tolerance, ind.direction, FORECAST_TEXT);
  const onEstimate = `IF(NOT(ISNUMBER(${c.value})),"",${band})`;
  if (ind.valueKind !== 'cumulative' || ind.direction !== 'atLeast') return onEstimate;
  // Nested, not AND(ISNUMBER(a),ROUND(a,6)>=t): AND evaluates both, and ROUND of the "" a derived indicator's
  // formula shows until its inputs are typed is #VALUE! — on every blank form.
  return `IF(ISNUMBER(${c.actual}),IF(${r6(c.actual)}>=${c.target},${q(FORECAST_TEXT.met)},${onEstimate}),${onEstimate})`;
}
