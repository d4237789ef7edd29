/**
 * The consolidation job shared by `merge` and `demo`: read and validate the files, consolidate and build the
 * workbook through the app layer (src/app, as the task pane does), carry months over, write — the file handling here.
 */
import path from 'node:path';
import {
  buildConsolidation,
  consolidateInputs,
  consolidationPeriod,
  earlierData,
  type EarlierData,
} from '../app/consolidation';
import type { PlanContext } from '../app/plan';
import type { PreviousDataProblem } from '../core/consolidate/sheets/data';
import type { Issue } from '../core/issues/issue';
import type { WorkbookSnapshot } from '../core/snapshot/types';
import type { Consolidation, DataRow, SubmissionInput } from '../core/consolidate/types';
import type { TextSafety } from '../core/text/safeText';
import type { ReceivedDate } from '../core/verdict';
import type { SealKey } from '../core/seal/seal';
import { writeWorkbook } from '../xlsx/write';
import { createReaderPool } from '../xlsx/readerPool';
import { UsageError } from './errors';
import { readUserFile, writeFilesAtomic } from './io';
import { periodOrThrow } from './plan';
import { readSubmissions, type FileOutcome } from './submissions';
import { GENERATOR } from './version';
import { issueMessage, type Lang } from '../i18n';

/** What a consolidation run is asked to do. */
export interface MergeJob {
  ctx: PlanContext;
  files: string[];
  period?: string;
  out?: string;
  into?: string;
  csv?: string;
  now: Date;
  lang: Lang;
  onProgress?: (done: number, total: number, file: string) => void;
  /** When each file reached Sở Tài chính (src/cli/received.ts). */
  received?: (file: string) => ReceivedDate | null;
  /** Sở Tài chính's sealing key, when it set one (src/cli/seal.ts). */
  seal?: SealKey | null;
}

/** What it did. */
export interface MergeOutcome {
  consolidation: Consolidation;
  outcomes: FileOutcome[];
  workbookFile: string;
  csvFile?: string;
  data: DataRow[];
  safety: TextSafety;
}

/** Runs the consolidation and writes the workbook (and CSV). Nothing is written when --into cannot be used safely. */
export async function runMerge(job: MergeJob): Promise<MergeOutcome> {
  const { ctx } = job;
  if (job.period !== undefined) periodOrThrow(ctx.plan, job.period);
  // The workbook merged into is read first: a bad one stops the run before any file is read, and its data is the history.
  const earlier = job.into ? await previousData(job.into, ctx, job.lang) : undefined;
  const read = await readSubmissions(job.files, ctx.plan, {
    ...(job.onProgress ? { onProgress: job.onProgress } : {}),
    ...(job.received ? { received: job.received } : {}),
    seal: job.seal ?? null,
  });
  const period = consolidationPeriod(ctx, job.period, inputsOf(read));
  if (!period) throw new UsageError('mergeNoPeriod');
  const workbookFile = job.out ?? job.into ?? path.join(process.cwd(), `tong-hop_${period}.xlsx`);
  // Merging again in the same folder finds the workbook being written (or merged into) among the inputs: not a report.
  const own = [workbookFile, job.into].flatMap((f) => (f === undefined ? [] : [path.resolve(f)]));
  const outcomes = read.filter((o) => !(own.includes(path.resolve(o.path)) && isConsolidation(o.input)));
  const consolidation = consolidateInputs(ctx, period, inputsOf(outcomes), earlier?.rows);
  const built = buildConsolidation(ctx, consolidation, {
    ...(earlier ? { earlier: earlier.rows, earlierRecords: earlier.records } : {}),
    now: job.now,
    generator: GENERATOR,
    csv: Boolean(job.csv),
  });
  await checkOutputs(workbookFile, job);
  const outputs = [{ file: workbookFile, data: await writeWorkbook(built.workbook) }];
  if (job.csv && built.csv !== undefined)
    outputs.push({ file: job.csv, data: new TextEncoder().encode(built.csv) });
  await writeFilesAtomic(outputs);
  return {
    consolidation,
    outcomes,
    workbookFile,
    ...(job.csv ? { csvFile: job.csv } : {}),
    data: built.data,
    safety: built.safety,
  };
}

/**
 * Refuses outputs that would destroy what the user gave: the CSV and the workbook on one path, an output that is
 * one of the input files, or an existing workbook at --out that is not a consolidation (an agency's report, say).
 * Re-running into an earlier consolidation is fine: that is how a month is merged again.
 */
async function checkOutputs(workbookFile: string, job: MergeJob): Promise<void> {
  const same = (a: string, b: string) => path.resolve(a) === path.resolve(b);
  if (job.csv !== undefined && same(job.csv, workbookFile))
    throw new UsageError('outSameAsCsv', { file: workbookFile });
  const csvInput = job.csv === undefined ? undefined : job.files.find((f) => same(f, job.csv as string));
  if (csvInput !== undefined) throw new UsageError('outIsInput', { file: csvInput });
  if (job.into !== undefined && same(job.into, workbookFile)) return; // checked when its data was read
  const existing = await readConsolidation(workbookFile, job.ctx).catch((e: unknown) => {
    if (e instanceof UsageError && e.key === 'fileNotFound') return null;
    throw e;
  });
  const kind = existing === null || existing.ok ? null : existing.problem.kind;
  if (kind !== 'notConsolidation' && kind !== 'unreadable') return;
  throw new UsageError(job.files.some((f) => same(f, workbookFile)) ? 'outIsInput' : 'outNotConsolidation', {
    file: workbookFile,
  });
}

const inputsOf = (outcomes: readonly FileOutcome[]) => outcomes.map((o) => o.input);

/** True when validation found the file to be a consolidated workbook rather than an agency's report. */
function isConsolidation(input: SubmissionInput): boolean {
  return 'report' in input && input.report.issues.some((i) => i.code === 'SUBMISSION_IS_CONSOLIDATION');
}

async function previousData(file: string, ctx: PlanContext, lang: Lang): Promise<EarlierData> {
  const prev = await readConsolidation(file, ctx);
  if (prev.ok) return prev;
  const p = prev.problem;
  if (p.kind === 'unreadable')
    throw new UsageError('intoUnreadable', { file, reason: issueMessage(p.issue, lang) });
  if (p.kind === 'notConsolidation') throw new UsageError('intoNotConsolidation', { file });
  if (p.kind === 'otherPlan') throw new UsageError('intoOtherPlan', { file, found: p.found });
  throw new UsageError('intoBadRow', { file, sheet: p.sheet, cell: p.cell, found: p.found });
}

/** Reads an existing workbook as a consolidation of this plan: its data rows and records, or why it is not one. */
async function readConsolidation(
  file: string,
  ctx: PlanContext,
): Promise<
  | ({ ok: true } & EarlierData)
  | { ok: false; problem: PreviousDataProblem | { kind: 'unreadable'; issue: Issue } }
> {
  const read = await readWorkbookFile(file);
  if (!read.ok) return { ok: false, problem: { kind: 'unreadable', issue: read.issue } };
  return earlierData(ctx, read.snapshot);
}

/** Reads a workbook file (ours: a consolidation) with the guarded reader in a worker; why not, as an issue. */
export async function readWorkbookFile(
  file: string,
): Promise<{ ok: true; snapshot: WorkbookSnapshot } | { ok: false; issue: Issue }> {
  const bytes = await readUserFile(file);
  const pool = createReaderPool({ size: 1 });
  try {
    const read = await pool.read(bytes, path.basename(file));
    return read.ok ? { ok: true, snapshot: read.snapshot } : { ok: false, issue: read.issue };
  } finally {
    await pool.close();
  }
}
