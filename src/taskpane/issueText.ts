/**
 * An issue as the pane shows it: the shared message (src/i18n, by code), or for codes whose shared message names
 * internal things a plain sentence, with the technical part kept for "Chi tiết" (src/i18n/uiIssues.ts).
 */
import type { Issue, IssueValue } from '../core/issues/issue';
import { fill, formatNumber, issueMessage, type Lang } from '../i18n';
import { ISSUE_KIND, PANE_ISSUE_DETAIL, PANE_ISSUE_TEXT } from '../i18n/uiIssues';
import { uiText } from '../i18n/ui';
import { PLAN } from './plan';
import { monthText } from './text';

/** What the pane says about an issue. */
export interface IssueText {
  text: string;
  /** The technical part, for "Chi tiết"; null when there is none. */
  detail: string | null;
}

const PERIOD = /^\d{4}-\d{2}$/;

/** A found/expected value as the shared messages show it ("(trống)" for blank, numbers in the language's way). */
function shown(value: IssueValue | undefined, lang: Lang): string {
  if (value === undefined || value === null) return '';
  if (value === '') return uiText(lang, 'blankValue');
  if (typeof value === 'number') return formatNumber(value, lang, 4);
  return String(value);
}

/** The values a pane sentence may use. */
function values(issue: Issue, lang: Lang): Record<string, string> {
  const out: Record<string, string> = {
    sheet: issue.sheet ?? '',
    cell: issue.cell ?? '',
    subject: issue.subject ?? '',
    file: issue.file ?? '',
    found: shown(issue.found, lang),
    expected: shown(issue.expected, lang),
    planYear: String(PLAN.year),
  };
  for (const [k, v] of Object.entries(issue.params ?? {}))
    out[k] = typeof v === 'number' ? formatNumber(v, lang, 4) : v;
  const month = (v: IssueValue | undefined) =>
    typeof v === 'string' && PERIOD.test(v) ? monthText(v, lang) : shown(v, lang);
  out.foundMonth = month(issue.found);
  out.expectedMonth = month(issue.expected);
  return out;
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
