/** When a report reached Sở Tài chính, and whether that was on time — docs/verdicts.md, rows D1–D7. */
import { daysBetween, isoFromParts } from '../text/dates';

/** Where the received date came from, most trusted first. */
export const RECEIVED_SOURCES = [
  'option',
  'receiptLog',
  'confirmed',
  'fileTime',
  'savedDate',
  'reportDate',
] as const;

/** A source of the received date. */
export type ReceivedSource = (typeof RECEIVED_SOURCES)[number];

/** A candidate date of receipt (ISO day, Vietnam time) and where it came from. */
export interface ReceivedDate {
  date: string;
  source: ReceivedSource;
}

/** The candidate with the most trusted source; null when there is none. */
export function chooseReceived(
  candidates: readonly (ReceivedDate | null | undefined)[],
): ReceivedDate | null {
  const known = candidates.filter((c): c is ReceivedDate => Boolean(c));
  return (
    known.sort((a, b) => RECEIVED_SOURCES.indexOf(a.source) - RECEIVED_SOURCES.indexOf(b.source))[0] ?? null
  );
}

/**
 * The last day a report is on time: the due day itself when inclusive ("chậm nhất ngày 18"), the day before when
 * not ("trước ngày 18": the 17th). Null when the day does not exist in that month.
 */
export function lastOnTimeDate(
  year: number,
  month: number,
  dueDay: number,
  inclusive: boolean,
): string | null {
  const stated = isoFromParts(year, month, dueDay);
  if (!stated) return null;
  if (inclusive) return stated;
  return new Date(Date.parse(`${stated}T00:00:00Z`) - 86400000).toISOString().slice(0, 10);
}

/** A report date further than this from the received date is worth a note. */
export const DATES_DIFFER_DAYS = 3;

/** The timeliness verdict of one submission. */
export interface TimelinessVerdict {
  received: ReceivedDate | null;
  late: boolean;
  daysLate: number;
  /** Days between the agency's report date and the received date, when both are known and they differ by more than DATES_DIFFER_DAYS. */
  datesDiffer: number | null;
}

/** Late when received after the last day on time; the report date is compared with the received date for a note. */
export function judgeTimeliness(
  received: ReceivedDate | null,
  reportDate: string | null,
  lastOnTime: string,
): TimelinessVerdict {
  const daysLate = received ? Math.max(0, daysBetween(lastOnTime, received.date)) : 0;
  const apart =
    received && reportDate && received.source !== 'reportDate'
      ? Math.abs(daysBetween(reportDate, received.date))
      : 0;
  return { received, late: daysLate > 0, daysLate, datesDiffer: apart > DATES_DIFFER_DAYS ? apart : null };
}
