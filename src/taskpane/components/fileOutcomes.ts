/**
 * Each chosen file in Tổng hợp as one outcome and one plain reason: how far reading got, and once consolidated what
 * the consolidation did with it (core/consolidate's FileEntry). A file that was read but turned out unusable is
 * "rejected", never "read"; the neutral "read" is only for a usable file before the consolidation is made. A file
 * merged but late on a date nobody confirmed needs a look: the officer confirms or corrects the date received.
 * Pure, so it is tested without a browser (tests/browser/fileOutcomes.test.ts).
 */
import type { Consolidation, FileEntry, SubmissionInput } from '../../core/consolidate/types';
import type { Issue } from '../../core/issues/issue';
import type { Lang } from '../../i18n';
import { uiText } from '../../i18n/ui';
import type { ChosenFile } from '../hooks/useSubmissionQueue';
import { issueText } from '../issueText';
import { monthText } from '../text';
import { lateUnconfirmed, receivedView, type ReceivedView } from './receivedDate';

/** What happened to a file, as its badge says. */
export type Outcome =
  | 'queued'
  | 'reading'
  | 'read'
  | 'notRead'
  | 'unreadable'
  | 'rejected'
  | 'merged'
  | 'mergedWithErrors'
  | 'mergedLate'
  | 'superseded'
  | 'duplicate'
  | 'otherPeriod'
  | 'otherPlan';

/** One row of the file list. */
export interface FileView {
  id: number;
  name: string;
  outcome: Outcome;
  reason: string;
  /** Technical detail of the reason, for "Chi tiết"; null when none. */
  detail: string | null;
  /** Shown in the list collapsed to the files that need a look. */
  needsAttention: boolean;
  /** Can be removed from the list (not while it is being read). */
  removable: boolean;
  /** The date the file was received and judged on, for a template of a known month (null otherwise). */
  received: ReceivedView | null;
}

const CALM: ReadonlySet<Outcome> = new Set(['queued', 'reading', 'read', 'merged']);

/** Outcomes whose received date matters: the file is, or is about to be, the agency's report of the month. */
const DATED: ReadonlySet<Outcome> = new Set(['read', 'merged', 'mergedWithErrors', 'mergedLate']);

const STATUS_OUTCOME: Record<FileEntry['status'], Outcome> = {
  merged: 'merged',
  superseded: 'superseded',
  duplicate: 'duplicate',
  otherPeriod: 'otherPeriod',
  otherPlan: 'otherPlan',
  rejected: 'rejected',
};

/** The consolidation's entry for each chosen file (files are matched by name and content; twins in order). */
function entriesByFile(files: readonly ChosenFile[], c: Consolidation | null): Map<number, FileEntry> {
  const out = new Map<number, FileEntry>();
  if (!c) return out;
  const byKey = new Map<string, FileEntry[]>();
  for (const e of c.files) {
    const key = `${e.fileName}\u0000${e.sha256}`;
    byKey.set(key, [...(byKey.get(key) ?? []), e]);
  }
  // Of identical files the first chosen is the one counted: duplicates go to the later ones.
  for (const list of byKey.values())
    list.sort((a, b) => Number(a.status === 'duplicate') - Number(b.status === 'duplicate'));
  for (const f of files) {
    if (!f.input) continue;
    const p = f.input.provenance;
    const entry = byKey.get(`${p.fileName}\u0000${p.sha256}`)?.shift();
    if (entry) out.set(f.id, entry);
  }
  return out;
}

/** Outcome, reason and detail of a file that was read, with its consolidation entry once there is one. */
function readView(input: SubmissionInput, entry: FileEntry | undefined, lang: Lang) {
  const fromIssue = (outcome: Outcome, problem: Issue | null | undefined) => {
    const said = problem ? issueText(problem, lang) : null;
    return { outcome, reason: said?.text ?? '', detail: said?.detail ?? null };
  };
  if ('readFailure' in input) return fromIssue('unreadable', input.readFailure);
  const id = input.report.identity;
  const status: Outcome = entry ? STATUS_OUTCOME[entry.status] : id ? 'read' : 'rejected';
  if (id && (status === 'merged' || status === 'read')) {
    const who = { agency: id.agencyName, month: monthText(id.period, lang) };
    if (entry && entry.errors > 0) {
      const counts = { ...who, errors: entry.errors, warnings: entry.warnings };
      return {
        outcome: 'mergedWithErrors' as const,
        reason: uiText(lang, 'reasonWithIssues', counts),
        detail: null,
      };
    }
    // Late: the badge says so, the date line under it says on which date; asked to confirm while nobody has.
    const time = input.report.timeliness;
    if (status === 'merged' && time?.late) {
      const key = time.source === 'confirmed' ? 'reasonIdentity' : 'reasonLateUnconfirmed';
      return { outcome: 'mergedLate' as const, reason: uiText(lang, key, who), detail: null };
    }
    return { outcome: status, reason: uiText(lang, 'reasonIdentity', who), detail: null };
  }
  // Without an identity the report's first error says why (no stamp, another plan …).
  return fromIssue(status, entry?.reason ?? input.report.issues.find((i) => i.severity === 'error'));
}

/** The rows of the file list, in the order the files were chosen. */
export function fileViews(files: readonly ChosenFile[], c: Consolidation | null, lang: Lang): FileView[] {
  const entries = entriesByFile(files, c);
  return files.map((f) => {
    const base = { id: f.id, name: f.file.name, removable: f.state !== 'reading', received: null };
    if (f.state !== 'read' || !f.input) {
      const outcome: Outcome = f.state === 'read' ? 'queued' : f.state;
      const reason = uiText(lang, outcome === 'notRead' ? 'reasonNotRead' : 'reasonWaiting');
      return {
        ...base,
        outcome,
        reason: outcome === 'reading' ? '' : reason,
        detail: null,
        needsAttention: outcome === 'notRead',
      };
    }
    const view = readView(f.input, entries.get(f.id), lang);
    const received = DATED.has(view.outcome) ? receivedView(f.input) : null;
    const calm = CALM.has(view.outcome) || (view.outcome === 'mergedLate' && !lateUnconfirmed(received));
    return { ...base, ...view, received, needsAttention: !calm };
  });
}
