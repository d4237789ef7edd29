/**
 * The state of one sheet while its cells arrive, from the generic reading (sheet.ts) or the row scanner
 * (rowScanner.ts): positions from `r` attributes or by counting, the dense grid, merges, shared formulas.
 */
import { MAX_COLUMNS, MAX_ROWS, cellAddress } from '../../core/sheet/a1';
import { abort } from './abort';
import { toSnapshotCell, type RawCell } from './cellValue';
import { Grid } from './grid';
import { Merges } from './merges';
import type { SheetContext } from './sheet';

/** A cell being read, with its position. */
export type PlacedCell = RawCell & { row: number; col: number };

/** The state of one sheet while its cells arrive. */
export class SheetBuilder {
  readonly grid: Grid;
  readonly merges: Merges;
  private readonly shared = new Map<string, string>();
  private readonly scratch: PlacedCell = {
    ref: '',
    row: 0,
    col: 0,
    type: '',
    value: null,
    formula: null,
    inline: null,
    dateKind: null,
    percent: false,
  };
  private row = -1;
  private col = -1;
  private cells = 0;

  /** A builder for one sheet, sharing the workbook's budgets. */
  constructor(
    private readonly part: string,
    private readonly name: string,
    private readonly ctx: SheetContext,
  ) {
    this.grid = new Grid(name, ctx.limits, ctx.grid);
    this.merges = new Merges(name, ctx.limits);
  }

  /** A `<row>` starts; `r` is its number as written, if any. */
  startRow(r: string | undefined): void {
    this.row = r === undefined ? this.row + 1 : rowIndex(r, this.part);
    this.col = -1;
  }

  /** A `<c>` starts, with its `r`, `s` and `t` attributes; its value parts are set on the cell returned. */
  startCell(r: string | undefined, s: string | undefined, t: string | undefined): PlacedCell {
    this.cells++;
    if (r === undefined) {
      this.row = Math.max(this.row, 0);
      this.col++;
      if (this.col >= MAX_COLUMNS) this.invalid(`more than ${MAX_COLUMNS} columns in row ${this.row + 1}`);
    } else {
      const at = cellIndex(r);
      if (at < 0) this.invalid(`cell "${r.slice(0, 20)}" is outside Excel's grid`);
      this.row = Math.floor(at / MAX_COLUMNS);
      this.col = at % MAX_COLUMNS;
    }
    const style = this.ctx.numberStyles[s === undefined ? 0 : Number(s)];
    // One object for every cell of the sheet: endCell turns it into the snapshot's cell before the next one starts.
    const cell = this.scratch;
    cell.ref = r ?? cellAddress(this.row, this.col);
    cell.row = this.row;
    cell.col = this.col;
    cell.type = t ?? '';
    cell.value = null;
    cell.formula = null;
    cell.inline = null;
    cell.dateKind = style?.dateKind ?? null;
    cell.percent = style?.percent ?? false;
    return cell;
  }

  /** The cell is complete: its value goes into the grid. */
  endCell(cell: PlacedCell): void {
    const value = toSnapshotCell(cell, this.ctx.sharedStrings, this.ctx.date1904);
    if (value) this.grid.set(cell.row, cell.col, value);
  }

  /**
   * Shared formulas (§18.3.1.40): the master carries the text, dependents only `<f t="shared" si="0"/>`. Dependents
   * get the master's text as written (not shifted to their own position) — enough to know the cell is a formula.
   */
  formulaText(text: string, sharedIndex: string | undefined): string {
    if (sharedIndex === undefined) return text;
    if (text) {
      this.shared.set(sharedIndex, text);
      return text;
    }
    return this.shared.get(sharedIndex) ?? '';
  }

  /** Adds this sheet's cells to the workbook's count (after the sheet is read). */
  commitCount(): void {
    this.ctx.cells.count += this.cells;
  }

  private invalid(what: string): never {
    return abort('FILE_CORRUPT', { params: { reason: `${this.part}: ${what}` } });
  }
}

/** "B7" (or "$B$7") → row × 16384 + column, zero-based; -1 for anything that is not a cell inside Excel's grid. */
function cellIndex(ref: string): number {
  let i = ref.charCodeAt(0) === 0x24 ? 1 : 0;
  let col = 0;
  const start = i;
  for (let c = ref.charCodeAt(i) | 0x20; c >= 0x61 && c <= 0x7a; c = ref.charCodeAt(++i) | 0x20)
    col = col * 26 + (c - 0x60);
  if (i === start || i - start > 3 || col > MAX_COLUMNS) return -1;
  if (ref.charCodeAt(i) === 0x24) i++;
  const digits = ref.length - i;
  if (digits < 1 || digits > 7) return -1;
  let row = 0;
  for (; i < ref.length; i++) {
    const d = ref.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return -1;
    row = row * 10 + d;
  }
  if (row < 1 || row > MAX_ROWS) return -1;
  return (row - 1) * MAX_COLUMNS + (col - 1);
}

function rowIndex(value: string, part: string): number {
  const n = /^[ \t\n]*\d{1,7}[ \t\n]*$/.test(value) ? Number(value) : 0;
  if (n < 1 || n > MAX_ROWS)
    abort('FILE_CORRUPT', {
      params: { reason: `${part}: row "${value.slice(0, 20)}" is outside Excel's grid` },
    });
  return n - 1;
}
