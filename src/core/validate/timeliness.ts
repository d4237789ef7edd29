/** When a submission reached Sở Tài chính, and the agency's own report date beside it. */
import { dueWords, type PeriodInfo } from '../plan/period';
import { cellText, isBlank } from '../snapshot/cells';
import type { SnapshotCell, WorkbookSnapshot } from '../snapshot/types';
import { formatDateVi, instantOf, parseDateText, serialToIso } from '../text/dates';
import { chooseReceived, judgeTimeliness, type ReceivedDate } from '../verdict';
import { REPORT_DATE_LABEL, SHEETS } from '../template/model';
import type { IssueCode } from '../issues/codes';
import { issue, type Issue } from '../issues/issue';
import { labelledCell } from './labelledCell';
import type { Timeliness } from './types';

/** Vietnam's offset from UTC in hours (no daylight saving): saved times are UTC, due dates are local days. */
const VIETNAM_UTC_OFFSET_HOURS = 7;

/** Local (Vietnam) calendar day of an ISO date-time in UTC. */
export function localDay(isoDateTime: string): string | null {
  return vietnamIso(isoDateTime)?.slice(0, 10) ?? null;
}

/** An ISO date-time in UTC as Vietnamese read it: local (Vietnam) time, "dd/mm/yyyy hh:mm:ss"; null if not a date. */
export function localDateTime(isoDateTime: string): string | null {
  const local = vietnamIso(isoDateTime);
  return local === null ? null : `${formatDateVi(local.slice(0, 10))} ${local.slice(11, 19)}`;
}

/** An ISO date-time (UTC when it has no offset) shifted to Vietnam time, still in ISO form; null if not a date. */
function vietnamIso(isoDateTime: string): string | null {
  const t = instantOf(isoDateTime);
  return t === null ? null : new Date(t + VIETNAM_UTC_OFFSET_HOURS * 3600000).toISOString();
}

/** The timeliness rule as a newcomer reads it. */
export const timelinessRule = {
  summary:
    'The date Sở Tài chính received the file (else the saved date, then the report date) is on or before the last day on time; the report date is read, noted when far from the received date, and flagged when before the data window ends.',
  codes: [
    'SUBMISSION_LATE',
    'REPORT_DATE_MISSING',
    'REPORT_DATE_INVALID',
    'REPORT_DATE_EARLY',
    'REPORT_DATE_FAR_FROM_RECEIVED',
    'SUBMISSION_DATE_UNKNOWN',
  ] as const satisfies readonly IssueCode[],
};

/**
 * Judges lateness on the date received (docs/verdicts.md, "Deadlines"): the date the shell knows (option, receipt
 * log, the officer's confirmation, the file's time), else the workbook's saved date, else the agency's report date.
 */
export function checkTimeliness(
  snapshot: WorkbookSnapshot,
  info: PeriodInfo,
  received: ReceivedDate | null = null,
): { timeliness: Timeliness; issues: Issue[] } {
  const report = readReportDate(snapshot, info);
  const issues = [...report.issues];
  const saved = snapshot.properties.modified ? localDay(snapshot.properties.modified) : null;
  const chosen = chooseReceived([
    received,
    saved ? { date: saved, source: 'savedDate' } : null,
    report.date ? { date: report.date, source: 'reportDate' } : null,
  ]);
  const verdict = judgeTimeliness(chosen, report.date, info.dueDate);
  const at = chosen?.source === 'reportDate' && report.at ? report.at : {};
  if (!chosen) issues.push(issue('SUBMISSION_DATE_UNKNOWN', {}));
  else if (verdict.late)
    issues.push(
      issue('SUBMISSION_LATE', {
        ...at,
        found: formatDateVi(chosen.date),
        expected: dueWords(info),
        params: { days: verdict.daysLate, receivedSource: chosen.source },
      }),
    );
  if (chosen && report.date && verdict.datesDiffer !== null)
    issues.push(
      issue('REPORT_DATE_FAR_FROM_RECEIVED', {
        ...(report.at ?? {}),
        found: formatDateVi(report.date),
        expected: formatDateVi(chosen.date),
        params: { days: verdict.datesDiffer },
      }),
    );
  const timeliness: Timeliness = {
    date: chosen?.date ?? null,
    source: chosen?.source ?? null,
    reportDate: report.date,
    dueDate: info.dueDate,
    late: verdict.late,
    daysLate: verdict.daysLate,
  };
  return { timeliness, issues };
}

/** The agency's report date ("Ngày báo cáo"), with the issues reading it raised and where it is. */
function readReportDate(
  snapshot: WorkbookSnapshot,
  info: PeriodInfo,
): { date: string | null; at: { sheet: string; cell: string } | null; issues: Issue[] } {
  const found = labelledCell(snapshot, REPORT_DATE_LABEL);
  const at = found ? { sheet: found.sheet, cell: found.address } : null;
  if (!found || found.cell === null || isBlank(found.cell)) {
    const missing = issue('REPORT_DATE_MISSING', {
      sheet: SHEETS.instructions,
      ...(at ? { cell: at.cell } : {}),
    });
    return { date: null, at, issues: [missing] };
  }
  const date = dateOf(found.cell);
  if (!date)
    return { date, at, issues: [issue('REPORT_DATE_INVALID', { ...at, found: cellText(found.cell) })] };
  // Figures are "as of" the window's end: a report dated before it is most likely a typo (still shown as given).
  const early =
    date < info.windowEnd
      ? [
          issue('REPORT_DATE_EARLY', {
            ...at,
            found: formatDateVi(date),
            expected: formatDateVi(info.windowEnd),
          }),
        ]
      : [];
  return { date, at, issues: early };
}

/** A date from a date cell, a plausible serial number, or text like "17/7/2025". */
export function dateOf(cell: SnapshotCell): string | null {
  switch (cell.t) {
    case 'd':
      return cell.v.slice(0, 10);
    case 'n':
      // A serial without a date format (e.g. typed into a General cell): accept years 2000–2099.
      return cell.v >= 36526 && cell.v < 73051 ? serialToIso(cell.v) : null;
    case 's':
      return cell.v.trim() === '' ? null : parseDateText(cell.v);
    default:
      return null;
  }
}
