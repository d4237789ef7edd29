/**
 * The month's record: a consolidation as the monthly report and the trends need it — the province's figures and
 * verdicts, every agency's values with their cells, the task rows (the leads', and the collaborators' that carry a
 * proposal), the submissions and the files' fates — kept as
 * data in the consolidated workbook (sheets/records.ts), one per month merged, so that the report of any month merged
 * into the workbook can be written again from the workbook alone. Issues and the long-format data are not in it: the
 * data is "Dữ liệu" itself, and the issues are the "Vấn đề" sheet's.
 */
import { z } from 'zod';
import { TASK_STATUSES } from '../template/model';
import { RECEIVED_SOURCES } from '../verdict';
import type { Consolidation, FileStatus } from './types';

/** The record's format; a record of another version is refused, not guessed at. */
export const MONTH_RECORD_VERSION = 1;

/** What became of one file in the month's consolidation (its reason stays in "Vấn đề"). */
export interface RecordFile {
  fileName: string;
  status: FileStatus;
  agencyId?: string;
  period?: string;
}

/** A month's consolidation, kept. */
export type MonthRecord = Pick<
  Consolidation,
  'planId' | 'planHash' | 'period' | 'indicators' | 'values' | 'tasks' | 'provinceTasks' | 'submissions'
> & { version: typeof MONTH_RECORD_VERSION; files: RecordFile[] };

/** The record of a consolidation. */
export function monthRecord(c: Consolidation): MonthRecord {
  return {
    version: MONTH_RECORD_VERSION,
    planId: c.planId,
    planHash: c.planHash,
    period: c.period,
    indicators: c.indicators,
    values: c.values,
    // Collaborators' rows only for their proposals: the report quotes the leads' results (all rows stay in
    // "Nhiệm vụ theo cơ quan"), and this keeps the record — rewritten with every month — about half the size.
    tasks: c.tasks.flatMap((t) =>
      t.role === 'lead' ? [t] : t.proposals.trim() ? [{ ...t, results: '' }] : [],
    ),
    provinceTasks: c.provinceTasks,
    submissions: c.submissions,
    files: c.files.map((f) => ({
      fileName: f.fileName,
      status: f.status,
      ...(f.agencyId ? { agencyId: f.agencyId } : {}),
      ...(f.period ? { period: f.period } : {}),
    })),
  };
}

const num = z.number();
const numOrNull = num.nullable();
const usable = z.enum(['ok', 'missing', 'invalid']);
const band = ['met', 'near', 'missed'] as const;

const Reference = z.object({
  kind: z.enum(['milestone', 'passedMilestone', 'annual']),
  value: num,
  date: z.string(),
  label: z.string(),
});

const Progress = z.object({
  status: z.enum([...band, 'notDue', 'missing', 'invalid', 'notApplicable']),
  value: numOrNull,
  against: Reference.nullable(),
  gap: numOrNull,
  percentOfReference: numOrNull,
  percentOfAnnual: numOrNull,
  source: z.enum(['history', 'inferred']).optional(),
});

const Forecast = z.object({
  status: z.enum([...band, 'missing', 'invalid']),
  basis: z.enum(['yearEstimate', 'actual']).nullable(),
  value: numOrNull,
  target: num,
  gap: numOrNull,
  percentOfTarget: numOrNull,
});

const taskClass = ['doneOnTime', 'doneLate', 'doneUndated', 'inProgress', 'overdue'] as const;

const Indicator = z.object({
  indicatorId: z.string(),
  aggregation: z.enum(['lead', 'sum', 'ratioOfSums']),
  actual: numOrNull,
  yearEstimate: numOrNull,
  state: usable,
  progress: Progress,
  forecast: Forecast,
  reporting: num,
  expected: num,
});

const Value = z.object({
  agencyId: z.string(),
  agencyName: z.string(),
  indicatorId: z.string(),
  actual: numOrNull,
  yearEstimate: numOrNull,
  inputs: z.record(z.string(), numOrNull),
  states: z.object({ actual: usable, yearEstimate: usable, inputs: z.record(z.string(), usable) }),
  progress: Progress,
  forecast: Forecast,
  fileName: z.string(),
  sheet: z.string(),
  cells: z.object({
    actual: z.string().optional(),
    yearEstimate: z.string().optional(),
    inputs: z.record(z.string(), z.string()),
    notes: z.string().optional(),
  }),
  notes: z.string(),
});

const Task = z.object({
  agencyId: z.string(),
  agencyName: z.string(),
  taskId: z.string(),
  role: z.enum(['lead', 'collaborator']),
  status: z.enum(TASK_STATUSES).nullable(),
  percent: numOrNull,
  overdue: z.boolean(),
  completedOn: z.string().nullable(),
  class: z.enum(taskClass).nullable(),
  results: z.string(),
  proposals: z.string(),
  fileName: z.string(),
  sheet: z.string(),
  row: num,
});

const ProvinceTask = z.object({
  taskId: z.string(),
  class: z.enum([...taskClass, 'missing']),
  leadsReporting: num,
  leads: num,
  deadline: z.string().nullable(),
});

const Submission = z.object({
  agencyId: z.string(),
  agencyName: z.string(),
  expected: z.boolean(),
  status: z.enum(['submitted', 'late', 'missing']),
  fileName: z.string().optional(),
  date: z.string().nullable().optional(),
  dateSource: z.enum(RECEIVED_SOURCES).nullable().optional(),
  reportDate: z.string().nullable().optional(),
  daysLate: num,
  completeness: numOrNull,
  errors: num,
  warnings: num,
  preparer: z.string().optional(),
  phone: z.string().optional(),
});

const File = z.object({
  fileName: z.string(),
  status: z.enum(['merged', 'superseded', 'duplicate', 'otherPeriod', 'otherPlan', 'rejected']),
  agencyId: z.string().optional(),
  period: z.string().optional(),
});

const RecordSchema = z.object({
  version: z.literal(MONTH_RECORD_VERSION),
  planId: z.string(),
  planHash: z.string(),
  period: z.string().regex(/^\d{4}-\d{2}$/),
  indicators: z.array(Indicator),
  values: z.array(Value),
  tasks: z.array(Task),
  provinceTasks: z.array(ProvinceTask),
  submissions: z.array(Submission),
  files: z.array(File),
});

/** The record written as JSON text (what the records sheet stores, cut into cells). */
export function recordJson(record: MonthRecord): string {
  return JSON.stringify(record);
}

/** A record read back from its JSON text, or why it cannot be used (not JSON, another version, a field amiss). */
export function parseRecord(text: string): { ok: true; record: MonthRecord } | { ok: false; why: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    if (!(e instanceof SyntaxError)) throw e;
    return { ok: false, why: 'not JSON' };
  }
  const version = (raw as { version?: unknown } | null)?.version;
  if (version !== MONTH_RECORD_VERSION) return { ok: false, why: `version ${String(version)}` };
  const parsed = RecordSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { ok: false, why: first ? `${first.path.join('.')}: ${first.message}` : 'invalid' };
  }
  const record: MonthRecord = parsed.data;
  return { ok: true, record };
}
