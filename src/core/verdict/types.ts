/** The verdict model's data: what a value read looks like, and the two verdicts judged from it (docs/verdicts.md). */
import type { Direction, Milestone } from '../plan/schema';

/** How an indicator's figure behaves over the year (docs/verdicts.md, "Value kind"). */
export type ValueKind = 'cumulative' | 'level';

/** A value as read from a cell: usable, absent, unusable (it has an error), or not computable (a ratio of 0). */
export type Reading =
  { state: 'ok'; value: number } | { state: 'missing' } | { state: 'invalid' } | { state: 'notApplicable' };

/** What the verdicts need to know of an indicator. */
export interface JudgedIndicator {
  direction: Direction;
  tolerance: number;
  target: number;
  valueKind: ValueKind;
  milestones: readonly Milestone[];
}

/** The dates of the period being judged: its data window, and the annual target's date (31 December). */
export interface JudgingWindow {
  windowStart: string;
  windowEnd: string;
  /** ISO date of the annual target (31 December of the plan year). */
  yearEnd: string;
}

/** A band outcome: met, near (within the band) or missed. */
export type BandStatus = 'met' | 'near' | 'missed';

/** Progress to date (Đánh giá tiến độ): a band outcome, or why there is none. */
export type ProgressStatus = BandStatus | 'notDue' | 'missing' | 'invalid' | 'notApplicable';

/** Year-end forecast (Dự báo cả năm): a band outcome, or why there is none. */
export type ForecastStatus = BandStatus | 'missing' | 'invalid';

/** What a value was judged against: a milestone due now, a passed milestone whose outcome stands, or the annual target. */
export interface Reference {
  kind: 'milestone' | 'passedMilestone' | 'annual';
  value: number;
  /** ISO date of the milestone, or of the year end for the annual target. */
  date: string;
  /** The milestone's label from the plan ('' for the annual target). */
  label: string;
}

/** Progress to date: status, the value judged and the reference it was judged against. */
export interface ProgressVerdict {
  status: ProgressStatus;
  /** The actual judged (null when not judged). */
  value: number | null;
  /** The reference judged against (null when not judged or not due). */
  against: Reference | null;
  /** value − reference (negative: below). */
  gap: number | null;
  /** value as a percentage of the reference. */
  percentOfReference: number | null;
  /** value as a percentage of the annual target ("đạt X % kế hoạch năm"), whenever the value is known. */
  percentOfAnnual: number | null;
  /** For a passed milestone: its outcome came from history, or was inferred from today's figure. */
  source?: 'history' | 'inferred';
}

/** Year-end forecast: status, and whether it rests on the year estimate or on an actual that already meets the target. */
export interface ForecastVerdict {
  status: ForecastStatus;
  basis: 'yearEstimate' | 'actual' | null;
  /** The value judged (the estimate, or the actual when basis is 'actual'). */
  value: number | null;
  target: number;
  gap: number | null;
  percentOfTarget: number | null;
}
