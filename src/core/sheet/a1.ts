/** A1-style cell addresses: conversions between "B7" and zero-based {row, col}. */

/** Largest column Excel supports (XFD). */
export const MAX_COLUMNS = 16384;
/** Largest row Excel supports. */
export const MAX_ROWS = 1048576;

/** Zero-based column index → letters (0 → "A", 26 → "AA"). */
export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 0 || col >= MAX_COLUMNS)
    throw new RangeError(`column out of range: ${col}`);
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Letters → zero-based column index ("A" → 0); -1 when not letters. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Zero-based row and column → "B7". */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** A zero-based cell position. */
export interface CellPosition {
  row: number;
  col: number;
}

/** "B7" (or "$B$7") → zero-based position; null when it is not a single-cell address. */
export function parseCellAddress(address: string): CellPosition | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return null;
  const col = columnIndex(m[1] ?? '');
  const row = Number(m[2]) - 1;
  if (col < 0 || col >= MAX_COLUMNS || row < 0 || row >= MAX_ROWS) return null;
  return { row, col };
}

/** A zero-based inclusive rectangle of cells. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "A1:C3" (or a single cell "B2") → range; null when malformed. */
export function parseRange(ref: string): CellRange | null {
  const [a, b] = ref.split(':');
  const start = parseCellAddress(a ?? '');
  const end = b === undefined ? start : parseCellAddress(b);
  if (!start || !end) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

/** Range → "A1:C3" ("B2" when it is one cell). */
export function rangeAddress(range: CellRange): string {
  const start = cellAddress(range.top, range.left);
  const end = cellAddress(range.bottom, range.right);
  return start === end ? start : `${start}:${end}`;
}

/** Number of cells a range covers. */
export function rangeArea(range: CellRange): number {
  return (range.bottom - range.top + 1) * (range.right - range.left + 1);
}
