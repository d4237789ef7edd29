/**
 * Tổng hợp for both shells: the period, the consolidation, months carried over from an earlier consolidated
 * workbook, and the workbook (and CSV) to write. The shells do the I/O: files and folders, or the open workbook.
 */
import { consolidate, inferPeriod } from '../core/consolidate/consolidate';
import { dataCsv } from '../core/consolidate/csv';
import { accumulateData } from '../core/consolidate/data';
import { inputNames } from '../core/consolidate/labels';
import { previousDataRows, type PreviousDataProblem } from '../core/consolidate/sheets/data';
import type { MonthRecord } from '../core/consolidate/record';
import { readRecords } from '../core/consolidate/sheets/records';
import type { Consolidation, DataRow, SubmissionInput } from '../core/consolidate/types';
import { consolidationWorkbook } from '../core/consolidate/workbook';
import type { WorkbookSpec } from '../core/sheet/spec';
import type { WorkbookSnapshot } from '../core/snapshot/types';
import type { TextSafety } from '../core/text/safeText';
import { issueMessage } from '../i18n';
import type { PlanContext } from './plan';

/** The period to consolidate: the one chosen, else the one most files are for; null when neither is known. */
export function consolidationPeriod(
  ctx: PlanContext,
  chosen: string | null | undefined,
  inputs: readonly SubmissionInput[],
): string | null {
  return chosen ?? inferPeriod(ctx.plan, inputs);
}

/**
 * Merges the inputs for a period (the period must be one of the plan's), judged with `earlier` — the data of the
 * workbook merged into — as history (docs/verdicts.md: passed milestones, running totals).
 */
export function consolidateInputs(
  ctx: PlanContext,
  period: string,
  inputs: readonly SubmissionInput[],
  earlier: readonly DataRow[] = [],
): Consolidation {
  return consolidate(ctx.plan, period, inputs, { history: earlier });
}

/** The (period, agency) pairs merged this time: their rows replace those of an earlier run. */
export function mergedKeys(c: Consolidation): [string, string][] {
  return c.files
    .filter((f) => f.status === 'merged' && f.agencyId)
    .map((f) => [c.period, f.agencyId as string]);
}

/** What an earlier consolidated workbook of this plan carries over: its data rows and its months' records. */
export interface EarlierData {
  rows: DataRow[];
  records: MonthRecord[];
}

/** The data rows and month records of an earlier consolidated workbook of this plan, or why they cannot be kept. */
export function earlierData(
  ctx: PlanContext,
  snapshot: WorkbookSnapshot,
): ({ ok: true } & EarlierData) | { ok: false; problem: PreviousDataProblem } {
  const data = previousDataRows(snapshot, ctx.plan.id, inputNames(ctx.plan.indicators));
  if (!data.ok) return data;
  const records = readRecords(snapshot);
  if (!records.ok) return records;
  return { ok: true, rows: data.rows, records: records.records };
}

/** What to write for a consolidation. */
export interface ConsolidationOutput {
  workbook: WorkbookSpec;
  /** Every data row written: this period's plus the earlier months kept. */
  data: DataRow[];
  /** The CSV of the data, when asked for. */
  csv?: string;
  /** Agency text written as text (so it cannot become a formula) or cut, over the workbook and the CSV. */
  safety: TextSafety;
}

/**
 * The workbook (Vietnamese, as the Finance Department files it) and, if asked, the CSV: this period's data replaces
 * the earlier rows of the agencies merged again, and every other earlier row is kept.
 */
export function buildConsolidation(
  ctx: PlanContext,
  c: Consolidation,
  options: {
    earlier?: readonly DataRow[];
    /** The earlier workbook's records of other months, kept beside this month's. */
    earlierRecords?: readonly MonthRecord[];
    now: Date;
    generator: string;
    csv?: boolean;
  },
): ConsolidationOutput {
  const data = options.earlier ? accumulateData(options.earlier, c.data, mergedKeys(c)) : c.data;
  const { workbook, safety } = consolidationWorkbook(ctx.plan, c, {
    generatedAt: options.now.toISOString(),
    generator: options.generator,
    describe: (i) => issueMessage(i, 'vi'),
    data,
    records: options.earlierRecords ?? [],
  });
  if (!options.csv) return { workbook, data, safety };
  const csv = dataCsv(data);
  safety.neutralised += csv.safety.neutralised;
  return { workbook, data, csv: csv.text, safety };
}
