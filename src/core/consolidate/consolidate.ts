/**
 * consolidate(plan, period, submissions) → Consolidation. Pure and order-independent: inputs are sorted by
 * content hash first, every choice (duplicate, superseded) is deterministic, and nothing depends on a clock.
 */
import { periodInfo } from '../plan/period';
import { planHash } from '../plan/hash';
import { findAgency } from '../plan/resolve';
import type { Plan } from '../plan/schema';
import { TASK_STATUSES, type TaskStatus } from '../template/model';
import { formatDateVi } from '../text/dates';
import { compareIssues, issue, type Issue } from '../issues/issue';
import { localDateTime } from '../validate/timeliness';
import type { Report } from '../validate/types';
import { aggregateIndicator } from './aggregate';
import { dataRows } from './data';
import type {
  AgencyTask,
  AgencyValue,
  Consolidation,
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
  'PERIOD_INVALID',
  'SUBMISSION_IS_CONSOLIDATION',
]);

interface Candidate {
  provenance: Provenance;
  report: Report;
  agencyId: string;
}

/** Merges validated submissions for one period into one consolidation. */
export function consolidate(plan: Plan, period: string, inputs: readonly SubmissionInput[]): Consolidation {
  const info = periodInfo(plan, period);
  if (!info)
    throw new Error(`consolidate: period ${period} is not in plan ${plan.id} (callers check this first)`);
  const sorted = [...inputs].sort(
    (a, b) =>
      a.provenance.sha256.localeCompare(b.provenance.sha256) ||
      a.provenance.fileName.localeCompare(b.provenance.fileName),
  );
  const files: FileEntry[] = [];
  const issues: Issue[] = [];
  const candidates = new Map<string, Candidate[]>();
  const firstBySha = new Map<string, string>();

  for (const input of sorted) {
    const p = input.provenance;
    const report = 'report' in input ? input.report : null;
    const read = report?.rows.length ?? 0;
    const entry = (status: FileStatus, reason?: Issue): FileEntry => ({
      fileName: p.fileName,
      sha256: p.sha256,
      size: p.size,
      status,
      ...(reason ? { reason } : {}),
      ...(report?.identity ? { agencyId: report.identity.agencyId, period: report.identity.period } : {}),
      ...(p.savedAt ? { savedAt: p.savedAt } : {}),
      reportDate: report?.timeliness?.date ?? null,
      rows: { read, merged: 0, rejected: read },
      errors: report?.counts.bySeverity.error ?? 1,
      warnings: report?.counts.bySeverity.warning ?? 0,
    });
    const reject = (status: FileStatus, reason: Issue) => {
      const withFile = { ...reason, file: p.fileName };
      files.push(entry(status, withFile));
      issues.push(withFile);
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
    const r = input.report;
    const identityIssue = r.issues.find((i) => IDENTITY_CODES.has(i.code) || i.code === 'PLAN_UNKNOWN');
    if (!r.identity) {
      if (identityIssue?.code === 'PLAN_UNKNOWN') {
        reject(
          'otherPlan',
          issue('SUBMISSION_OTHER_PLAN', { found: identityIssue.found ?? null, expected: plan.id }),
        );
      } else {
        reject('rejected', identityIssue ?? issue('SUBMISSION_NOT_TEMPLATE', {}));
      }
      continue;
    }
    if (r.identity.period !== period) {
      reject(
        'otherPeriod',
        issue('SUBMISSION_OTHER_PERIOD', {
          subject: r.identity.agencyId,
          found: r.identity.period,
          expected: period,
        }),
      );
      continue;
    }
    const list = candidates.get(r.identity.agencyId) ?? [];
    list.push({ provenance: p, report: r, agencyId: r.identity.agencyId });
    candidates.set(r.identity.agencyId, list);
  }

  const winners = new Map<string, Candidate>();
  for (const [agencyId, list] of candidates) {
    const ranked = [...list].sort(newestFirst);
    const [winner, ...others] = ranked;
    if (!winner) continue;
    winners.set(agencyId, winner);
    for (const loser of others) {
      const reason = { ...supersededReason(winner, loser), file: loser.provenance.fileName };
      const read = loser.report.rows.length;
      files.push({
        fileName: loser.provenance.fileName,
        sha256: loser.provenance.sha256,
        size: loser.provenance.size,
        status: 'superseded',
        reason,
        agencyId,
        period,
        ...(loser.provenance.savedAt ? { savedAt: loser.provenance.savedAt } : {}),
        reportDate: loser.report.timeliness?.date ?? null,
        rows: { read, merged: 0, rejected: read },
        errors: loser.report.counts.bySeverity.error,
        warnings: loser.report.counts.bySeverity.warning,
      });
      issues.push(reason);
    }
  }

  const values: AgencyValue[] = [];
  const tasks: AgencyTask[] = [];
  const submissions: SubmissionStatus[] = [];
  for (const agency of plan.agencies) {
    const w = winners.get(agency.id);
    if (!w) {
      if (agency.reportsMonthly) {
        submissions.push({
          agencyId: agency.id,
          agencyName: agency.name,
          expected: true,
          status: 'missing',
          daysLate: 0,
          completeness: null,
          errors: 0,
          warnings: 0,
        });
        issues.push(
          issue('SUBMISSION_MISSING', {
            subject: agency.name,
            expected: period,
            params: { agencyId: agency.id },
          }),
        );
      }
      continue;
    }
    const r = w.report;
    const fileName = w.provenance.fileName;
    const accepted = r.rows.filter((x) => x.outcome === 'accepted').length;
    files.push({
      fileName,
      sha256: w.provenance.sha256,
      size: w.provenance.size,
      status: 'merged',
      agencyId: agency.id,
      period,
      ...(w.provenance.savedAt ? { savedAt: w.provenance.savedAt } : {}),
      reportDate: r.timeliness?.date ?? null,
      rows: { read: r.rows.length, merged: accepted, rejected: r.rows.length - accepted },
      errors: r.counts.bySeverity.error,
      warnings: r.counts.bySeverity.warning,
    });
    issues.push(...r.issues.map((i) => ({ ...i, file: fileName })));
    const required = r.completeness.reduce((s, c) => s + c.required, 0);
    const filled = r.completeness.reduce((s, c) => s + c.filled, 0);
    submissions.push({
      agencyId: agency.id,
      agencyName: agency.name,
      expected: agency.reportsMonthly,
      status: r.timeliness?.late ? 'late' : 'submitted',
      fileName,
      date: r.timeliness?.date ?? null,
      daysLate: r.timeliness?.daysLate ?? 0,
      completeness: required ? Math.round((filled / required) * 1000) / 10 : 100,
      errors: r.counts.bySeverity.error,
      warnings: r.counts.bySeverity.warning,
      ...(r.preparer ? { preparer: r.preparer.name, phone: r.preparer.phone } : {}),
    });
    for (const v of r.indicators) {
      values.push({
        agencyId: agency.id,
        agencyName: agency.name,
        indicatorId: v.indicatorId,
        actual: v.actual,
        yearEstimate: v.yearEstimate,
        judged: v.judged,
        inputs: v.inputs,
        checkpoint: v.checkpoint.value,
        status: v.status,
        gap: v.gap,
        fileName,
        sheet: v.sheet,
        cells: v.cells,
        notes: v.notes,
      });
    }
    for (const t of r.tasks) {
      tasks.push({
        agencyId: agency.id,
        agencyName: agency.name,
        taskId: t.taskId,
        role: t.role,
        status: t.status,
        percent: t.percent,
        overdue: t.overdue,
        results: t.results,
        proposals: t.proposals,
        fileName,
        sheet: t.sheet,
        row: t.row,
      });
    }
  }

  files.sort((a, b) => a.fileName.localeCompare(b.fileName) || a.sha256.localeCompare(b.sha256));
  const indicators = plan.indicators.map((ind) => aggregateIndicator(plan, info, ind, values));
  const taskCounts = countTasks(tasks);
  const accounting = {
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
  return {
    planId: plan.id,
    planHash: planHash(plan),
    period,
    files,
    submissions,
    indicators,
    values,
    tasks,
    taskCounts,
    issues: issues.sort(compareIssues),
    data: dataRows(plan, period, values),
    accounting,
  };
}

const savedAt = (c: Candidate) => c.provenance.savedAt ?? '';
const reportDate = (c: Candidate) => c.report.timeliness?.date ?? '';

/** Newest first: saved date-time, then report date, then file name (later name first; a deterministic last resort). */
function newestFirst(a: Candidate, b: Candidate): number {
  return (
    savedAt(b).localeCompare(savedAt(a)) ||
    reportDate(b).localeCompare(reportDate(a)) ||
    b.provenance.fileName.localeCompare(a.provenance.fileName) ||
    b.provenance.sha256.localeCompare(a.provenance.sha256)
  );
}

/** Why the loser lost, naming the rule of `newestFirst` that decided; same-time copies that differ are a warning. */
function supersededReason(winner: Candidate, loser: Candidate): Issue {
  const base = { subject: winner.agencyId, expected: winner.provenance.fileName };
  if (savedAt(winner) !== savedAt(loser)) {
    const params = { winnerDate: savedLabel(winner), ownDate: savedLabel(loser) };
    return issue('SUBMISSION_SUPERSEDED', { ...base, params });
  }
  if (reportDate(winner) !== reportDate(loser)) {
    const params = { savedAt: savedLabel(winner), winnerDate: dayLabel(winner), ownDate: dayLabel(loser) };
    return issue('SUBMISSION_SUPERSEDED_REPORT_DATE', { ...base, params });
  }
  const params = { savedAt: savedLabel(winner), reportDate: dayLabel(winner) };
  return issue('SUBMISSION_SAME_TIME_CONFLICT', { ...base, params });
}

/** A saved date-time as shown in messages: Vietnam time to the second (files store UTC), or '?' when unknown. */
function savedLabel(c: Candidate): string {
  return (c.provenance.savedAt && localDateTime(c.provenance.savedAt)) ?? '?';
}

function dayLabel(c: Candidate): string {
  const d = c.report.timeliness?.date;
  return d ? formatDateVi(d) : '?';
}

function countTasks(tasks: readonly AgencyTask[]): Consolidation['taskCounts'] {
  const counts = Object.fromEntries([...TASK_STATUSES, 'missing'].map((s) => [s, 0])) as Record<
    TaskStatus | 'missing',
    number
  >;
  let overdue = 0;
  for (const t of tasks) {
    counts[t.status ?? 'missing'] += 1;
    if (t.overdue) overdue++;
  }
  return { ...counts, overdue };
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
