/** Cell values, formulas, styles and number formats, and merged ranges, from a SheetSpec into an ExcelJS sheet. */
import type ExcelJS from 'exceljs';
import { cellAddress, rangeArea } from '../../core/sheet/a1';
import type { CellSpec, SheetSpec } from '../../core/sheet/spec';
import { requireRange } from './checks';
import { WorkbookSpecError } from './specError';
import type { StyleCache } from './styles';

/**
 * The ExcelJS value of a cell. A string is always text: ExcelJS stores strings in the shared-string table
 * (`t="s"`), never as formulas, so "=1+1" or "-5" typed by an agency stays literal. Formulas are written without
 * a cached result unless the spec gives one in `v`; the workbook asks Excel to recalculate on load (see
 * properties.ts), and LibreOffice recalculates files without cached values.
 */
export function cellValue(cell: CellSpec, where: () => string): ExcelJS.CellValue {
  if (cell.f !== undefined) {
    if (cell.f === '' || cell.f.startsWith('='))
      throw new WorkbookSpecError(where(), `a formula is given without its leading "=": "${cell.f}"`);
    const result = scalar(cell.v ?? null, where);
    return result === null ? { formula: cell.f } : { formula: cell.f, result };
  }
  return cell.v === undefined ? null : scalar(cell.v, where);
}

function scalar(v: CellSpec['v'], where: () => string): number | string | boolean | null {
  // NaN or Infinity would be written as the text "NaN" inside <v>, a file Excel must repair.
  if (typeof v === 'number' && !Number.isFinite(v))
    throw new WorkbookSpecError(where(), `not a finite number: ${v}`);
  return v ?? null;
}

/** Writes every non-null cell of the sheet: value or formula, shared style object, number format. */
export function writeCells(ws: ExcelJS.Worksheet, sheet: SheetSpec, styles: StyleCache): void {
  sheet.cells.forEach((row, r) => {
    if (row.length === 0) return;
    const xRow = ws.getRow(r + 1);
    row.forEach((cell, c) => {
      if (!cell) return;
      const where = () => `sheet "${sheet.name}", cell ${cellAddress(r, c)}`;
      const xCell = xRow.getCell(c + 1);
      xCell.value = cellValue(cell, where);
      xCell.style = styles.get(cell.s, cell.fmt, where);
    });
  });
}

/**
 * Largest merge we write. ExcelJS materialises every cell of a merged range (lib/doc/worksheet.js
 * `_mergeCellsInternal` calls getCell for each), so a runaway range would exhaust memory; real merges are titles a
 * row wide.
 */
export const MAX_MERGE_AREA = 100_000;

/**
 * Merges the sheet's ranges. Only the top-left cell of a merge keeps a value (Excel drops the others, and ExcelJS
 * turns them into references to the top-left cell), so a value anywhere else is a spec bug, reported here rather
 * than lost silently. ExcelJS itself throws on overlapping merges.
 */
export function writeMerges(ws: ExcelJS.Worksheet, sheet: SheetSpec): void {
  for (const ref of sheet.merges) {
    const where = `sheet "${sheet.name}", merge ${ref}`;
    const range = requireRange(ref, where);
    if (rangeArea(range) > MAX_MERGE_AREA)
      throw new WorkbookSpecError(where, `a merge may cover at most ${MAX_MERGE_AREA} cells`);
    // Only cells the spec holds can carry a value: a merge over a huge empty area costs nothing to check.
    for (let r = range.top; r <= Math.min(range.bottom, sheet.cells.length - 1); r++) {
      const row = sheet.cells[r] ?? [];
      for (let c = range.left; c <= Math.min(range.right, row.length - 1); c++) {
        if (r === range.top && c === range.left) continue;
        const cell = row[c];
        if (cell && (cell.f !== undefined || (cell.v !== undefined && cell.v !== null)))
          throw new WorkbookSpecError(
            where,
            `cell ${cellAddress(r, c)} has a value but is hidden by the merge`,
          );
      }
    }
    ws.mergeCells(range.top + 1, range.left + 1, range.bottom + 1, range.right + 1);
  }
}
