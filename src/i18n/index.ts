/**
 * Messages by code in Vietnamese (default) and English: issues and plan problems, and the helpers every message
 * table uses. Core never imports this: shells pass `issueMessage` in where core needs words (see docs/design.md).
 * CLI lines are in ./cli, task-pane text in ./ui, so neither shell bundles the other's words.
 */
import type { Issue, IssueValue } from '../core/issues/issue';
import type { PlanProblem } from '../core/plan/problems';
import { issuesEn, planProblemsEn } from './en';
import { issuesVi, planProblemsVi } from './vi';

/** Supported languages. */
export type Lang = 'vi' | 'en';

/** The languages, default first. */
export const LANGS: readonly Lang[] = ['vi', 'en'];

/** Narrows a string to a language, or null. */
export function asLang(value: string | undefined): Lang | null {
  return value === 'vi' || value === 'en' ? value : null;
}

/** From this size on, numbers are written in scientific notation (1E308), not as hundreds of digits. */
const SCIENTIFIC_FROM = 1e15;

/** A number as the language writes it: 1.234,5 in Vietnamese, 1,234.5 in English; huge ones as 1,5E20 / 1.5E20. */
export function formatNumber(n: number, lang: Lang, maxFractionDigits = 2): string {
  const huge = Math.abs(n) >= SCIENTIFIC_FROM;
  return new Intl.NumberFormat(
    lang === 'vi' ? 'vi-VN' : 'en-US',
    huge
      ? { notation: 'scientific', maximumSignificantDigits: 6 }
      : { maximumFractionDigits: maxFractionDigits },
  ).format(n);
}

const BLANK: Record<Lang, string> = { vi: '(trống)', en: '(blank)' };

/** A found/expected value for a message; a blank one is named, so a message never quotes "" at the user. */
function show(value: IssueValue | undefined, lang: Lang): string {
  if (value === undefined || value === null) return '';
  if (value === '') return BLANK[lang];
  if (typeof value === 'number') return formatNumber(value, lang, 4);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value;
}

/** Replaces {name} placeholders; unknown placeholders are left visible rather than silently dropped. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? (values[name] ?? '') : whole,
  );
}

/** The values an issue's message may use ({sheet}, {cell}, {found} …, its params), written as the language writes them. */
export function issueValues(issue: Issue, lang: Lang): Record<string, string> {
  const values: Record<string, string> = {
    sheet: issue.sheet ?? '',
    cell: issue.cell ?? '',
    subject: issue.subject ?? '',
    file: issue.file ?? '',
    found: show(issue.found, lang),
    expected: show(issue.expected, lang),
  };
  for (const [k, v] of Object.entries(issue.params ?? {}))
    values[k] = typeof v === 'number' ? formatNumber(v, lang, 4) : (PARAM_WORDS[k]?.[lang][v] ?? v);
  return values;
}

/** Params that carry a code (data), shown in words: where a received date came from, which value was amended. */
const PARAM_WORDS: Record<string, Record<Lang, Record<string, string>>> = {
  field: {
    vi: { target: 'kế hoạch năm', tolerance: 'ngưỡng gần đạt' },
    en: { target: 'the annual target', tolerance: 'the tolerance' },
  },
  receivedSource: {
    vi: {
      option: 'ngày nhận nhập khi kiểm tra',
      receiptLog: 'theo sổ theo dõi nhận báo cáo',
      confirmed: 'ngày nhận đã xác nhận',
      fileTime: 'theo ngày của tệp nhận được',
      savedDate: 'theo ngày lưu tệp, chưa có ngày nhận',
      reportDate: 'theo ngày báo cáo ghi trong tệp, chưa có ngày nhận',
    },
    en: {
      option: 'the received date given when checking',
      receiptLog: 'from the receipt log',
      confirmed: 'the received date confirmed',
      fileTime: 'from the received file’s date',
      savedDate: 'from the saved date; no received date',
      reportDate: 'from the report date in the file; no received date',
    },
  },
};

/** The message for an issue in a language. */
export function issueMessage(issue: Issue, lang: Lang): string {
  return fill((lang === 'vi' ? issuesVi : issuesEn)[issue.code], issueValues(issue, lang));
}

/** What is wrong, without where (e.g. "cơ quan "x" không có trong danh sách cơ quan"). */
export function planProblemText(problem: PlanProblem, lang: Lang): string {
  const table = lang === 'vi' ? planProblemsVi : planProblemsEn;
  const template = table[problem.code] ?? problem.code;
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(problem.params)) values[k] = String(v);
  return fill(template, values);
}

/** Severity names for display. */
export const SEVERITY_LABEL: Record<Lang, Record<'error' | 'warning' | 'info', string>> = {
  vi: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' },
  en: { error: 'Error', warning: 'Warning', info: 'Info' },
};
