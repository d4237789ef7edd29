/** Sheet-level setup: visibility, tab colour, frozen panes, A4 print setup, column widths, row heights. */
import type ExcelJS from 'exceljs';
import type { SheetSpec } from '../../core/sheet/spec';
import { cellAddress } from '../../core/sheet/a1';
import { marginsOf, pageTextCode, printScale } from '../../core/sheet/print';
import { argb, requireRange } from './checks';
import { FONT_NAME, FONT_SIZE } from './styles';
import { WorkbookSpecError } from './specError';

/** Paper size 9 = A4 (ECMA-376 Part 1, 18.3.1.63 pageSetup), the paper of every Vietnamese office. */
export const PAPER_A4 = 9;

/** Frozen rows/columns as an ExcelJS view; a sheet without a freeze gets the plain normal view. */
export function sheetView(sheet: SheetSpec): Partial<ExcelJS.WorksheetView> {
  const rows = sheet.freeze?.rows ?? 0;
  const cols = sheet.freeze?.cols ?? 0;
  if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 0 || cols < 0)
    throw new WorkbookSpecError(`sheet "${sheet.name}"`, `freeze needs whole numbers ≥ 0 (${rows}, ${cols})`);
  if (rows === 0 && cols === 0) return { state: 'normal' };
  return { state: 'frozen', xSplit: cols, ySplit: rows };
}

/** Millimetres → inches (ExcelJS takes margins in inches, as the file stores them). */
const inches = (mm: number) => Math.round((mm / 25.4) * 1000) / 1000;

/**
 * Print setup: always A4; landscape or portrait; the scale core computes (print.ts: the printed columns one page
 * wide, never below the readable minimum — an explicit scale rather than Excel's "fit to", so every host prints the
 * same page and manual page breaks stay where they are); margins; the print area; title rows repeated on every page.
 */
export function pageSetup(sheet: SheetSpec): Partial<ExcelJS.PageSetup> {
  // Narrow cast: PaperSize is a `const enum` in ExcelJS's typings, which isolatedModules cannot reference.
  const out: Partial<ExcelJS.PageSetup> = {
    paperSize: PAPER_A4 as ExcelJS.PaperSize,
    orientation: 'portrait',
  };
  const print = sheet.print;
  if (!print) return out;
  const where = `sheet "${sheet.name}"`;
  out.orientation = print.orientation;
  out.scale = printScale(sheet);
  const m = marginsOf(sheet);
  out.margins = {
    top: inches(m.top),
    bottom: inches(m.bottom),
    left: inches(m.left),
    right: inches(m.right),
    header: inches(m.header),
    footer: inches(m.footer),
  };
  if (print.centerHorizontally) out.horizontalCentered = true;
  if (print.area !== undefined) {
    const area = requireRange(print.area, `${where}, print area`);
    // ExcelJS writes the defined name as `'sheet'!$<first>:$<last>`, putting "$" before the column only
    // (lib/xlsx/xform/book/workbook-xform.js `prepare`): giving "A$1" makes the whole reference absolute.
    const at = (row: number, col: number) => cellAddress(row, col).replace(/(\d+)$/, '$$$1');
    out.printArea = `${at(area.top, area.left)}:${at(area.bottom, area.right)}`;
  }
  if (print.titleRows !== undefined) {
    const t = /^(\d+):(\d+)$/.exec(print.titleRows);
    if (!t || Number(t[1]) < 1 || Number(t[1]) > Number(t[2]))
      throw new WorkbookSpecError(where, `print title rows must read like "5:5": "${print.titleRows}"`);
    out.printTitlesRow = print.titleRows;
  }
  return out;
}

/** Header and footer (Times New Roman at the body size, like the cells) and the manual page breaks. */
export function writePageExtras(ws: ExcelJS.Worksheet, sheet: SheetSpec): void {
  const print = sheet.print;
  if (!print) return;
  const font = { name: FONT_NAME, size: FONT_SIZE };
  const oddHeader = pageTextCode(print.header, font);
  const oddFooter = pageTextCode(print.footer, font);
  if (oddHeader || oddFooter)
    ws.headerFooter = { ...(oddHeader ? { oddHeader } : {}), ...(oddFooter ? { oddFooter } : {}) };
  for (const row of [...new Set(print.rowBreaks ?? [])].sort((a, b) => a - b)) {
    if (!Number.isInteger(row) || row < 1)
      throw new WorkbookSpecError(
        `sheet "${sheet.name}"`,
        `a page break needs a row after the first (${row})`,
      );
    // ExcelJS writes <brk id="n">, a break below 1-based row n (ECMA-376 Part 1, 18.3.1.3): the row above ours.
    ws.getRow(row).addPageBreak();
  }
}

/** Options for `addWorksheet`: state, tab colour, view and print setup. */
export function worksheetOptions(sheet: SheetSpec): Partial<ExcelJS.AddWorksheetOptions> {
  const where = `sheet "${sheet.name}"`;
  const properties: Partial<ExcelJS.WorksheetProperties> = {};
  if (sheet.tabColor) properties.tabColor = { argb: argb(sheet.tabColor, where) };
  return { state: sheet.visibility, properties, views: [sheetView(sheet)], pageSetup: pageSetup(sheet) };
}

/** Column widths (characters) and hidden columns; row heights (points). */
export function writeDimensions(ws: ExcelJS.Worksheet, sheet: SheetSpec): void {
  const where = `sheet "${sheet.name}"`;
  sheet.columns.forEach((col, i) => {
    // Excel's column width limit is 255 characters.
    if (!Number.isFinite(col.width) || col.width < 0 || col.width > 255)
      throw new WorkbookSpecError(where, `column ${i + 1} width must be 0 to 255 (${col.width})`);
    const column = ws.getColumn(i + 1);
    column.width = col.width;
    if (col.hidden) column.hidden = true;
  });
  for (const [key, height] of Object.entries(sheet.rowHeights ?? {})) {
    const row = Number(key);
    // Excel's row height limit is 409 points.
    if (!Number.isInteger(row) || row < 0 || !Number.isFinite(height) || height < 0 || height > 409)
      throw new WorkbookSpecError(
        where,
        `row height ${key}: ${height} (rows from 0, heights 0 to 409 points)`,
      );
    ws.getRow(row + 1).height = height;
  }
}
