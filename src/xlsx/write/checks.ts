/** Checks on names and ranges that Excel enforces but ExcelJS does not (or fixes silently). */
import { parseRange, type CellRange } from '../../core/sheet/a1';
import { WorkbookSpecError } from './specError';

/**
 * Excel's sheet-name rules. ExcelJS only warns on console and truncates names over 31 characters
 * (lib/doc/worksheet.js `set name`), which would silently break every reference to the sheet. We also refuse an
 * apostrophe anywhere: ExcelJS quotes print-title names as `'name'!` without doubling inner apostrophes
 * (lib/xlsx/xform/book/workbook-xform.js `prepare`), https://github.com/exceljs/exceljs/blob/v4.4.0/lib/xlsx/xform/book/workbook-xform.js
 */
export function checkSheetName(name: string): void {
  const where = `sheet "${name}"`;
  if (name.length === 0 || name.length > 31)
    throw new WorkbookSpecError(where, 'a sheet name has 1 to 31 characters');
  if (/[*?:/\\[\]']/.test(name))
    throw new WorkbookSpecError(where, "a sheet name may not contain * ? : / \\ [ ] or '");
  if (name.toLowerCase() === 'history') throw new WorkbookSpecError(where, '"History" is reserved by Excel');
}

/** Parses an A1 range of the spec or throws a WorkbookSpecError naming where it was found. */
export function requireRange(ref: string, where: string): CellRange {
  const range = parseRange(ref);
  if (!range) throw new WorkbookSpecError(where, `not an A1 range: "${ref}"`);
  return range;
}

/** True when two ranges share at least one cell. */
export function overlaps(a: CellRange, b: CellRange): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** A 6-digit RGB hex colour of the spec → ExcelJS ARGB (opaque). */
export function argb(rgb: string, where: string): string {
  if (!/^[0-9A-Fa-f]{6}$/.test(rgb)) throw new WorkbookSpecError(where, `not an RGB hex colour: "${rgb}"`);
  return `FF${rgb.toUpperCase()}`;
}
