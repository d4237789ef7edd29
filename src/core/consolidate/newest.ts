/**
 * Which of an agency's files is the one consolidated — the newest — and why each other one lost: the rules in the
 * order they decide (saved instant, report date, file name, content hash), each with its own message.
 */
import { issue, type Issue } from '../issues/issue';
import { formatDateVi, instantOf } from '../text/dates';
import type { Report } from '../validate/types';
import { localDateTime } from '../validate/timeliness';
import type { Provenance } from './types';

/** A readable file of the period that competes for its agency's place. */
export interface Candidate {
  provenance: Provenance;
  report: Report;
  agencyId: string;
}

/** When the file was saved, as an instant (ms since 1970; zones taken into account), or null when unknown. */
const savedAt = (c: Candidate): number | null =>
  c.provenance.savedAt === undefined ? null : instantOf(c.provenance.savedAt);
const reportDate = (c: Candidate) => c.report.timeliness?.date ?? '';

/** Later instant first; an unknown one after every known one. */
function laterFirst(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return b - a;
}

/**
 * Newest first: saved instant (12:00+07:00 is before 06:00Z of the same day: times are compared as points in time,
 * never as text), then report date, then file name (later name first; a deterministic last resort).
 */
export function newestFirst(a: Candidate, b: Candidate): number {
  return (
    laterFirst(savedAt(a), savedAt(b)) ||
    reportDate(b).localeCompare(reportDate(a)) ||
    b.provenance.fileName.localeCompare(a.provenance.fileName) ||
    b.provenance.sha256.localeCompare(a.provenance.sha256)
  );
}

/** Why the loser lost, naming the rule of `newestFirst` that decided; same-time copies that differ are a warning. */
export function supersededReason(winner: Candidate, loser: Candidate): Issue {
  const base = { subject: winner.agencyId, expected: winner.provenance.fileName };
  if (laterFirst(savedAt(winner), savedAt(loser)) !== 0) {
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

/** A report date as shown in messages, or '?' when the file gives none. */
function dayLabel(c: Candidate): string {
  const d = c.report.timeliness?.date;
  return d ? formatDateVi(d) : '?';
}
