/**
 * consolidate(plan, period, submissions) → Consolidation. Pure and order-independent: inputs are sorted by
 * content hash first, every choice (duplicate, superseded) is deterministic, and nothing depends on a clock.
 */
import { periodInfo, type PeriodInfo } from '../plan/period';
import { planHash } from '../plan/hash';
import { findAgency } from '../plan/resolve';
import type { Plan } from '../plan/schema';
import { inForceFor } from '../plan/units';
import { planInForce } from '../plan/versions';
import { compareIssues, issue, type Issue } from '../issues/issue';
import { completenessOf } from '../validate/completeness';
import type { IndicatorResult, Report, TaskResult } from '../validate/types';
import { aggregateIndicator } from './aggregate';
import { dataRows } from './data';
import { historyOf, type History } from './history';
import { countTaskClasses, provinceTasks } from './provinceTasks';
import { newestFirst, supersededReason, type Candidate } from './newest';
import { judgeWithHistory } from './withHistory';
import type {
  Accounting,
  AgencyTask,
  AgencyValue,
  Consolidation,
  DataRow,
  FileEntry,
  FileStatus,
  Provenance,
  SubmissionInput,
  SubmissionStatus,
} from './types';

const IDENTITY_CODES = new Set([
  'STAMP_MISSING',
  'STAMP_UNREADABLE',
  'LAYOUT_UNSUPPORTED',
  'AGENCY_UNKNOWN',
  'AGENCY_NOT_IN_FORCE',
  'PERIOD_INVALID',
  'SUBMISSION_IS_CONSOLIDATION',
  'SEAL_MISSING',
  'SEAL_INVALID',
  'SEAL_OTHER_KEY',
  'AGENCY_NAME_MISMATCH',
  'AGENCY_CODE_MISMATCH',
]);

/** What an amended plan changed, said by every file issued before the amendment: listed once for the consolidation. */
const ONCE_CODES = new Set(['PLAN_AMENDED', 'TARGET_AMENDED']);

/** What a step of the consolidation decided: files accounted for, and the issues saying why. */
interface Step {
  files: FileEntry[];
  issues: Issue[];
}

/** What a consolidation knows beyond this month's files. */
export interface ConsolidateOptions {
  /** "Dữ liệu" rows of earlier months (from the workbook merged into): last month's figures and passed milestones. */
  history?: readonly DataRow[];
}

/**
 * Merges validated submissions for one period into one consolidation: the roster is the agencies in force for the
 * period, the figures are judged against the values in force for it (an amended plan's), whatever version each
 * template was issued under.
 */
export function consolidate(
  source: Plan,
  period: string,
  inputs: readonly SubmissionInput[],
  options: ConsolidateOptions = {},
): Consolidation {
  const info = periodInfo(source, period);
  if (!info)
    throw new Error(`consolidate: period ${period} is not in plan ${source.id} (callers check this first)`);
  const plan = planInForce(source, info);
  const sorted = [...inputs].sort(
    (a, b) =>
      a.provenance.sha256.localeCompare(b.provenance.sha256) ||
      a.provenance.fileName.localeCompare(b.provenance.fileName),
  );
  const triaged = triage(plan, period, sorted);
  const picked = pickWinners(triaged.candidates);
  const history = historyOf(options.history ?? [], period);
  const collected = collect(plan, info, picked.winners, history);
  const tasks = provinceTasks(plan, info, collected.tasks);
  const files = [...triaged.files, ...picked.files, ...collected.files].sort(
    (a, b) => a.fileName.localeCompare(b.fileName) || a.sha256.localeCompare(b.sha256),
  );
  const issues = [...triaged.issues, ...picked.issues, ...onceEach(collected.issues)];
  return {
    planId: source.id,
    planHash: planHash(source),
    period,
    files,
    submissions: collected.submissions,
    indicators: plan.indicators.map((ind) => aggregateIndicator(plan, info, ind, collected.values, history)),
    values: collected.values,
    tasks: collected.tasks,
    provinceTasks: tasks,
    taskClasses: countTaskClasses(tasks),
    issues: issues.sort(compareIssues),
    data: dataRows(plan, period, collected.values),
    accounting: account(files),
  };
}

/** A file's entry in the log; `reason` says why it was not merged. */
function fileEntry(p: Provenance, report: Report | null, status: FileStatus, reason?: Issue): FileEntry {
  const read = report?.rows.length ?? 0;
  const merged = status === 'merged' ? (report?.rows.filter((x) => x.outcome === 'accepted').length ?? 0) : 0;
  return {
    fileName: p.fileName,
    sha256: p.sha256,
    size: p.size,
    status,
    ...(reason ? { reason } : {}),
    ...(report?.identity ? { agencyId: report.identity.agencyId, period: report.identity.period } : {}),
    ...(p.savedAt ? { savedAt: p.savedAt } : {}),
    reportDate: report?.timeliness?.date ?? null,
    rows: { read, merged, rejected: read - merged },
    errors: report?.counts.bySeverity.error ?? 1,
    warnings: report?.counts.bySeverity.warning ?? 0,
  };
}

/**
 * Triage: every input is a duplicate of an earlier one (same bytes), unreadable, not a template of this plan, of
 * another period — each rejected with the reason — or a candidate for its agency.
 */
function triage(
  plan: Plan,
  period: string,
  sorted: readonly SubmissionInput[],
): Step & { candidates: Map<string, Candidate[]> } {
  const step: Step = { files: [], issues: [] };
  const candidates = new Map<string, Candidate[]>();
  const firstBySha = new Map<string, string>();
  for (const input of sorted) {
    const p = input.provenance;
    const report = 'report' in input ? input.report : null;
    const reject = (status: FileStatus, reason: Issue) => {
      const withFile = { ...reason, file: p.fileName };
      step.files.push(fileEntry(p, report, status, withFile));
      step.issues.push(withFile);
    };
    const twin = firstBySha.get(p.sha256);
    if (twin !== undefined) {
      reject('duplicate', issue('SUBMISSION_DUPLICATE', { expected: twin }));
      continue;
    }
    firstBySha.set(p.sha256, p.fileName);
    if ('readFailure' in input) {
      reject('rejected', input.readFailure);
      continue;
    }
    const rejection = rejectionOf(plan, period, input.report);
    if (rejection) {
      reject(rejection.status, rejection.reason);
      continue;
    }
    const agencyId = input.report.identity?.agencyId ?? '';
    candidates.set(agencyId, [
      ...(candidates.get(agencyId) ?? []),
      { provenance: p, report: input.report, agencyId },
    ]);
  }
  return { ...step, candidates };
}

/** Why a readable file cannot be a candidate (no usable stamp, another plan, another period), or null. */
function rejectionOf(plan: Plan, period: string, r: Report): { status: FileStatus; reason: Issue } | null {
  if (!r.identity) {
    const why = r.issues.find((i) => IDENTITY_CODES.has(i.code) || i.code === 'PLAN_UNKNOWN');
    if (why?.code === 'PLAN_UNKNOWN') {
      const reason = issue('SUBMISSION_OTHER_PLAN', { found: why.found ?? null, expected: plan.id });
      return { status: 'otherPlan', reason };
    }
    return { status: 'rejected', reason: why ?? issue('SUBMISSION_NOT_TEMPLATE', {}) };
  }
  if (r.identity.period === period) return null;
  const { agencyId: subject, period: found } = r.identity;
  return {
    status: 'otherPeriod',
    reason: issue('SUBMISSION_OTHER_PERIOD', { subject, found, expected: period }),
  };
}

/** Picks each agency's newest file; the others are superseded, each with the rule that decided. */
function pickWinners(
  candidates: ReadonlyMap<string, Candidate[]>,
): Step & { winners: Map<string, Candidate> } {
  const step: Step = { files: [], issues: [] };
  const winners = new Map<string, Candidate>();
  for (const [agencyId, list] of candidates) {
    const [winner, ...others] = [...list].sort(newestFirst);
    if (!winner) continue;
    winners.set(agencyId, winner);
    for (const loser of others) {
      const reason = { ...supersededReason(winner, loser), file: loser.provenance.fileName };
      step.files.push(fileEntry(loser.provenance, loser.report, 'superseded', reason));
      step.issues.push(reason);
    }
  }
  return { ...step, winners };
}

/** What the winners say, in plan order: each agency's submission (or its absence), values and tasks. */
interface Collected extends Step {
  submissions: SubmissionStatus[];
  values: AgencyValue[];
  tasks: AgencyTask[];
}

/**
 * Collects the results of every agency's winning file, judged again with the history; an agency expected to report
 * without one is missing.
 */
function collect(
  plan: Plan,
  info: PeriodInfo,
  winners: ReadonlyMap<string, Candidate>,
  history: History,
): Collected {
  const period = info.period;
  const indicator = new Map(plan.indicators.map((i) => [i.id, i]));
  const out: Collected = { files: [], issues: [], submissions: [], values: [], tasks: [] };
  for (const agency of plan.agencies) {
    const w = winners.get(agency.id);
    if (!w) {
      // Only the units in force for the period are expected: one that ended is never missing after its end.
      if (agency.reportsMonthly && inForceFor(agency, info)) {
        out.submissions.push(missingSubmission(agency.id, agency.name));
        const params = { agencyId: agency.id };
        out.issues.push(issue('SUBMISSION_MISSING', { subject: agency.name, expected: period, params }));
      }
      continue;
    }
    const r = w.report;
    const fileName = w.provenance.fileName;
    out.files.push(fileEntry(w.provenance, r, 'merged'));
    out.issues.push(...r.issues.map((i) => ({ ...i, file: fileName })));
    out.submissions.push(submissionOf(agency, w));
    const by = { agencyId: agency.id, agencyName: agency.name, fileName };
    for (const result of r.indicators) {
      const ind = indicator.get(result.indicatorId);
      if (!ind) continue;
      const judged = judgeWithHistory(plan, info, ind, agencyValue(by, result), history);
      out.values.push(judged.value);
      out.issues.push(...judged.issues);
    }
    out.tasks.push(...r.tasks.map((t) => agencyTask(by, t)));
  }
  return out;
}

/**
 * The issues with what an amendment changed, said alike by every file issued before it, listed once (with how many
 * files said it and no file of their own); every other issue as it is.
 */
function onceEach(issues: readonly Issue[]): Issue[] {
  const out: Issue[] = [];
  const seen = new Map<string, Issue>();
  for (const i of issues) {
    if (!ONCE_CODES.has(i.code)) {
      out.push(i);
      continue;
    }
    const key = JSON.stringify([i.code, i.subject, i.found, i.expected, i.params]);
    const first = seen.get(key);
    if (first) {
      first.params = { ...first.params, files: Number(first.params?.files ?? 1) + 1 };
      continue;
    }
    const { file: _file, sheet: _sheet, cell: _cell, ...rest } = i;
    const once: Issue = { ...rest, params: { ...i.params, files: 1 } };
    seen.set(key, once);
    out.push(once);
  }
  return out;
}

/** The submission line of an agency expected to report that sent nothing. */
function missingSubmission(agencyId: string, agencyName: string): SubmissionStatus {
  const none = { daysLate: 0, completeness: null, errors: 0, warnings: 0 };
  return { agencyId, agencyName, expected: true, status: 'missing', ...none };
}

/** The submission line of an agency's winning file. */
function submissionOf(agency: Plan['agencies'][number], w: Candidate): SubmissionStatus {
  const r = w.report;
  return {
    agencyId: agency.id,
    agencyName: agency.name,
    expected: agency.reportsMonthly,
    status: r.timeliness?.late ? 'late' : 'submitted',
    fileName: w.provenance.fileName,
    date: r.timeliness?.date ?? null,
    dateSource: r.timeliness?.source ?? null,
    reportDate: r.timeliness?.reportDate ?? null,
    daysLate: r.timeliness?.daysLate ?? 0,
    completeness: completenessOf(r.completeness).percent,
    errors: r.counts.bySeverity.error,
    warnings: r.counts.bySeverity.warning,
    ...(r.preparer ? { preparer: r.preparer.name, phone: r.preparer.phone } : {}),
  };
}

type By = Pick<AgencyValue, 'agencyId' | 'agencyName' | 'fileName'>;

/** One agency's value of one indicator, with where it came from. */
function agencyValue(by: By, v: IndicatorResult): AgencyValue {
  return {
    ...by,
    indicatorId: v.indicatorId,
    actual: v.actual,
    yearEstimate: v.yearEstimate,
    inputs: v.inputs,
    states: {
      actual: v.readings.duplicated ? 'invalid' : v.readings.actual.state,
      yearEstimate: v.readings.duplicated ? 'invalid' : v.readings.yearEstimate.state,
      inputs: Object.fromEntries(Object.entries(v.readings.inputs).map(([k, x]) => [k, x.state])),
    },
    progress: v.progress,
    forecast: v.forecast,
    sheet: v.sheet,
    cells: v.cells,
    notes: v.notes,
  };
}

/** One agency's progress on one task, with where it came from. */
function agencyTask(by: By, t: TaskResult): AgencyTask {
  return {
    ...by,
    taskId: t.taskId,
    role: t.role,
    status: t.status,
    percent: t.percent,
    overdue: t.overdue,
    completedOn: t.completedOn,
    class: t.class,
    results: t.results,
    proposals: t.proposals,
    sheet: t.sheet,
    row: t.row,
  };
}

/** Totals that must add up: files by outcome, and rows read = merged + rejected. */
function account(files: readonly FileEntry[]): Accounting {
  const accounting: Accounting = {
    files: {
      total: files.length,
      merged: 0,
      superseded: 0,
      duplicate: 0,
      otherPeriod: 0,
      otherPlan: 0,
      rejected: 0,
    },
    rows: { read: 0, merged: 0, rejected: 0 },
  };
  for (const f of files) {
    accounting.files[f.status] += 1;
    accounting.rows.read += f.rows.read;
    accounting.rows.merged += f.rows.merged;
    accounting.rows.rejected += f.rows.rejected;
  }
  return accounting;
}

/** The period most templates are for (ties: the latest), or null when none carries a usable stamp. */
export function inferPeriod(plan: Plan, inputs: readonly SubmissionInput[]): string | null {
  const counts = new Map<string, number>();
  for (const i of inputs) {
    if (!('report' in i) || !i.report.identity || i.report.identity.planId !== plan.id) continue;
    const p = i.report.identity.period;
    counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0]));
  return ranked[0]?.[0] ?? null;
}

/** The agency's display name (or its id when not in the plan). */
export function agencyName(plan: Plan, id: string): string {
  return findAgency(plan, id)?.name ?? id;
}
