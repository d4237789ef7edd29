/**
 * One worksheet part → SheetSnapshot. A scanner for exactly what a snapshot holds (ECMA-376 Part 1 §18.3): `<row>`
 * children of `<sheetData>`, their `<c>` children with `r`, `s`, `t`, and in each cell `<v>`, `<f>` and `<is>`;
 * `<mergeCell>` children of `<mergeCells>`. Everything else — columns, views, conditional formats, extensions,
 * elements of other namespaces — is passed over without being looked at beyond being well-formed.
 * Cells are counted before parsing (FILE_TOO_MANY_CELLS before any work), positions come from the `r` attributes or, where a writer leaves them out, by counting; merges are checked arithmetically;
 * covered cells are cleared (some writers store values under a merge; ExcelJS then repeated the top-left value across
 * it, double counting sums — DESIGN.md).
 */
import { MAX_COLUMNS, MAX_ROWS, cellAddress } from '../../core/sheet/a1';
import type { SheetSnapshot } from '../../core/snapshot/types';
import { abort } from './abort';
import { toSnapshotCell, type RawCell } from './cellValue';
import { Grid, type GridBudget } from './grid';
import type { ReadLimits } from './limits';
import { Merges } from './merges';
import { richText } from './sharedStrings';
import type { NumberStyles } from './styles';
import { NS, UNDERSTOOD } from './xml/namespaces';
import { CLOSE, END, OPEN, XmlReader } from './xml/reader';
import { forEachChild, readRoot } from './xml/root';

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
  checkCellCount(text, name, ctx);
  const r = new XmlReader(text, part, UNDERSTOOD.spreadsheet);
  readRoot(r, NS.main, 'worksheet');
  const sheet = new SheetBuilder(part, name, ctx);
  forEachChild(r, (local, uri) => {
    if (uri !== NS.main) return;
    if (local === 'sheetData') readSheetData(r, sheet);
    else if (local === 'mergeCells')
      forEachChild(r, (child, childUri) => {
        if (child === 'mergeCell' && childUri === NS.main) sheet.merges.add(r.attr('ref'));
      });
  });
  sheet.commitCount();
  sheet.grid.clearMerged(sheet.merges.ranges);
  return { name, state, rows: sheet.grid.rows, merges: sheet.merges.refs };
}

function readSheetData(r: XmlReader, sheet: SheetBuilder): void {
  const depth = r.depth;
  for (let e = r.next(); e !== END; e = r.next()) {
    if (e === OPEN) {
      if (r.local === 'row' && r.uri === NS.main) {
        sheet.startRow(r.attr('r'));
        readRow(r, sheet);
      } else r.skip();
    } else if (e === CLOSE && r.depth < depth) return;
  }
}

function readRow(r: XmlReader, sheet: SheetBuilder): void {
  const depth = r.depth;
  for (let e = r.next(); e !== END; e = r.next()) {
    if (e === OPEN) {
      if (r.local === 'c' && r.uri === NS.main) readCell(r, sheet);
      else r.skip();
    } else if (e === CLOSE && r.depth < depth) return;
  }
}

function readCell(r: XmlReader, sheet: SheetBuilder): void {
  const cell = sheet.startCell(r.attr('r'), r.attr('s'), r.attr('t'));
  const depth = r.depth;
  for (let e = r.next(); e !== END; e = r.next()) {
    if (e === OPEN) {
      const local = r.uri === NS.main ? r.local : '';
      if (local === 'v') cell.value = r.readText();
      else if (local === 'f') {
        const shared = r.attr('t') === 'shared' ? (r.attr('si') ?? '') : undefined;
        cell.formula = sheet.formulaText(r.readText(), shared);
      } else if (local === 'is') cell.inline = richText(r);
      else r.skip();
    } else if (e === CLOSE && r.depth < depth) break;
  }
  sheet.endCell(cell);
}

/** A cell being read, with its position. */
type PlacedCell = RawCell & { row: number; col: number };

/** The state of one sheet while its cells arrive. */
class SheetBuilder {
  readonly grid: Grid;
  readonly merges: Merges;
  private readonly shared = new Map<string, string>();
  private row = -1;
  private col = -1;
  private cells = 0;

  constructor(
    private readonly part: string,
    private readonly name: string,
    private readonly ctx: SheetContext,
  ) {
    this.grid = new Grid(name, ctx.limits, ctx.grid);
    this.merges = new Merges(name, ctx.limits);
  }

  startRow(r: string | undefined): void {
    this.row = r === undefined ? this.row + 1 : rowIndex(r, this.part);
    this.col = -1;
  }

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
    return {
      ref: r ?? cellAddress(this.row, this.col),
      row: this.row,
      col: this.col,
      type: t ?? '',
      value: null,
      formula: null,
      inline: null,
      dateKind: style?.dateKind ?? null,
      percent: style?.percent ?? false,
    };
  }

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

/** The shortest text a cell can take (`<c/>`): a part shorter than 4 × the cells allowed cannot hold too many. */
const MIN_CELL_CHARS = 4;

/**
 * Counts the `<c>` start tags in the raw text before parsing, so a sheet over a limit is refused before any work, with
 * its count (an upper bound: a "<c>" inside a comment, CDATA or another namespace counts too, which only matters to
 * absurd files). Skipped when the part is too short to hold more cells than allowed.
 */
function checkCellCount(text: string, sheet: string, ctx: SheetContext): void {
  const { maxSheetCells, maxCells } = ctx.limits;
  if (text.length < MIN_CELL_CHARS * Math.min(maxSheetCells, maxCells - ctx.cells.count)) return;
  const re = /<(?:[A-Za-z_][\w.-]*:)?c[\s/>]/g;
  let cells = 0;
  while (re.exec(text)) cells++;
  if (cells > maxSheetCells)
    abort('FILE_TOO_MANY_CELLS', { sheet, params: { sheet, cells, limit: maxSheetCells } });
  if (ctx.cells.count + cells > maxCells) {
    const total = ctx.cells.count + cells;
    abort('FILE_TOO_MANY_CELLS', { sheet, params: { sheet, cells: total, limit: maxCells } });
  }
}

/** "B7" (or "$B$7") → row × 16384 + column, zero-based; -1 for anything that is not a cell inside Excel's grid. */
export function cellIndex(ref: string): number {
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
