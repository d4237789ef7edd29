/**
 * A sheet's cells as 2-D arrays for whole-range writes, cut into row chunks small enough to pack several per request.
 *
 * Text safety: `Range.values` and `Range.formulas` take a string the way Excel takes typed input ("15-Feb" becomes a
 * date in the docs' own example: https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values),
 * so "=SUM(A1)", "-abc" or "+84 912" would become formulas, "0912345678" a number, "2025-06-30" a date, "TRUE" a
 * boolean. Every text value is therefore written into a cell whose number format is "@" (Text), set before the values
 * in the same request: Excel keeps what is typed into a Text cell as text ("set the cell format before you type":
 * https://learn.microsoft.com/office/troubleshoot/excel/long-numbers-incorrectly-in-excel). We chose "@" over an
 * apostrophe prefix because the value stays exactly as given (no hidden quote prefix that a later edit drops), and it
 * is what core already asks for on risky text (core/text/safeText). The cost: text cells carry the Text format where
 * the CLI's file has General, which shows the same. Real numbers, negatives included, are written as numbers;
 * formulas only come from a cell's `f`.
 */
import { cellAddress } from '../core/sheet/a1';
import type { CellScalar, CellSpec, SheetSpec } from '../core/sheet/spec';
import { ACTION_BYTES, jsonBytes } from './payload';

/** Most cells in one chunk (one range write). */
export const CHUNK_CELLS = 25_000;

/** Most estimated bytes in one chunk, so chunks pack tightly into requests. */
export const CHUNK_BYTES = 1024 * 1024;

/** The number format that keeps typed input as text. */
export const TEXT_FORMAT = '@';

/** One rectangular write: number formats first (null = leave as is), then values or formulas. */
export interface CellChunk {
  /** A1 address on the sheet, e.g. "A1:T250". */
  address: string;
  numberFormat: (string | null)[][] | null;
  /** Constants and "=formulas"; null leaves a cell as it is (the sheet is new, so empty). */
  values: CellScalar[][];
  /** True when `values` holds formulas, so it is written through `Range.formulas`. */
  formulas: boolean;
  /** Cells given a value or formula. */
  cells: number;
  /** Text cells given the "@" format for safety (not already "@" in the spec). */
  textCells: number;
  bytes: number;
}

/** Width of a sheet's cell grid (longest row, trailing nulls ignored). */
export function gridWidth(rows: readonly (readonly (CellSpec | null)[])[]): number {
  let width = 0;
  for (const row of rows) {
    for (let c = row.length - 1; c >= width; c--) {
      if (row[c]) {
        width = c + 1;
        break;
      }
    }
  }
  return width;
}

/** The sheet's cells as chunks of whole rows, at most `maxCells` cells and about `maxBytes` each. */
export function cellChunks(sheet: SheetSpec, maxCells = CHUNK_CELLS, maxBytes = CHUNK_BYTES): CellChunk[] {
  const width = gridWidth(sheet.cells);
  if (width === 0) return [];
  const chunks: CellChunk[] = [];
  let start = 0;
  let rows: WrittenRow[] = [];
  let bytes = 0;
  const flush = (end: number) => {
    if (rows.length) chunks.push(toChunk(rows, start, end, width, bytes));
    rows = [];
    bytes = 0;
    start = end;
  };
  sheet.cells.forEach((row, r) => {
    const written = writeRow(sheet.name, r, row, width);
    if (rows.length && ((rows.length + 1) * width > maxCells || bytes + written.bytes > maxBytes)) flush(r);
    rows.push(written);
    bytes += written.bytes;
  });
  flush(sheet.cells.length);
  return chunks;
}

interface WrittenRow {
  values: CellScalar[];
  formats: (string | null)[];
  anyFormat: boolean;
  formulas: boolean;
  cells: number;
  textCells: number;
  bytes: number;
}

function writeRow(sheet: string, r: number, row: readonly (CellSpec | null)[], width: number): WrittenRow {
  const out: WrittenRow = {
    values: [],
    formats: [],
    anyFormat: false,
    formulas: false,
    cells: 0,
    textCells: 0,
    bytes: 0,
  };
  for (let c = 0; c < width; c++) {
    const cell = row[c] ?? null;
    const [value, format] = cell ? cellWrite(sheet, r, c, cell, out) : [null, null];
    out.values.push(value);
    out.formats.push(format);
    if (format !== null) out.anyFormat = true;
  }
  // Each row also costs a comma in both 2-D arrays.
  out.bytes = jsonBytes(out.values) + jsonBytes(out.formats) + 2;
  return out;
}

function cellWrite(
  sheet: string,
  r: number,
  c: number,
  cell: CellSpec,
  out: WrittenRow,
): [CellScalar, string | null] {
  const format = cell.fmt ?? null;
  if (cell.f !== undefined) {
    out.formulas = true;
    out.cells += 1;
    // A formula typed into a Text cell would stay text; in a file the format does not matter. Keep it a formula.
    return [`=${cell.f}`, format === TEXT_FORMAT ? null : format];
  }
  const v = cell.v;
  if (v === undefined || v === null || v === '') return [null, format];
  out.cells += 1;
  if (typeof v === 'string') {
    if (format !== TEXT_FORMAT) out.textCells += 1;
    return [v, TEXT_FORMAT];
  }
  if (typeof v === 'number' && !Number.isFinite(v))
    throw new Error(`${sheet}!${cellAddress(r, c)}: ${v} is not a number Excel can hold`);
  return [v, format];
}

function toChunk(rows: WrittenRow[], start: number, end: number, width: number, bytes: number): CellChunk {
  const anyFormat = rows.some((r) => r.anyFormat);
  return {
    address: `${cellAddress(start, 0)}:${cellAddress(end - 1, width - 1)}`,
    numberFormat: anyFormat ? rows.map((r) => r.formats) : null,
    values: rows.map((r) => r.values),
    formulas: rows.some((r) => r.formulas),
    cells: rows.reduce((n, r) => n + r.cells, 0),
    textCells: rows.reduce((n, r) => n + r.textCells, 0),
    bytes: bytes + 4 + (anyFormat ? 2 : 1) * ACTION_BYTES,
  };
}
