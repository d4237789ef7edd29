/** What validation returns: issues (data) and per-indicator / per-task results with where each value came from. */
import type { Checkpoint } from '../plan/period';
import type { Issue, SeverityCounts } from '../issues/issue';
import type { IssueCode } from '../issues/codes';
import type { Status, TaskStatus } from '../template/model';
import type { TaskRole } from '../plan/resolve';
import type { RowAccount } from './grid';

/** An indicator's status, or why it has none. */
export type IndicatorStatus = Status | 'missing' | 'invalid' | 'notApplicable';

/** Whether a value read could be used: it is there and good, it is not there, or what is there is not usable. */
export type Usable = 'ok' | 'missing' | 'invalid';

/** One value as read: usable or not, and the value when it is (`value` is not null exactly when `state` is ok). */
export interface Reading<T> {
  state: Usable;
  value: T | null;
}

/** Everything read for one indicator: what its status is computed from (validate/status.ts). */
export interface IndicatorReadings {
  /** A derived indicator's inputs by id (none for an indicator the agency types directly). */
  inputs: Record<string, Reading<number>>;
  /** Typed, or recomputed from the inputs (missing while one is missing, invalid when one is invalid). */
  actual: Reading<number>;
  yearEstimate: Reading<number>;
  notes: Reading<string>;
  /** The indicator's id is on more than one row: the first is read, the others are rejected. */
  duplicated: boolean;
}

/** One indicator as reported by one agency, judged against the plan. */
export interface IndicatorResult {
  indicatorId: string;
  sheet: string;
  /** A1 row number of the indicator's row in the sheet. */
  row: number;
  /** Cell addresses of the values used (provenance). */
  cells: { actual?: string; yearEstimate?: string; inputs: Record<string, string> };
  inputs: Record<string, number | null>;
  /** Actual (cumulative to the period): entered, or recomputed from the inputs for derived indicators. */
  actual: number | null;
  yearEstimate: number | null;
  /** The value judged: the actual against a milestone; the year estimate (else the actual) against the annual target. */
  judged: number | null;
  basis: 'actual' | 'yearEstimate';
  checkpoint: Checkpoint;
  status: IndicatorStatus;
  gap: number | null;
  percentOfCheckpoint: number | null;
  notes: string;
  /** The values read, each usable or not. */
  readings: IndicatorReadings;
}

/** One task as reported by one agency. */
export interface TaskResult {
  taskId: string;
  sheet: string;
  row: number;
  role: TaskRole;
  status: TaskStatus | null;
  percent: number | null;
  results: string;
  proposals: string;
  /** ISO date of the task's final deadline, if any. */
  deadline: string | null;
  overdue: boolean;
}

/** Required inputs filled, per sheet. */
export interface Completeness {
  sheet: string;
  required: number;
  filled: number;
}

/** When the submission was made, and whether it was late. */
export interface Timeliness {
  /** ISO date, or null when unknown. */
  date: string | null;
  source: 'reportDate' | 'savedDate' | null;
  dueDate: string;
  late: boolean;
  daysLate: number;
}

/** Who prepared the report ("Người lập biểu", "Điện thoại" on the instructions sheet); blank when not given. */
export interface Preparer {
  name: string;
  phone: string;
}

/** Identity of a submission from its stamp. */
export interface SubmissionIdentity {
  planId: string;
  planHash: string;
  agencyId: string;
  agencyName: string;
  period: string;
  layoutVersion: number;
  generatedAt: string;
}

/** The validation report of one submission. */
export interface Report {
  /** Null when the stamp is missing or unusable (then there are no results, only the issue saying why). */
  identity: SubmissionIdentity | null;
  issues: Issue[];
  counts: { bySeverity: SeverityCounts; byCode: Partial<Record<IssueCode, number>> };
  indicators: IndicatorResult[];
  tasks: TaskResult[];
  completeness: Completeness[];
  timeliness: Timeliness | null;
  /** Null when there is no identity (the instructions sheet is not read then). */
  preparer: Preparer | null;
  /** Every data row read: accepted, or rejected with the reason (rows read = accepted + rejected). */
  rows: RowAccount[];
}
