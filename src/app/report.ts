/**
 * Dự thảo báo cáo for both shells: the monthly report's document model, from a consolidated workbook (the CLI's
 * `chitieu report`) or from the consolidation just made and the open workbook's earlier months (the pane) — the same
 * record and the same data rows either way, so both give the same document. The shells write it (src/docx) and do
 * the I/O.
 */
import { accumulateData } from '../core/consolidate/data';
import { monthRecord, type MonthRecord } from '../core/consolidate/record';
import type { PreviousDataProblem } from '../core/consolidate/sheets/data';
import type { Consolidation, DataRow } from '../core/consolidate/types';
import { keptRecords } from '../core/consolidate/workbook';
import { monthlyReport, type ReportOptions } from '../core/report/content';
import type { DocumentModel } from '../core/report/document';
import type { WorkbookSnapshot } from '../core/snapshot/types';
import { consolidationStamp } from '../core/stamps/consolidation';
import { earlierData, mergedKeys, type EarlierData } from './consolidation';
import type { PlanContext } from './plan';

/** Why a workbook gives no report for the month. */
export type ReportProblem =
  | PreviousDataProblem
  /** No record of the month: `periods` are the months it has; `dataOnly` when "Dữ liệu" has the month (an older workbook). */
  | { kind: 'noPeriod'; period: string; periods: string[]; dataOnly: boolean };

/** A report drafted: its model, its file name, and whether the plan changed since the month was consolidated. */
export interface DraftedReport {
  model: DocumentModel;
  fileName: string;
  /** The plan's content differs from the one the month was judged with: names and targets are today's. */
  planChanged: boolean;
}

/** The draft's file name: bao-cao_2025-07.docx. */
export function reportFileName(period: string): string {
  return `bao-cao_${period}.docx`;
}

/** The month a report is for by default: the workbook's own (its stamp's), else null. */
export function workbookPeriod(snapshot: WorkbookSnapshot): string | null {
  return consolidationStamp(snapshot)?.['period'] ?? null;
}

function drafted(
  ctx: PlanContext,
  record: MonthRecord,
  data: readonly DataRow[],
  others: readonly MonthRecord[],
  options: ReportOptions,
): DraftedReport {
  return {
    model: monthlyReport({ plan: ctx.plan, record, data, records: others }, options),
    fileName: reportFileName(record.period),
    planChanged: record.planHash !== ctx.hash,
  };
}

/**
 * The report of `period` from a consolidated workbook of this plan: that month's record, every month's data rows and
 * the other months' records — nothing but the workbook. The period must be one of the plan's (callers check).
 */
export function reportFromWorkbook(
  ctx: PlanContext,
  snapshot: WorkbookSnapshot,
  period: string,
  options: ReportOptions,
): { ok: true; report: DraftedReport } | { ok: false; problem: ReportProblem } {
  const earlier = earlierData(ctx, snapshot);
  if (!earlier.ok) return earlier;
  const record = earlier.records.find((r) => r.period === period);
  if (!record)
    return {
      ok: false,
      problem: {
        kind: 'noPeriod',
        period,
        periods: earlier.records.map((r) => r.period),
        dataOnly: earlier.rows.some((r) => r.period === period),
      },
    };
  return { ok: true, report: drafted(ctx, record, earlier.rows, earlier.records, options) };
}

/**
 * The report of a consolidation just made, with the earlier months of the workbook it goes into — what
 * `reportFromWorkbook` gives once it is written there.
 */
export function reportFromConsolidation(
  ctx: PlanContext,
  c: Consolidation,
  earlier: EarlierData,
  options: ReportOptions,
): DraftedReport {
  const data = accumulateData(earlier.rows, c.data, mergedKeys(c));
  const records = keptRecords(c, earlier.records);
  const record = records.find((r) => r.period === c.period) ?? monthRecord(c);
  return drafted(ctx, record, data, records, options);
}
