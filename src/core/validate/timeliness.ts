/** When a submission was made: the report-date cell the template provides, else the workbook's saved date. */
import type { PeriodInfo } from '../plan/period';
import { cellText, isBlank } from '../snapshot/cells';
import type { SnapshotCell, WorkbookSnapshot } from '../snapshot/types';
import { daysBetween, formatDateVi, parseDateText, serialToIso } from '../text/dates';
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
  const t = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(isoDateTime) ? isoDateTime : `${isoDateTime}Z`);
  return Number.isNaN(t) ? null : new Date(t + VIETNAM_UTC_OFFSET_HOURS * 3600000).toISOString();
}

/** The timeliness rule as a newcomer reads it. */
export const timelinessRule = {
  summary:
    'The report date (else the date the file was saved) is on or before the due date; a date before the data window ends is a likely typo.',
  codes: [
    'SUBMISSION_LATE',
    'REPORT_DATE_MISSING',
    'REPORT_DATE_INVALID',
    'REPORT_DATE_EARLY',
    'SUBMISSION_DATE_UNKNOWN',
  ] as const satisfies readonly IssueCode[],
};

/**
 * Finds the report date and judges lateness at day granularity against the period's due date; a report date before
 * the data window ends is flagged as a likely typo.
 */
export function checkTimeliness(
  snapshot: WorkbookSnapshot,
  info: PeriodInfo,
): { timeliness: Timeliness; issues: Issue[] } {
  const issues: Issue[] = [];
  let date: string | null = null;
  let source: Timeliness['source'] = null;

  const found = labelledCell(snapshot, REPORT_DATE_LABEL);
  if (found && found.cell !== null && !isBlank(found.cell)) {
    date = dateOf(found.cell);
    if (date && date < info.windowEnd) {
      // Figures are "as of" the window's end: a report dated before it is most likely a typo (still judged as given).
      issues.push(
        issue('REPORT_DATE_EARLY', {
          sheet: found.sheet,
          cell: found.address,
          found: formatDateVi(date),
          expected: formatDateVi(info.windowEnd),
        }),
      );
    }
    if (date) source = 'reportDate';
    else
      issues.push(
        issue('REPORT_DATE_INVALID', {
          sheet: found.sheet,
          cell: found.address,
          found: cellText(found.cell),
        }),
      );
  }
  if (!date) {
    const saved = snapshot.properties.modified ? localDay(snapshot.properties.modified) : null;
    if (saved) {
      date = saved;
      source = 'savedDate';
      if (!found || isBlank(found.cell)) {
        issues.push(
          issue('REPORT_DATE_MISSING', {
            sheet: SHEETS.instructions,
            ...(found ? { cell: found.address } : {}),
            found: formatDateVi(saved),
          }),
        );
      }
    } else {
      issues.push(issue('SUBMISSION_DATE_UNKNOWN', {}));
    }
  }
  const daysLate = date ? Math.max(0, daysBetween(info.dueDate, date)) : 0;
  if (date && daysLate > 0) {
    issues.push(
      issue('SUBMISSION_LATE', {
        ...(source === 'reportDate' && found ? { sheet: found.sheet, cell: found.address } : {}),
        found: formatDateVi(date),
        expected: formatDateVi(info.dueDate),
        params: { days: daysLate },
      }),
    );
  }
  return { timeliness: { date, source, dueDate: info.dueDate, late: daysLate > 0, daysLate }, issues };
}

/** A date from a date cell, a plausible serial number, or text like "17/7/2025". */
function dateOf(cell: SnapshotCell): string | null {
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
