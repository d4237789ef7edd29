/** The consolidation as plain data: every file's fate, every agency's submission, values with provenance. */
import type { Aggregation } from '../plan/schema';
import type { Issue } from '../issues/issue';
import type { TaskStatus } from '../template/model';
import type { IndicatorResult, Report, Usable } from '../validate/types';
import type {
  ForecastVerdict,
  ProgressVerdict,
  ProvinceTaskClass,
  ReceivedSource,
  TaskClass,
} from '../verdict';

/** Where a file came from. */
export interface Provenance {
  fileName: string;
  /** SHA-256 of the file's bytes (lowercase hex): the same file twice counts once. */
  sha256: string;
  size: number;
  /** The workbook's saved date-time (document properties), ISO, if any. */
  savedAt?: string;
}

/** One input to the consolidation: a validated submission, or a file that could not be read. */
export type SubmissionInput =
  { provenance: Provenance; report: Report } | { provenance: Provenance; readFailure: Issue };

/** What happened to a file. */
export type FileStatus = 'merged' | 'superseded' | 'duplicate' | 'otherPeriod' | 'otherPlan' | 'rejected';

/** One input file in the consolidation's accounting. */
export interface FileEntry {
  fileName: string;
  sha256: string;
  size: number;
  status: FileStatus;
  /** Why it was not merged (or notes about a merged file's identity), as an issue. */
  reason?: Issue;
  agencyId?: string;
  period?: string;
  savedAt?: string;
  reportDate?: string | null;
  /** Data rows read from the file, merged and rejected (read = merged + rejected). */
  rows: { read: number; merged: number; rejected: number };
  errors: number;
  warnings: number;
}

/** Submission status of an agency for the period. */
export interface SubmissionStatus {
  agencyId: string;
  agencyName: string;
  /** True when the plan expects a monthly report from this agency. */
  expected: boolean;
  status: 'submitted' | 'late' | 'missing';
  fileName?: string;
  /** The date lateness was judged on (received, or what stood in for it), and where it came from. */
  date?: string | null;
  dateSource?: ReceivedSource | null;
  /** The agency's own report date, shown beside the received date. */
  reportDate?: string | null;
  daysLate: number;
  /** Share of required inputs filled, 0–100 (null when missing). */
  completeness: number | null;
  errors: number;
  warnings: number;
  /** Who prepared the report and their phone, as written on the instructions sheet ('' when not given). */
  preparer?: string;
  phone?: string;
}

/** One agency's value of one indicator, with where it came from. */
export interface AgencyValue {
  agencyId: string;
  agencyName: string;
  indicatorId: string;
  /** The usable values (null when absent or unusable: `states` says which). */
  actual: number | null;
  yearEstimate: number | null;
  inputs: Record<string, number | null>;
  /** Whether each value was usable (an invalid one is never judged nor aggregated). */
  states: { actual: Usable; yearEstimate: Usable; inputs: Record<string, Usable> };
  /** Progress to date and the forecast, judged with the history of earlier months when there is one. */
  progress: ProgressVerdict;
  forecast: ForecastVerdict;
  fileName: string;
  sheet: string;
  /** The cell of each value read: the actual's, the year estimate's and each input's. */
  cells: IndicatorResult['cells'];
  /** The agency's "Ghi chú, giải trình" on this indicator ('' when none). */
  notes: string;
}

/** One agency's progress on one task. */
export interface AgencyTask {
  agencyId: string;
  agencyName: string;
  taskId: string;
  role: 'lead' | 'collaborator';
  status: TaskStatus | null;
  percent: number | null;
  overdue: boolean;
  completedOn: string | null;
  /** The official class of this agency's row (null when it gave no usable status). */
  class: TaskClass | null;
  results: string;
  proposals: string;
  fileName: string;
  sheet: string;
  row: number;
}

/** The province-wide value of an indicator, formed by the plan's aggregation rule and judged like any value. */
export interface ProvinceIndicator {
  indicatorId: string;
  aggregation: Aggregation;
  actual: number | null;
  yearEstimate: number | null;
  /** Invalid when the value it rests on has an error (the lead's value with an error): then it is not judged. */
  state: Usable;
  progress: ProgressVerdict;
  forecast: ForecastVerdict;
  /** Agencies whose value went into it, and how many were expected. */
  reporting: number;
  expected: number;
}

/** One task for the province: its class from its lead agencies' rows (collaborators' stay in the detail). */
export interface ProvinceTask {
  taskId: string;
  class: ProvinceTaskClass;
  /** Lead agencies that reported the task, and how many lead it. */
  leadsReporting: number;
  leads: number;
  /** ISO date of the final deadline, if any. */
  deadline: string | null;
}

/** A long-format data row (period, agency, indicator, measure → value), for the "Dữ liệu" sheet and CSV. */
export interface DataRow {
  period: string;
  agencyId: string;
  agencyName: string;
  indicatorId: string;
  indicatorName: string;
  /** "actual", "yearEstimate", or "input:<inputId>". */
  measure: string;
  value: number;
  unit: string;
  /** The verdict on this measure, in words: progress for the actual and inputs, the forecast for the estimate. */
  status: string;
  /** file!sheet!cell */
  source: string;
  /** The agency's notes on the indicator, repeated on each of its rows ('' when none). */
  notes: string;
}

/** Totals that must add up (tested as invariants). */
export interface Accounting {
  files: Record<FileStatus, number> & { total: number };
  rows: { read: number; merged: number; rejected: number };
}

/** The whole consolidation for a period. */
export interface Consolidation {
  planId: string;
  planHash: string;
  period: string;
  files: FileEntry[];
  submissions: SubmissionStatus[];
  indicators: ProvinceIndicator[];
  values: AgencyValue[];
  tasks: AgencyTask[];
  /** One class per task of the plan (docs/verdicts.md, "Tasks"), and how many tasks are in each class. */
  provinceTasks: ProvinceTask[];
  taskClasses: Record<ProvinceTaskClass, number>;
  /** Every issue of every file (file set), plus consolidation-level ones (missing agencies, superseded …). */
  issues: Issue[];
  data: DataRow[];
  accounting: Accounting;
}
