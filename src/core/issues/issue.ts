/** The issue model: user-data problems as plain data, with a stable code and the exact place. */
import { ISSUE_CODES, ISSUE_SEVERITY, type IssueCode, type Severity } from './codes';

/** A value as found in, or expected for, a cell. */
export type IssueValue = string | number | boolean | null;

/** One problem (or note) about user data. Messages are rendered from `code` by src/i18n. */
export interface Issue {
  code: IssueCode;
  severity: Severity;
  /** File name the issue is about (set by shells and consolidation, not by validate). */
  file?: string;
  sheet?: string;
  /** A1 address or range. */
  cell?: string;
  /** Indicator or task id, or agency id for submission-level issues. */
  subject?: string;
  found?: IssueValue;
  expected?: IssueValue;
  /** Extra values the message template uses (e.g. `{ days: 3 }`). */
  params?: Record<string, string | number>;
}

/** The fields of an issue other than its code and severity. */
export type IssueFields = Omit<Issue, 'code' | 'severity'>;

/** Builds an issue; the severity comes from the code, so it is the same everywhere. */
export function issue(code: IssueCode, fields: IssueFields = {}): Issue {
  const out: Issue = { code, severity: ISSUE_SEVERITY[code] };
  for (const [k, v] of Object.entries(fields) as [keyof IssueFields, unknown][]) {
    if (v !== undefined) (out as unknown as Record<string, unknown>)[k] = v;
  }
  return out;
}

/** Counts of issues by severity. */
export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
}

/** Counts issues by severity. */
export function countBySeverity(issues: readonly Issue[]): SeverityCounts {
  const out: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const i of issues) out[i.severity] += 1;
  return out;
}

/** Counts issues by code, only codes that occur, in the stable code order. */
export function countByCode(issues: readonly Issue[]): Partial<Record<IssueCode, number>> {
  const raw = new Map<IssueCode, number>();
  for (const i of issues) raw.set(i.code, (raw.get(i.code) ?? 0) + 1);
  const out: Partial<Record<IssueCode, number>> = {};
  for (const code of ISSUE_CODES) {
    const n = raw.get(code);
    if (n) out[code] = n;
  }
  return out;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Stable order for display: severity, then sheet, then row/column of the cell, then code. */
export function compareIssues(a: Issue, b: Issue): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    (a.file ?? '').localeCompare(b.file ?? '') ||
    (a.sheet ?? '').localeCompare(b.sheet ?? '') ||
    cellOrder(a.cell) - cellOrder(b.cell) ||
    a.code.localeCompare(b.code) ||
    (a.subject ?? '').localeCompare(b.subject ?? '')
  );
}

function cellOrder(cell: string | undefined): number {
  if (!cell) return -1;
  const m = /^([A-Z]+)(\d+)/.exec(cell);
  if (!m) return -1;
  let col = 0;
  for (const ch of m[1] ?? '') col = col * 26 + ch.charCodeAt(0) - 64;
  return Number(m[2]) * 20000 + col;
}

/**
 * Caps how many issues of one code a report lists: past `perCode`, the rest are counted in one
 * ISSUES_TRUNCATED issue per code, so nothing is dropped silently and a hostile file cannot flood a report.
 */
export function capIssues(issues: readonly Issue[], perCode: number): Issue[] {
  const seen = new Map<IssueCode, number>();
  const out: Issue[] = [];
  for (const i of issues) {
    const n = (seen.get(i.code) ?? 0) + 1;
    seen.set(i.code, n);
    if (n <= perCode) out.push(i);
  }
  for (const [code, n] of seen) {
    if (n > perCode) {
      out.push(
        issue('ISSUES_TRUNCATED', {
          subject: code,
          params: { code, shown: perCode, total: n, omitted: n - perCode },
        }),
      );
    }
  }
  return out;
}
