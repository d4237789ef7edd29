/**
 * Tổng hợp's I/O in the pane; the pipeline itself is the app layer's (src/app), as in the CLI. A chosen file is read
 * into memory (refused first when too large), then hashed, read in the worker and validated — its snapshot kept, so
 * that a received date the officer confirms re-validates it without reading it again; writing first reads the
 * open workbook's earlier "Dữ liệu" so months accumulate (the CLI's `--into`), then replaces the consolidation sheets.
 */
import { buildConsolidation, earlierData, type EarlierData } from '../../app/consolidation';
import type { PlanContext } from '../../app/plan';
import { provenanceOf, submissionInput, unreadSubmission } from '../../app/submission';
import type { PreviousDataProblem } from '../../core/consolidate/sheets/data';
import type { Consolidation, DataRow, SubmissionInput } from '../../core/consolidate/types';
import { issue } from '../../core/issues/issue';
import { CONSOLIDATED_SHEETS } from '../../core/consolidate/labels';
import { readOpenWorkbook } from '../../office/readWorkbook';
import { insertSheets, type WriteResult } from '../../office/writeWorkbook';
import { DEFAULT_LIMITS, formatBytes } from '../../xlsx/read/limits';
import { GENERATOR } from '../plan';
import { localDay } from '../../core/validate/timeliness';
import type { ReceivedDate } from '../../core/verdict';
import type { WorkbookSnapshot } from '../../core/snapshot/types';
import type { WorkbookReader } from './workbookReader';

/** A file as the browser hands it over (a File, or anything with a name and bytes). */
export interface ChosenFile {
  name: string;
  size: number;
  /** When the file was last modified (ms since 1970), as the browser says (File.lastModified). */
  lastModified?: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * The date the file reached Sở Tài chính, as far as the pane can tell: the officer's confirmed date, else the day the
 * file was last modified on this computer (the day it was saved from the e-mail), in Vietnam time.
 */
export function receivedOf(
  file: Pick<ChosenFile, 'lastModified'>,
  confirmed?: string | null,
): ReceivedDate | null {
  if (confirmed) return { date: confirmed, source: 'confirmed' };
  if (file.lastModified === undefined || !Number.isFinite(file.lastModified)) return null;
  const day = localDay(new Date(file.lastModified).toISOString());
  return day ? { date: day, source: 'fileTime' } : null;
}

/** What reading a chosen file gave: its consolidation input, and the snapshot kept to re-validate it with another date. */
export interface ChosenRead {
  input: SubmissionInput;
  /** The workbook's values as read (null when the file could not be read). */
  snapshot: WorkbookSnapshot | null;
}

/** Reads, hashes and validates one chosen file into a consolidation input, keeping the snapshot read. */
export async function readChosenFile(
  ctx: PlanContext,
  file: ChosenFile,
  reader: WorkbookReader,
  confirmed?: string | null,
): Promise<ChosenRead> {
  // A huge file is refused before it is loaded into the pane's memory (the reader would refuse it anyway).
  if (file.size > DEFAULT_LIMITS.maxBytes) {
    const params = { size: formatBytes(file.size), limit: formatBytes(DEFAULT_LIMITS.maxBytes) };
    const failure = issue('FILE_TOO_LARGE', { file: file.name, params });
    return { input: unreadSubmission(file.name, failure, file.size), snapshot: null };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (e) {
    // The browser could not read the file (moved or changed on disk since it was chosen: NotReadableError).
    if (!(e instanceof DOMException)) throw e;
    const failure = issue('FILE_NOT_FOUND', { file: file.name, params: { reason: e.name } });
    return { input: unreadSubmission(file.name, failure, file.size), snapshot: null };
  }
  // Hashed before the read: the bytes are transferred to the worker (and detached here) by it.
  const provenance = provenanceOf(file.name, bytes);
  const read = await reader.read(bytes, file.name);
  const received = receivedOf(file, confirmed);
  return {
    input: submissionInput(provenance, read, ctx.plan, { received }),
    snapshot: read.ok ? read.snapshot : null,
  };
}

/**
 * Validates a file read earlier again, from the snapshot kept, with the received date the officer set (null: back
 * to the file's own date). Validation is pure, so this is the same report the file would give read afresh with that
 * date — without reading a file that may have moved or changed on disk since it was chosen.
 */
export function revalidateChosen(
  ctx: PlanContext,
  file: Pick<ChosenFile, 'lastModified'>,
  kept: { input: SubmissionInput; snapshot: WorkbookSnapshot },
  confirmed: string | null,
): SubmissionInput {
  const received = receivedOf(file, confirmed);
  return submissionInput(kept.input.provenance, { ok: true, snapshot: kept.snapshot }, ctx.plan, {
    received,
  });
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
export async function writeConsolidation(
  ctx: PlanContext,
  c: Consolidation,
  now: Date,
): Promise<ConsolidationWrite> {
  const previous = await readEarlierData(ctx);
  if (!previous.ok) return previous;
  const { workbook, data } = buildConsolidation(ctx, c, {
    earlier: previous.rows,
    earlierRecords: previous.records,
    now,
    generator: GENERATOR,
  });
  const result = await insertSheets(workbook, { replaceExisting: true, protect: false });
  return { ok: true, result, data };
}

/**
 * The earlier months in the open workbook (its consolidation's "Dữ liệu" and month records), used as history when
 * judging and kept when writing; none when the workbook holds no consolidation. Reads only the stamp, the data and
 * the records sheets, which keeps within Excel on the web's limits.
 */
export async function readEarlierData(
  ctx: PlanContext,
): Promise<({ ok: true } & EarlierData) | Extract<ConsolidationWrite, { ok: false }>> {
  const needed = [CONSOLIDATED_SHEETS.stamp, CONSOLIDATED_SHEETS.data, CONSOLIDATED_SHEETS.records];
  const previous = earlierData(ctx, await readOpenWorkbook({ sheets: needed }));
  if (previous.ok) return previous;
  return previous.problem.kind === 'notConsolidation'
    ? { ok: true, rows: [], records: [] }
    : { ok: false, problem: previous.problem };
}
