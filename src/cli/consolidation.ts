/** The consolidation job shared by `merge` and `demo`: read, validate, consolidate, carry months over, write. */
import path from 'node:path';
import { consolidate, inferPeriod } from '../core/consolidate/consolidate';
import { dataCsv } from '../core/consolidate/csv';
import { accumulateData } from '../core/consolidate/data';
import { previousDataRows } from '../core/consolidate/dataSheet';
import type { Consolidation, DataRow } from '../core/consolidate/types';
import { consolidationWorkbook } from '../core/consolidate/workbook';
import type { Plan } from '../core/plan/schema';
import type { TextSafety } from '../core/text/safeText';
import { writeWorkbook } from '../xlsx/write';
import { createReaderPool } from '../xlsx/readerPool';
import { UsageError } from './errors';
import { readUserFile, writeFileAtomic } from './io';
import { periodOrThrow } from './plan';
import { readSubmissions, type FileOutcome } from './submissions';
import { GENERATOR } from './version';
import { issueMessage, type Lang } from '../i18n';

/** What a consolidation run is asked to do. */
export interface MergeJob {
  plan: Plan;
  files: string[];
  period?: string;
  out?: string;
  into?: string;
  csv?: string;
  now: Date;
  lang: Lang;
  onProgress?: (done: number, total: number, file: string) => void;
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
  const { plan } = job;
  if (job.period !== undefined) periodOrThrow(plan, job.period);
  const outcomes = await readSubmissions(
    job.files,
    plan,
    job.onProgress ? { onProgress: job.onProgress } : {},
  );
  const inputs = outcomes.map((o) => o.input);
  const period = job.period ?? inferPeriod(plan, inputs);
  if (!period) throw new UsageError('mergeNoPeriod');
  const consolidation = consolidate(plan, period, inputs);

  let data = consolidation.data;
  if (job.into)
    data = accumulateData(
      await previousData(job.into, plan, job.lang),
      consolidation.data,
      mergedKeys(consolidation),
    );
  const { workbook, safety } = consolidationWorkbook(plan, consolidation, {
    generatedAt: job.now.toISOString(),
    generator: GENERATOR,
    data,
  });
  const workbookFile = job.out ?? job.into ?? path.join(process.cwd(), `tong-hop_${period}.xlsx`);
  await writeFileAtomic(workbookFile, await writeWorkbook(workbook));
  let csvFile: string | undefined;
  if (job.csv) {
    const csv = dataCsv(data);
    safety.neutralised += csv.safety.neutralised;
    await writeFileAtomic(job.csv, csv.text);
    csvFile = job.csv;
  }
  return { consolidation, outcomes, workbookFile, ...(csvFile ? { csvFile } : {}), data, safety };
}

/** The (period, agency) pairs merged this time: their rows replace those of an earlier run. */
function mergedKeys(c: Consolidation): [string, string][] {
  return c.files
    .filter((f) => f.status === 'merged' && f.agencyId)
    .map((f) => [c.period, f.agencyId as string]);
}

async function previousData(file: string, plan: Plan, lang: Lang): Promise<DataRow[]> {
  const bytes = await readUserFile(file);
  const pool = createReaderPool({ size: 1 });
  try {
    const read = await pool.read(bytes, path.basename(file));
    if (!read.ok) throw new UsageError('intoUnreadable', { file, reason: issueMessage(read.issue, lang) });
    const prev = previousDataRows(read.snapshot, plan.id);
    if (prev.ok) return prev.rows;
    const p = prev.problem;
    if (p.kind === 'notConsolidation') throw new UsageError('intoNotConsolidation', { file });
    if (p.kind === 'otherPlan') throw new UsageError('intoOtherPlan', { file, found: p.found });
    throw new UsageError('intoBadRow', { file, sheet: p.sheet, cell: p.cell, found: p.found });
  } finally {
    await pool.close();
  }
}
