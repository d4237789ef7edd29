/**
 * Tổng hợp, composed as the CLI composes it (src/cli/consolidation.ts and submissions.ts) without the file system:
 * each chosen file is hashed, read in the worker, validated and its snapshot dropped; consolidate() merges; writing
 * first reads the open workbook's earlier "Dữ liệu" so months accumulate (the CLI's `--into`), then replaces the
 * consolidation sheets.
 */
import { consolidate, inferPeriod } from '../../core/consolidate/consolidate';
import { accumulateData } from '../../core/consolidate/data';
import { previousDataRows, type PreviousDataProblem } from '../../core/consolidate/sheets/data';
import type { Consolidation, DataRow, SubmissionInput } from '../../core/consolidate/types';
import { consolidationWorkbook } from '../../core/consolidate/workbook';
import { issue } from '../../core/issues/issue';
import { sha256HexBytes } from '../../core/plan/hash';
import { validate } from '../../core/validate';
import { readOpenWorkbook } from '../../office/readWorkbook';
import { insertSheets, type WriteResult } from '../../office/writeWorkbook';
import { DEFAULT_LIMITS, formatBytes } from '../../xlsx/read/limits';
import { GENERATOR, PLAN } from '../plan';
import type { WorkbookReader } from './workbookReader';
import { issueMessage } from '../../i18n';

/** A file as the browser hands it over (a File, or anything with a name and bytes). */
export interface ChosenFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Reads, hashes and validates one chosen file into a consolidation input. */
export async function readSubmission(file: ChosenFile, reader: WorkbookReader): Promise<SubmissionInput> {
  const unread = { fileName: file.name, sha256: '', size: file.size };
  // A huge file is refused before it is loaded into the pane's memory (the reader would refuse it anyway).
  if (file.size > DEFAULT_LIMITS.maxBytes) {
    const params = { size: formatBytes(file.size), limit: formatBytes(DEFAULT_LIMITS.maxBytes) };
    return { provenance: unread, readFailure: issue('FILE_TOO_LARGE', { file: file.name, params }) };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (e) {
    // The browser could not read the file (moved or changed on disk since it was chosen: NotReadableError).
    if (!(e instanceof DOMException)) throw e;
    return {
      provenance: unread,
      readFailure: issue('FILE_NOT_FOUND', { file: file.name, params: { reason: e.name } }),
    };
  }
  // Hash before the read: the bytes are transferred to the worker (and detached here) by it.
  const provenance = { fileName: file.name, sha256: sha256HexBytes(bytes), size: bytes.byteLength };
  const read = await reader.read(bytes, file.name);
  if (!read.ok) return { provenance, readFailure: { ...read.issue, file: file.name } };
  const savedAt = read.snapshot.properties.modified;
  return {
    provenance: { ...provenance, ...(savedAt ? { savedAt } : {}) },
    report: validate(read.snapshot, PLAN),
  };
}

/** The period to consolidate: the one chosen, else the one most files are for; null when neither is known. */
export function consolidationPeriod(
  chosen: string | null,
  inputs: readonly SubmissionInput[],
): string | null {
  return chosen ?? inferPeriod(PLAN, inputs);
}

/** Merges the inputs for a period (pure core). */
export function consolidateInputs(period: string, inputs: readonly SubmissionInput[]): Consolidation {
  return consolidate(PLAN, period, inputs);
}

/** The (period, agency) pairs merged this time: their rows replace those of an earlier run. */
export function mergedKeys(c: Consolidation): [string, string][] {
  return c.files
    .filter((f) => f.status === 'merged' && f.agencyId)
    .map((f) => [c.period, f.agencyId as string]);
}

/** What writing the consolidation did, or why nothing was written. */
export type ConsolidationWrite =
  | { ok: true; result: WriteResult; data: DataRow[] }
  | { ok: false; problem: Exclude<PreviousDataProblem, { kind: 'notConsolidation' }> };

/**
 * Writes the consolidation into the open workbook, replacing an earlier run's sheets and keeping its other months.
 * An open workbook without a consolidation starts afresh; one of another plan, or with a damaged data row, is left
 * untouched (nothing written, nothing lost).
 */
export async function writeConsolidation(c: Consolidation, now: Date): Promise<ConsolidationWrite> {
  const previous = previousDataRows(await readOpenWorkbook(), PLAN.id);
  if (!previous.ok && previous.problem.kind !== 'notConsolidation')
    return { ok: false, problem: previous.problem };
  const data = accumulateData(previous.ok ? previous.rows : [], c.data, mergedKeys(c));
  const { workbook } = consolidationWorkbook(PLAN, c, {
    generatedAt: now.toISOString(),
    generator: GENERATOR,
    describe: (i) => issueMessage(i, 'vi'),
    data,
  });
  const result = await insertSheets(workbook, { replaceExisting: true, protect: false });
  return { ok: true, result, data };
}
