/**
 * An issue as the pane shows it: the shared message (src/i18n, by code), or for codes whose shared message names
 * internal things a plain sentence, with the technical part kept for "Chi tiết" (src/i18n/uiIssues.ts).
 */
import type { Issue, IssueValue } from '../core/issues/issue';
import { fill, issueMessage, issueValues, type Lang } from '../i18n';
import { ISSUE_KIND, PANE_ISSUE_DETAIL, PANE_ISSUE_TEXT } from '../i18n/uiIssues';
import { monthText } from './text';

/** What the pane says about an issue. */
export interface IssueText {
  text: string;
  /** The technical part, for "Chi tiết"; null when there is none. */
  detail: string | null;
}

const PERIOD = /^\d{4}-\d{2}$/;

/** The shared message values, plus what the pane's sentences add: months in words. */
function values(issue: Issue, lang: Lang): Record<string, string> {
  const out = issueValues(issue, lang);
  const month = (v: IssueValue | undefined, shown: string) =>
    typeof v === 'string' && PERIOD.test(v) ? monthText(v, lang) : shown;
  return {
    ...out,
    foundMonth: month(issue.found, out.found ?? ''),
    expectedMonth: month(issue.expected, out.expected ?? ''),
  };
}

/** The pane's text for an issue, in a language. */
export function issueText(issue: Issue, lang: Lang): IssueText {
  const plain = PANE_ISSUE_TEXT[lang][issue.code];
  if (!plain) return { text: issueMessage(issue, lang), detail: null };
  const v = values(issue, lang);
  const detail = PANE_ISSUE_DETAIL[lang][issue.code];
  return { text: fill(plain, v), detail: detail ? fill(detail, v) : null };
}

/** The short name of an issue's kind (the title of its group), or null when the code has none. */
export function issueKind(code: Issue['code'], lang: Lang): string | null {
  return ISSUE_KIND[lang][code] ?? null;
}
