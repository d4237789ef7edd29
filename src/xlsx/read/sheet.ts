/**
 * One worksheet part → SheetSnapshot. A scanner for exactly what a snapshot holds (ECMA-376 Part 1 §18.3): `<row>`
 * children of `<sheetData>`, their `<c>` children with `r`, `s`, `t`, and in each cell `<v>`, `<f>` and `<is>`;
 * `<mergeCell>` children of `<mergeCells>`. Everything else — columns, views, conditional formats, extensions,
 * elements of other namespaces — is passed over without being looked at beyond being well-formed.
 * Cells are counted before parsing (FILE_TOO_MANY_CELLS before any work); positions come from the `r` attributes
 * or, where a writer leaves them out, by counting; merges are checked arithmetically; covered cells are cleared (some
 * writers store values under a merge; ExcelJS then repeated the top-left value across it, double counting sums —
 * docs/design.md).
 */
import type { SheetSnapshot } from '../../core/snapshot/types';
import { abort } from './abort';
import type { GridBudget } from './grid';
import type { ReadLimits } from './limits';
import { scanRows } from './rowScanner';
import { SheetBuilder } from './sheetBuilder';
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

/**
 * The rows of `<sheetData>`: the row scanner reads the plain ones straight from the text; any row it does not read
 * (a namespace declaration, markup compatibility, a comment, a rich string …) is read here, element by element.
 */
function readSheetData(r: XmlReader, sheet: SheetBuilder): void {
  const depth = r.depth;
  const prefix = r.qualifiedName().slice(0, -'sheetData'.length);
  scanRows(r, prefix, sheet);
  for (let e = r.next(); e !== END; e = r.next()) {
    if (e === OPEN) {
      if (r.local === 'row' && r.uri === NS.main) {
        sheet.startRow(r.attr('r'));
        readRow(r, sheet);
        scanRows(r, prefix, sheet);
      } else {
        r.skip();
        scanRows(r, prefix, sheet);
      }
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
