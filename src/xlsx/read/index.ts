/**
 * The guarded .xlsx reader: bytes of an untrusted workbook → WorkbookSnapshot (values only), or exactly one issue
 * saying why the file cannot be read.
 *
 * Submissions are deliberately NOT read with ExcelJS (it stays our writer). Measured on ExcelJS 4.4.0 (docs/design.md,
 * "Reading files from outside"): one huge merged range in a 6.5 KB file kills Node with an uncatchable out-of-memory,
 * 50k merges take minutes, `t="d"` cells read as a year, every cell of a merged range repeats the top-left value,
 * the streaming reader corrupts non-ASCII text at chunk boundaries, and odd files throw cryptic errors — while a
 * consolidation must read 300 files in ≤ 5 s. So this is a small values-only reader on fflate (unzip) and saxes (XML),
 * both pure JS: it takes a Uint8Array and uses no Node built-ins, so it runs unchanged in a browser Web Worker.
 * It is synchronous and linear; the time budget and heap cap are the job of the worker pool (src/xlsx/readerPool.ts).
 */
import type { Issue } from '../../core/issues/issue';
import { issue } from '../../core/issues/issue';
import type { WorkbookSnapshot } from '../../core/snapshot/types';
import { ReadAbort } from './abort';
import type { RawInflate } from './inflate';
import { DEFAULT_LIMITS, type ReadLimits } from './limits';
import { readChecked } from './read';

export { DEFAULT_LIMITS, formatBytes, type ReadLimits } from './limits';
export type { RawInflate } from './inflate';

/** A workbook's snapshot, or the one issue (naming the file) that explains why it could not be read. */
export type ReadResult = { ok: true; snapshot: WorkbookSnapshot } | { ok: false; issue: Issue };

/**
 * Reads an .xlsx from its bytes; never throws for bad input (an unexpected error becomes FILE_CORRUPT). `native`:
 * a faster inflater where the platform has one (Node's zlib; src/xlsx/nativeInflate.ts).
 */
export function readWorkbook(
  bytes: Uint8Array,
  fileName: string,
  limits: Partial<ReadLimits> = {},
  native?: RawInflate,
): ReadResult {
  try {
    return { ok: true, snapshot: readChecked(bytes, { ...DEFAULT_LIMITS, ...limits }, native) };
  } catch (e) {
    if (e instanceof ReadAbort) return { ok: false, issue: issue(e.code, { file: fileName, ...e.fields }) };
    // Not a rejection we foresaw (a reader bug or a hostile shape we did not think of): still one issue, no stack.
    return {
      ok: false,
      issue: issue('FILE_CORRUPT', { file: fileName, params: { reason: shortReason(e) } }),
    };
  }
}

function shortReason(e: unknown): string {
  const text = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return text.split('\n')[0]?.slice(0, 120) ?? 'unknown error';
}
