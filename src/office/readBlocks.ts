/**
 * Reading used ranges in row blocks, within Excel on the web's limits: a response of at most 5 MB, a range read of at
 * most 5,000,000 cells (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 * Microsoft's advice for large ranges: read row blocks, load only what you need, and "if you hit a limit error, retry
 * with a smaller block size" (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-large).
 * So the caller learns the used-range addresses first; then each sync loads as many blocks (of one or more sheets)
 * as fit an estimated 3.5 MB, the estimate of bytes per cell being learnt from what came back, per sheet.
 */
import { rangeAddress, type CellRange } from '../core/sheet/a1';
import type { SnapshotCell } from '../core/snapshot/types';
import { jsonBytes, REQUEST_BUDGET_BYTES } from './payload';
import { hasCode, withRetry } from './retry';
import { blockRows, type LoadedRange } from './snapshotCells';

/** What one sync may bring back by our estimate: a margin under the web's 5 MB. */
export const RESPONSE_BUDGET_BYTES = REQUEST_BUDGET_BYTES;

/** Bytes per cell assumed before anything was read: values, value types, formulas and number formats together. */
export const FIRST_BYTES_PER_CELL = 64;

/** The least a cell can cost in the four arrays ("", "Empty", "", "General" and their commas). */
const MIN_BYTES_PER_CELL = 24;

/** Most cells in one block, far under the 5,000,000-cell read limit. */
export const MAX_BLOCK_CELLS = 1_000_000;

/** Most cells of one sheet's used range this reader takes on (200,000 rows of 30 columns). */
export const MAX_SHEET_CELLS = 6_000_000;

/** The properties loaded for each block: only what the snapshot needs. */
const BLOCK_PROPERTIES = 'values,valueTypes,formulas,numberFormat';

/** Thrown when a sheet's used range is beyond MAX_SHEET_CELLS (usually a stray value far away). */
export class SheetTooLargeError extends Error {
  override readonly name = 'SheetTooLargeError';
  readonly code = 'SheetTooLarge';

  /** The sheet and the size of its used range. */
  constructor(
    readonly sheet: string,
    readonly cells: number,
  ) {
    super(`sheet ${sheet}: used range of ${cells} cells`);
  }
}

/** A sheet to read and its used range (zero-based). */
export interface SheetToRead {
  name: string;
  worksheet: Excel.Worksheet;
  used: CellRange;
}

/** How the blocks went. */
export interface BlockStats {
  syncs: number;
  blocks: number;
  /** Largest response by our measure (the JSON of what came back, measured on a sample of its rows). */
  largestResponseBytes: number;
}

interface Block {
  sheet: number;
  range: CellRange;
}

/** Reads the sheets' used ranges block by block; per sheet, the rows of its blocks in order. */
export async function readBlocks(
  sheets: readonly SheetToRead[],
  sync: () => Promise<void>,
): Promise<{ rows: (SnapshotCell | null)[][][][]; stats: BlockStats }> {
  for (const s of sheets) {
    const cells = area(s.used);
    if (cells > MAX_SHEET_CELLS) throw new SheetTooLargeError(s.name, cells);
  }
  const next = sheets.map((s) => s.used.top);
  const perCell = sheets.map(() => FIRST_BYTES_PER_CELL);
  const rows = sheets.map((): (SnapshotCell | null)[][][] => []);
  const stats: BlockStats = { syncs: 0, blocks: 0, largestResponseBytes: 0 };
  for (;;) {
    const batch = planBatch(sheets, next, perCell);
    if (!batch.length) return { rows, stats };
    const loaded = await loadBatch(sheets, batch, sync, stats).catch((e: unknown) => {
      // Over the limit after all: shrink the estimate of every sheet in the batch and plan again (a single row
      // too large for a response cannot be read at all).
      const single = batch.length === 1 && batch[0]?.range.top === batch[0]?.range.bottom;
      if (single || !hasCode(e, ['ResponsePayloadSizeLimitExceeded'])) throw e;
      for (const b of batch) perCell[b.sheet] = (perCell[b.sheet] ?? FIRST_BYTES_PER_CELL) * 2;
      return null;
    });
    if (!loaded) continue;
    let bytes = 0;
    batch.forEach((b, i) => {
      const block = loaded[i];
      if (!block) return;
      const got = blockBytes(block);
      bytes += got;
      perCell[b.sheet] = Math.max(MIN_BYTES_PER_CELL, (got / area(b.range)) * 1.25);
      rows[b.sheet]?.push(blockRows(block));
      next[b.sheet] = b.range.bottom + 1;
    });
    stats.blocks += batch.length;
    stats.largestResponseBytes = Math.max(stats.largestResponseBytes, bytes);
  }
}

/** The blocks of the next sync: in sheet order, as many rows as fit the budget by each sheet's estimate. */
function planBatch(
  sheets: readonly SheetToRead[],
  next: readonly number[],
  perCell: readonly number[],
): Block[] {
  const batch: Block[] = [];
  let budget = RESPONSE_BUDGET_BYTES;
  for (let i = 0; i < sheets.length; i++) {
    const used = sheets[i]?.used;
    const from = next[i] ?? 0;
    if (!used || from > used.bottom) continue;
    const width = used.right - used.left + 1;
    const cost = (perCell[i] ?? FIRST_BYTES_PER_CELL) * width;
    let count = Math.floor(Math.min(budget / cost, MAX_BLOCK_CELLS / width));
    if (count < 1) {
      if (batch.length) break;
      count = 1;
    }
    const bottom = Math.min(used.bottom, from + count - 1);
    batch.push({ sheet: i, range: { top: from, bottom, left: used.left, right: used.right } });
    budget -= (bottom - from + 1) * cost;
    if (bottom < used.bottom) break;
  }
  return batch;
}

/** One sync loading the batch's blocks (sent again when Excel is briefly busy: it only reads). */
async function loadBatch(
  sheets: readonly SheetToRead[],
  batch: readonly Block[],
  sync: () => Promise<void>,
  stats: BlockStats,
): Promise<LoadedRange[]> {
  return withRetry(async () => {
    const ranges = batch.map((b) => {
      const range = sheets[b.sheet]?.worksheet.getRange(rangeAddress(b.range));
      if (!range) throw new Error(`no sheet ${b.sheet} to read`);
      range.load(BLOCK_PROPERTIES);
      return { b, range };
    });
    stats.syncs += 1;
    await sync();
    return ranges.map(({ b, range }) => ({
      address: rangeAddress(b.range),
      values: range.values,
      valueTypes: range.valueTypes,
      formulas: range.formulas,
      numberFormat: range.numberFormat,
    }));
  });
}

/** Rows measured per block: enough to learn its bytes per cell, without walking 60,000 rows of JSON. */
const SAMPLE_ROWS = 200;

/** The block's size as JSON (the four arrays), measured on evenly spaced rows and scaled to all of them. */
function blockBytes(block: LoadedRange): number {
  const rows = block.values.length;
  const step = Math.max(1, Math.floor(rows / SAMPLE_ROWS));
  let sampled = 0;
  let bytes = 0;
  for (let r = 0; r < rows; r += step) {
    sampled += 1;
    bytes +=
      jsonBytes(block.values[r]) +
      jsonBytes(block.valueTypes[r]) +
      jsonBytes(block.formulas[r]) +
      jsonBytes(block.numberFormat[r]) +
      4;
  }
  return sampled ? Math.ceil((bytes / sampled) * rows) : 0;
}

function area(r: CellRange): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}
