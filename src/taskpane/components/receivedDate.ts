/**
 * The date Sở Tài chính received a file, as Tổng hợp's file list shows it and lets the officer confirm or correct it
 * (docs/verdicts.md, "Deadlines": lateness is judged on the date received; the pane starts from the file's own date).
 * Pure, so it is tested without a browser (tests/browser/receivedDate.test.ts).
 */
import type { SubmissionInput } from '../../core/consolidate/types';
import { formatDateVi, parseDateText } from '../../core/text/dates';
import type { ReceivedSource } from '../../core/verdict';
import type { Lang } from '../../i18n';
import { uiText, type UiKey } from '../../i18n/ui';

/** A file's received date as judged, the agency's own report date beside it, and the month it reports. */
export interface ReceivedView {
  /** ISO day lateness was judged on, or null when no date was known. */
  date: string | null;
  source: ReceivedSource | null;
  /** The agency's own report date ("Ngày báo cáo"), if it gave one. */
  reportDate: string | null;
  late: boolean;
  daysLate: number;
  /** The report's month (the received date cannot be before its data window). */
  period: string;
}

/** The received date of a file read as a template (null for a file that is not one, or of no known month). */
export function receivedView(input: SubmissionInput): ReceivedView | null {
  if (!('report' in input)) return null;
  const { identity, timeliness } = input.report;
  if (!identity || !timeliness) return null;
  const { date, source, reportDate, late, daysLate } = timeliness;
  return { date, source, reportDate, late, daysLate, period: identity.period };
}

/** A late verdict that rests on a date the officer has not confirmed: worth a look before it is reported. */
export function lateUnconfirmed(view: ReceivedView | null): boolean {
  return view !== null && view.late && view.source !== 'confirmed';
}

const SOURCE_KEY: Record<ReceivedSource, UiKey> = {
  option: 'receivedFromOption',
  receiptLog: 'receivedFromReceiptLog',
  confirmed: 'receivedFromConfirmed',
  fileTime: 'receivedFromFileTime',
  savedDate: 'receivedFromSavedDate',
  reportDate: 'receivedFromReportDate',
};

/** Where the date came from, in words ("theo ngày của tệp trên máy này, chưa xác nhận"). */
export function receivedSourceText(source: ReceivedSource, lang: Lang): string {
  return uiText(lang, SOURCE_KEY[source]);
}

/** What a received date line says: the date, where it came from, and the verdict on it. */
type Judged = Pick<ReceivedView, 'date' | 'source' | 'late' | 'daysLate'>;

/** "Ngày nhận: 20/07/2025 (theo ngày của tệp …) · muộn 3 ngày", or that no date is known. */
export function receivedLine(view: Judged, lang: Lang): string {
  if (view.date === null || view.source === null) return uiText(lang, 'receivedUnknown');
  const verdict = view.late
    ? uiText(lang, 'receivedLate', { days: view.daysLate })
    : uiText(lang, 'receivedOnTime');
  return uiText(lang, 'receivedLine', {
    date: formatDateVi(view.date),
    source: receivedSourceText(view.source, lang),
    verdict,
  });
}

/** The sentence said once the officer has set a file's received date (or gone back to the file's own). */
export function receivedChangedSentence(fileName: string, time: Judged, lang: Lang): string {
  return uiText(lang, 'receivedChanged', { file: fileName, line: receivedLine(time, lang) });
}

/** "Ngày báo cáo của cơ quan: 16/07/2025", or that the agency gave none. */
export function reportDateLine(view: ReceivedView, lang: Lang): string {
  return view.reportDate
    ? uiText(lang, 'reportDateLine', { date: formatDateVi(view.reportDate) })
    : uiText(lang, 'reportDateNone');
}

/** Why a date typed as the received date cannot be used. */
export type ReceivedProblem =
  | { kind: 'empty' }
  | { kind: 'notDate' }
  | { kind: 'tooEarly'; earliest: string }
  | { kind: 'future'; today: string };

/**
 * Reads the date the officer typed ("16/7/2025", "16-07-2025", "2025-07-16"): a real day, not after today and not
 * before the report's data window starts (a report of July's figures cannot reach Sở Tài chính in May).
 */
export function parseReceived(
  raw: string,
  bounds: { earliest: string; today: string },
): { ok: true; date: string } | { ok: false; problem: ReceivedProblem } {
  if (raw.trim() === '') return { ok: false, problem: { kind: 'empty' } };
  const date = parseDateText(raw);
  if (!date) return { ok: false, problem: { kind: 'notDate' } };
  if (date < bounds.earliest) return { ok: false, problem: { kind: 'tooEarly', earliest: bounds.earliest } };
  if (date > bounds.today) return { ok: false, problem: { kind: 'future', today: bounds.today } };
  return { ok: true, date };
}

/** The message shown at the field for a date that cannot be used; `example` is a date as it should be typed. */
export function receivedProblemText(problem: ReceivedProblem, lang: Lang, example: string): string {
  switch (problem.kind) {
    case 'empty':
      return uiText(lang, 'receivedEmpty', { example });
    case 'notDate':
      return uiText(lang, 'receivedNotDate', { example });
    case 'tooEarly':
      return uiText(lang, 'receivedTooEarly', { date: formatDateVi(problem.earliest) });
    case 'future':
      return uiText(lang, 'receivedFuture', { date: formatDateVi(problem.today) });
  }
}
