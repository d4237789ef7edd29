/** Sheet-level setup: visibility, tab colour, frozen panes, A4 print setup, column widths, row heights. */
import type ExcelJS from 'exceljs';
import type { SheetSpec } from '../../core/sheet/spec';
import { argb } from './checks';
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

/**
 * Print setup: always A4; landscape or portrait; "fit to 1 page wide, as many pages tall as needed" is
 * fitToPage with fitToWidth 1 and fitToHeight 0; title rows repeat on every printed page.
 */
export function pageSetup(sheet: SheetSpec): Partial<ExcelJS.PageSetup> {
  // Narrow cast: PaperSize is a `const enum` in ExcelJS's typings, which isolatedModules cannot reference.
  const out: Partial<ExcelJS.PageSetup> = {
    paperSize: PAPER_A4 as ExcelJS.PaperSize,
    orientation: 'portrait',
  };
  const print = sheet.print;
  if (!print) return out;
  out.orientation = print.orientation;
  if (print.fitToWidth) Object.assign(out, { fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  if (print.titleRows !== undefined) {
    const m = /^(\d+):(\d+)$/.exec(print.titleRows);
    if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2]))
      throw new WorkbookSpecError(
        `sheet "${sheet.name}"`,
        `print title rows must read like "5:5": "${print.titleRows}"`,
      );
    out.printTitlesRow = print.titleRows;
  }
  return out;
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
