/** Progress to date (Đánh giá tiến độ): the actual against the checkpoint that applies — docs/verdicts.md, rows P1–P23. */
import type { Milestone } from '../plan/schema';
import { judgeBand, percentOf, type BandOutcome } from './band';
import { milestoneSchedule } from './schedule';
import type { JudgedIndicator, JudgingWindow, ProgressVerdict, Reading, Reference } from './types';

/** What judging progress needs. */
export interface ProgressInput {
  indicator: JudgedIndicator;
  window: JudgingWindow;
  actual: Reading;
  /**
   * From history: the actual of the period whose data window holds the latest passed milestone's date.
   * Absent (or null) when that month is not in the history.
   */
  atPassedMilestone?: number | null;
}

/** Judges progress to date by the rules of docs/verdicts.md, in their order; the first rule that applies decides. */
export function judgeProgress(input: ProgressInput): ProgressVerdict {
  const { indicator: ind, window, actual } = input;
  if (actual.state !== 'ok') return notJudged(actual.state);
  const v = actual.value;
  const annual: Reference = { kind: 'annual', value: ind.target, date: window.yearEnd, label: '' };
  const verdict = (outcome: BandOutcome, against: Reference, source?: ProgressVerdict['source']) => ({
    status: outcome.status,
    value: v,
    against,
    gap: outcome.gap,
    percentOfReference: outcome.percent,
    percentOfAnnual: percentOf(v, ind.target),
    ...(source ? { source } : {}),
  });
  const againstAnnual = judgeBand(v, ind.target, ind.direction, ind.tolerance);
  // Rule 2: a running total already past its annual target (or its annual cap) is decided for the year.
  if (ind.valueKind === 'cumulative' && annualDecided(v, ind)) return verdict(againstAnnual, annual);
  const schedule = milestoneSchedule(ind.milestones, window);
  // Rule 3: a milestone due in this window.
  if (schedule.due) {
    const outcome = judgeBand(v, schedule.due.value, ind.direction, ind.tolerance);
    return verdict(outcome, milestoneReference('milestone', schedule.due));
  }
  // Rules 4–5: the latest passed milestone's outcome stands, when it is known.
  if (schedule.passed) {
    const passed = passedOutcome(input, schedule.passed);
    if (passed) {
      if (passed.outcome.status !== 'met' && ind.valueKind === 'level' && againstAnnual.status === 'met')
        return verdict(againstAnnual, annual);
      return verdict(passed.outcome, milestoneReference('passedMilestone', schedule.passed), passed.source);
    }
  }
  // Rules 6–7: a level is judged against the annual target; a running total between checkpoints is not due.
  if (ind.valueKind === 'level') return verdict(againstAnnual, annual);
  return {
    status: 'notDue',
    value: v,
    against: null,
    gap: null,
    percentOfReference: null,
    percentOfAnnual: percentOf(v, ind.target),
  };
}

/** Rule 2: atLeast and already at the target, or atMost and already beyond the cap and its tolerance. */
function annualDecided(v: number, ind: JudgedIndicator): boolean {
  if (ind.direction === 'atLeast') return judgeBand(v, ind.target, 'atLeast', 0).status === 'met';
  if (ind.direction === 'atMost')
    return judgeBand(v, ind.target, 'atMost', ind.tolerance).status === 'missed';
  return false;
}

/**
 * The outcome of the latest passed milestone: judged from history when its month is known; for a running total
 * without that month, inferred from today's actual when it is still short of the milestone (it can only have been
 * lower then); otherwise unknown (null).
 */
function passedOutcome(
  input: ProgressInput,
  milestone: Milestone,
): { outcome: BandOutcome; source: 'history' | 'inferred' } | null {
  const { indicator: ind } = input;
  const judged = (x: number) => judgeBand(x, milestone.value, ind.direction, ind.tolerance);
  if (typeof input.atPassedMilestone === 'number')
    return { outcome: judged(input.atPassedMilestone), source: 'history' };
  if (ind.valueKind !== 'cumulative' || input.actual.state !== 'ok' || ind.direction === 'about') return null;
  const today = judged(input.actual.value);
  return today.status === 'met' ? null : { outcome: today, source: 'inferred' };
}

function milestoneReference(kind: Reference['kind'], m: Milestone): Reference {
  return { kind, value: m.value, date: m.date, label: m.label };
}

function notJudged(status: 'missing' | 'invalid' | 'notApplicable'): ProgressVerdict {
  return { status, value: null, against: null, gap: null, percentOfReference: null, percentOfAnnual: null };
}
