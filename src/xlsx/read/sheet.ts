/**
 * One worksheet part → SheetSnapshot: cells counted before parsing (FILE_TOO_MANY_CELLS before any work), positions
 * from the `r` attributes or, where a writer leaves them out, by counting, values through cellValue, merges checked
 * arithmetically, and covered cells cleared (some writers store values under a merge; ExcelJS then repeated the
 * top-left value across it, double counting sums — docs/design.md).
 */
import { MAX_COLUMNS, MAX_ROWS, cellAddress, columnIndex } from '../../core/sheet/a1';
import type { SheetSnapshot } from '../../core/snapshot/types';
import { abort, corrupt } from './abort';
import { toSnapshotCell, type RawCell } from './cellValue';
import { Grid, type GridBudget } from './grid';
import type { ReadLimits } from './limits';
import { Merges } from './merges';
import type { NumberStyles } from './styles';
import { parseXml } from './xml';

/** What every sheet of a workbook shares while it is read. */
export interface SheetContext {
  sharedStrings: readonly string[];
  numberStyles: NumberStyles;
  date1904: boolean;
  limits: ReadLimits;
  /** Cells (`<c>` elements) seen so far in the workbook. */
  cells: { count: number };
  grid: GridBudget;
}

/** Parses a worksheet part. */
export function parseSheet(
  text: string,
  part: string,
  name: string,
  state: SheetSnapshot['state'],
  ctx: SheetContext,
): SheetSnapshot {
  const { limits } = ctx;
  const grid = new Grid(name, limits, ctx.grid);
  const merges = new Merges(name, limits);
  const shared = new Map<string, string>();
  checkCellCount(text, name, ctx);
  let inSheetData = false;
  let row = -1;
  let col = -1;
  let cell: (RawCell & { row: number; col: number }) | null = null;
  let capture: 'v' | 'f' | 't' | null = null;
  let inInline = false;
  let phonetic = 0;
  let sharedIndex: string | undefined;
  let buffer = '';

  parseXml(text, part, {
    open(local, attrs) {
      if (cell) {
        if (local === 'v' || local === 'f') {
          capture = local;
          buffer = '';
          if (local === 'f') sharedIndex = attrs.t === 'shared' ? attrs.si : undefined;
        } else if (local === 'is') inInline = true;
        else if (local === 'rPh') phonetic++;
        else if (local === 't' && inInline && phonetic === 0) {
          capture = 't';
          buffer = '';
        }
        return;
      }
      if (local === 'sheetData') inSheetData = true;
      else if (local === 'row' && inSheetData) {
        row = attrs.r === undefined ? row + 1 : positiveIndex(attrs.r, MAX_ROWS, part) - 1;
        col = -1;
      } else if (local === 'c' && inSheetData) {
        if (attrs.r === undefined) {
          row = Math.max(row, 0);
          col++;
          if (col >= MAX_COLUMNS) corrupt(`${part}: more than ${MAX_COLUMNS} columns in row ${row + 1}`);
        } else {
          [row, col] = cellPosition(attrs.r, part);
        }
        const style = ctx.numberStyles[attrs.s === undefined ? 0 : Number(attrs.s)];
        cell = {
          ref: attrs.r ?? cellAddress(row, col),
          row,
          col,
          type: attrs.t ?? '',
          value: null,
          formula: null,
          inline: null,
          dateKind: style?.dateKind ?? null,
          percent: style?.percent ?? false,
        };
      } else if (local === 'mergeCell') merges.add(attrs.ref);
    },
    close(local) {
      if (!cell) {
        if (local === 'sheetData') inSheetData = false;
        return;
      }
      if (local === 'c') {
        const value = toSnapshotCell(cell, ctx.sharedStrings, ctx.date1904);
        if (value) grid.set(cell.row, cell.col, value);
        cell = null;
      } else if (local === 'v' && capture === 'v') {
        cell.value = buffer;
        capture = null;
      } else if (local === 'f' && capture === 'f') {
        cell.formula = formulaText(buffer, sharedIndex, shared);
        capture = null;
      } else if (local === 't' && capture === 't') {
        cell.inline = (cell.inline ?? '') + buffer;
        capture = null;
      } else if (local === 'is') inInline = false;
      else if (local === 'rPh') phonetic--;
    },
    text(s) {
      if (capture) buffer += s;
    },
  });
  grid.clearMerged(merges.ranges);
  return { name, state, rows: grid.rows, merges: merges.refs };
}

/**
 * Counts the `<c>` elements in the raw text before parsing, so a sheet over the limit is refused before any work, with
 * its count (an upper bound: a "<c>" inside a comment or CDATA counts too, which only matters to absurd files).
 */
function checkCellCount(text: string, sheet: string, ctx: SheetContext): void {
  const re = /<(?:[A-Za-z_][\w.-]*:)?c[\s/>]/g;
  let cells = 0;
  while (re.exec(text)) cells++;
  const { maxSheetCells, maxCells } = ctx.limits;
  if (cells > maxSheetCells)
    abort('FILE_TOO_MANY_CELLS', { sheet, params: { sheet, cells, limit: maxSheetCells } });
  ctx.cells.count += cells;
  if (ctx.cells.count > maxCells) {
    abort('FILE_TOO_MANY_CELLS', { sheet, params: { sheet, cells: ctx.cells.count, limit: maxCells } });
  }
}

/**
 * Shared formulas (§18.3.1.40): the master carries the text, dependents only `<f t="shared" si="0"/>`. Dependents
 * get the master's text as written (not shifted to their own position) — enough to know the cell is a formula.
 */
function formulaText(text: string, sharedIndex: string | undefined, shared: Map<string, string>): string {
  if (sharedIndex === undefined) return text;
  if (text) {
    shared.set(sharedIndex, text);
    return text;
  }
  return shared.get(sharedIndex) ?? '';
}

/** "B7" → [6, 1]; FILE_CORRUPT for anything that is not a cell inside Excel's limits. */
function cellPosition(ref: string, part: string): [number, number] {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref);
  const col = m ? columnIndex(m[1] as string) : -1;
  const row = m ? Number(m[2]) - 1 : -1;
  if (col < 0 || col >= MAX_COLUMNS || row < 0 || row >= MAX_ROWS)
    corrupt(`${part}: cell "${ref.slice(0, 20)}" is outside Excel's grid`);
  return [row, col];
}

function positiveIndex(value: string, max: number, part: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max)
    corrupt(`${part}: row "${value.slice(0, 20)}" is outside Excel's grid`);
  return n;
}
