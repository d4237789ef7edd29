/**
 * The consolidated workbook as SheetSpecs: overview with a chart, per-agency values with provenance, tasks,
 * submissions, issues, the indicators' trends over the months and the localities' ranking, long-format data and the
 * log — one module per sheet in ./sheets — then the stamp and the months' records (hidden).
 */
import { periodInfo } from '../plan/period';
import type { Plan } from '../plan/schema';
import type { WorkbookSpec } from '../sheet/spec';
import { consolidationStampSheet } from '../stamps/consolidation';
import { textSafety, type TextSafety } from '../text/safeText';
import { STYLES } from '../template/styles';
import type { DescribeIssue, SheetContext } from './sheets/context';
import { dataSheet } from './sheets/data';
import { recordsSheet } from './sheets/records';
import { rankingSheet } from './sheets/ranking';
import { trendsSheet } from './sheets/trends';
import { monthRecord, type MonthRecord } from './record';
import { issuesSheet } from './sheets/issues';
import { logSheet } from './sheets/log';
import { overviewSheet } from './sheets/overview';
import { provinceTasksSheet } from './sheets/provinceTasks';
import { submissionsSheet } from './sheets/submissions';
import { tasksSheet } from './sheets/tasks';
import { valuesSheet } from './sheets/values';
import type { Consolidation, DataRow } from './types';

/** Options for the workbook: when it was made and by what (shown, not used for decisions), and its words. */
export interface ConsolidationWorkbookOptions {
  generatedAt: string;
  generator: string;
  /** The Vietnamese sentence for an issue (the shell passes src/i18n's; core has no message tables). */
  describe: DescribeIssue;
  /** Data rows to show in "Dữ liệu": this period's plus earlier months kept from a previous workbook. */
  data?: readonly DataRow[];
  /** The records of other months kept from a previous workbook (this month's replaces its own). */
  records?: readonly MonthRecord[];
}

/** Builds the workbook; also returns how much agency text had to be neutralised or cut (for the log). */
export function consolidationWorkbook(
  plan: Plan,
  c: Consolidation,
  options: ConsolidationWorkbookOptions,
): { workbook: WorkbookSpec; safety: TextSafety } {
  const info = periodInfo(plan, c.period);
  const monthLabel = info ? `tháng ${info.month}/${info.year}` : c.period;
  const x: SheetContext = {
    plan,
    c,
    info,
    monthLabel,
    subtitle: `${plan.title} — kỳ ${monthLabel}`,
    pageNote: `Tổng hợp ${monthLabel}`,
    agencyName: (id) => plan.agencies.find((a) => a.id === id)?.name ?? id,
    safety: textSafety(),
    describe: options.describe,
  };
  const values = valuesSheet(x);
  const provinceTasks = provinceTasksSheet(x);
  const tasks = tasksSheet(x);
  const submissions = submissionsSheet(x);
  const issues = issuesSheet(x);
  const rows = options.data ?? c.data;
  const records = keptRecords(c, options.records ?? []);
  const data = dataSheet(x, rows);
  const trends = trendsSheet(x, rows, records);
  const ranking = rankingSheet(x, rows);
  const overview = overviewSheet(x);
  // The log goes last: its note counts the agency text every other sheet neutralised or cut.
  const log = logSheet(x, options);
  return {
    workbook: {
      sheets: [
        overview,
        values,
        provinceTasks,
        tasks,
        submissions,
        issues,
        trends,
        ranking,
        data,
        log,
        consolidationStampSheet(c),
        recordsSheet(records),
      ],
      styles: STYLES,
      properties: {
        title: `Tổng hợp báo cáo ${monthLabel}`,
        subject: plan.title,
        creator: options.generator,
        company: plan.issuer,
        created: options.generatedAt,
      },
    },
    safety: x.safety,
  };
}

/** The records the workbook keeps: every other month's as it was, and this month's anew. */
export function keptRecords(c: Consolidation, earlier: readonly MonthRecord[]): MonthRecord[] {
  return [...earlier.filter((r) => r.period !== c.period), monthRecord(c)].sort((a, b) =>
    a.period.localeCompare(b.period),
  );
}
