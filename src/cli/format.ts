/** Human-readable output of validation reports: a summary line per file, issues grouped by sheet with cells. */
import type { Issue } from '../core/issues/issue';
import { FILE_CODES } from '../core/issues/codes';
import { completenessOf } from '../core/validate/completeness';
import type { Report } from '../core/validate/types';
import { issueMessage, SEVERITY_LABEL, type Lang } from '../i18n';
import { cliText } from '../i18n/cli';

/** How many issues of one code are printed per file before "… and N more" (the JSON output has them all). */
const PRINT_PER_CODE = 20;

/** True when the issue means the file could not be read at all. */
export function isReadFailure(i: Issue): boolean {
  return FILE_CODES.includes(i.code);
}

/** Lines for one file's report. */
export function formatReport(
  fileName: string,
  report: Report | null,
  readFailure: Issue | null,
  lang: Lang,
): string[] {
  if (readFailure || !report) {
    const i = readFailure as Issue;
    return [`${fileName}: ${SEVERITY_LABEL[lang].error}: ${issueMessage(i, lang)}`];
  }
  const b = report.counts.bySeverity;
  const lines: string[] = [];
  if (report.identity) {
    const t = report.timeliness;
    const timeliness =
      !t || t.date === null
        ? cliText(lang, 'dateUnknown')
        : t.late
          ? cliText(lang, 'late', { days: t.daysLate })
          : cliText(lang, 'onTime');
    lines.push(
      cliText(lang, 'fileSummary', {
        file: fileName,
        agency: report.identity.agencyName,
        period: report.identity.period,
        errors: b.error,
        warnings: b.warning,
        infos: b.info,
        complete: completenessOf(report.completeness).percent,
        timeliness,
      }),
    );
  } else {
    lines.push(cliText(lang, 'fileSummaryUnknown', { file: fileName, errors: b.error, warnings: b.warning }));
  }
  const bySheet = new Map<string, Issue[]>();
  for (const i of report.issues) {
    const key = i.sheet ?? '';
    bySheet.set(key, [...(bySheet.get(key) ?? []), i]);
  }
  for (const [sheet, issues] of bySheet) {
    lines.push(sheet ? cliText(lang, 'sheetHeading', { sheet }) : cliText(lang, 'generalHeading'));
    const shown = new Map<string, number>();
    for (const i of issues) {
      const n = (shown.get(i.code) ?? 0) + 1;
      shown.set(i.code, n);
      if (n <= PRINT_PER_CODE)
        lines.push(
          `    ${SEVERITY_LABEL[lang][i.severity]}${i.cell ? ` ${i.cell}` : ''}: ${issueMessage(i, lang)}`,
        );
    }
    for (const [code, n] of shown)
      if (n > PRINT_PER_CODE) lines.push(cliText(lang, 'moreOfCode', { count: n - PRINT_PER_CODE, code }));
  }
  if (report.indicators.length) {
    const count = (s: string) => report.indicators.filter((r) => r.status === s).length;
    lines.push(
      cliText(lang, 'statusLine', {
        met: count('met'),
        near: count('near'),
        missed: count('missed'),
        other: report.indicators.length - count('met') - count('near') - count('missed'),
      }),
    );
  }
  return lines;
}

/** The JSON form of one file's report: agency, period, issues with messages, indicator results with status. */
export function reportJson(
  fileName: string,
  sha256: string,
  report: Report | null,
  readFailure: Issue | null,
  lang: Lang,
) {
  const withMessage = (i: Issue) => ({ ...i, file: fileName, message: issueMessage(i, lang) });
  if (readFailure || !report) {
    return { file: fileName, sha256, readable: false, issues: readFailure ? [withMessage(readFailure)] : [] };
  }
  return {
    file: fileName,
    sha256,
    readable: true,
    agency: report.identity?.agencyId ?? null,
    agencyName: report.identity?.agencyName ?? null,
    period: report.identity?.period ?? null,
    counts: report.counts,
    completeness: report.completeness,
    timeliness: report.timeliness,
    issues: report.issues.map(withMessage),
    indicators: report.indicators.map((r) => ({
      id: r.indicatorId,
      status: r.status,
      actual: r.actual,
      yearEstimate: r.yearEstimate,
      judged: r.judged,
      basis: r.basis,
      checkpoint: r.checkpoint,
      gap: r.gap,
      percentOfCheckpoint: r.percentOfCheckpoint,
      inputs: r.inputs,
      cells: r.cells,
    })),
    tasks: report.tasks.map((t) => ({
      id: t.taskId,
      status: t.status,
      percent: t.percent,
      overdue: t.overdue,
    })),
  };
}
