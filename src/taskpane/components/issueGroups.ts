/**
 * Kiểm tra's list, as data: each issue with the text the pane shows and what search matches, grouped by kind
 * (identical problems — the same code — in one group with a count), filtered by severity, sheet and typed text.
 * ISSUES_TRUNCATED (the report's note that a code was cut at its cap) joins the group of the code it counts.
 * Search looks for the typed text as one phrase, marks and case aside. Pure, so it is tested without a browser (tests/browser/issueGroups.test.ts) and memoised by the list.
 */
import type { IssueCode, Severity } from '../../core/issues/codes';
import type { Issue } from '../../core/issues/issue';
import type { Lang } from '../../i18n';
import { foldVietnamese } from '../services/agencySearch';
import { issueKind, issueText } from '../issueText';

/** One issue ready to show. */
export interface ShownIssue {
  issue: Issue;
  text: string;
  /** Folded text search looks in: the message, sheet, cell and subject. */
  haystack: string;
}

/** Identical problems: one code, with its issues in report order. */
export interface IssueGroup {
  code: IssueCode;
  severity: Severity;
  title: string;
  items: ShownIssue[];
  /** How many the report counted (more than `items` when the list was cut). */
  total: number;
  /** The report's note that not all were listed, if any. */
  truncated: ShownIssue | null;
}

/** What the list is narrowed to. */
export interface IssueFilter {
  severities: ReadonlySet<Severity>;
  /** A sheet name, or null for all. */
  sheet: string | null;
  query: string;
}

/** Text as search compares it: folded (marks and case aside), runs of spaces as one. */
function phrase(text: string): string {
  return foldVietnamese(text).replace(/\s+/g, ' ').trim();
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function shown(issue: Issue, lang: Lang): ShownIssue {
  const text = issueText(issue, lang).text;
  return {
    issue,
    text,
    haystack: phrase([text, issue.sheet, issue.cell, issue.subject].filter(Boolean).join(' ')),
  };
}

/** Groups a report's issues by code: errors first, then warnings, then notes; within those, by first appearance. */
export function groupIssues(
  issues: readonly Issue[],
  counts: Partial<Record<IssueCode, number>>,
  lang: Lang,
): IssueGroup[] {
  const groups = new Map<IssueCode, IssueGroup>();
  const group = (code: IssueCode, severity: Severity, first: ShownIssue): IssueGroup => {
    let g = groups.get(code);
    if (!g) {
      g = {
        code,
        severity,
        title: issueKind(code, lang) ?? first.text,
        items: [],
        total: 0,
        truncated: null,
      };
      groups.set(code, g);
    }
    return g;
  };
  for (const i of issues) {
    const item = shown(i, lang);
    const counted = i.code === 'ISSUES_TRUNCATED' ? (i.subject as IssueCode | undefined) : undefined;
    if (counted && counts[counted] !== undefined) {
      const g = groups.get(counted);
      if (g) g.truncated = item;
      continue;
    }
    group(i.code, i.severity, item).items.push(item);
  }
  for (const g of groups.values()) g.total = Math.max(counts[g.code] ?? 0, g.items.length);
  return [...groups.values()].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** True when the filter narrows nothing. */
export function isUnfiltered(filter: IssueFilter, present: readonly Severity[]): boolean {
  return (
    filter.sheet === null && filter.query.trim() === '' && present.every((s) => filter.severities.has(s))
  );
}

/** The groups narrowed by the filter: issues that match, groups that keep at least one. */
export function filterGroups(groups: readonly IssueGroup[], filter: IssueFilter): IssueGroup[] {
  const wanted = phrase(filter.query);
  const keep = (s: ShownIssue) =>
    (filter.sheet === null || (s.issue.sheet ?? '') === filter.sheet) && s.haystack.includes(wanted);
  const out: IssueGroup[] = [];
  for (const g of groups) {
    if (!filter.severities.has(g.severity)) continue;
    const items = g.items.filter(keep);
    if (items.length) out.push({ ...g, items });
  }
  return out;
}

/** Sheets named by the issues, in order of first appearance ("" = not on a sheet). */
export function issueSheets(issues: readonly Issue[]): string[] {
  return [...new Set(issues.filter((i) => i.code !== 'ISSUES_TRUNCATED').map((i) => i.sheet ?? ''))];
}
