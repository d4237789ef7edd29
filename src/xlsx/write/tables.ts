/** Excel Tables (ListObjects) over cells the spec already holds, with filter buttons and a built-in style. */
import type ExcelJS from 'exceljs';
import { cellAddress, type CellRange } from '../../core/sheet/a1';
import type { SheetSpec, TableSpec } from '../../core/sheet/spec';
import { overlaps, requireRange } from './checks';
import { WorkbookSpecError } from './specError';

/** Label Excel puts in the first column if a user switches the table's totals row on. */
export const TOTALS_LABEL = 'Tổng cộng';

type TableTheme = NonNullable<NonNullable<ExcelJS.TableProperties['style']>['theme']>;

/**
 * Excel's table-name rules: a letter, "_" or "\" first, then letters, digits, "_" or "."; not something that reads
 * as a cell reference. A hyphen or space makes Excel repair the file (https://github.com/exceljs/exceljs/issues/2843,
 * https://github.com/exceljs/exceljs/issues/1641).
 */
export function checkTableName(name: string, where: string): void {
  const shape = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) && name.length <= 255;
  const looksLikeReference =
    /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name);
  if (!shape || looksLikeReference)
    throw new WorkbookSpecError(where, `not a valid Excel table name: "${name}"`);
}

function theme(style: string, where: string): TableTheme {
  if (!/^TableStyle(Light([1-9]|1\d|2[01])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01]))$/.test(style))
    throw new WorkbookSpecError(where, `not a built-in table style: "${style}"`);
  // Narrow cast: the pattern above accepts exactly the names of ExcelJS's TableStyleProperties['theme'] union.
  return style as TableTheme;
}

/**
 * The header names: text, unique ignoring case, no tab or line break. Excel repairs a table whose header cells
 * differ from its column names, repeat a name (https://github.com/exceljs/exceljs/issues/2944) or hold a line
 * break (reported in https://github.com/exceljs/exceljs/pull/1345).
 */
function headerNames(sheet: SheetSpec, range: CellRange, where: string): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  for (let c = range.left; c <= range.right; c++) {
    const cell = sheet.cells[range.top]?.[c];
    const name = cell && cell.f === undefined ? cell.v : undefined;
    const at = cellAddress(range.top, c);
    if (typeof name !== 'string' || name.trim() === '')
      throw new WorkbookSpecError(where, `header cell ${at} must hold text`);
    if (/[\t\r\n]/.test(name))
      throw new WorkbookSpecError(where, `header cell ${at} has a tab or line break`);
    const key = name.toLocaleLowerCase('vi');
    if (seen.has(key)) throw new WorkbookSpecError(where, `header "${name}" is repeated`);
    seen.add(key);
    names.push(name);
  }
  return names;
}

/**
 * Adds one table. `addTable` insists on the rows and writes them into the sheet itself (lib/doc/table.js `store`),
 * and it would also overwrite cell styles with a column `style` (https://github.com/exceljs/exceljs/pull/1907).
 * So the cells are written first (values, styles, formats), the table is then given the very values ExcelJS
 * already holds for those cells and no column styles: `store` re-assigns each cell the value it has, which leaves
 * its style and number format alone, and the file holds each cell once.
 */
function writeTable(ws: ExcelJS.Worksheet, sheet: SheetSpec, table: TableSpec, names: Set<string>): void {
  const where = `sheet "${sheet.name}", table ${table.name}`;
  checkTableName(table.name, where);
  const key = table.name.toLowerCase();
  if (names.has(key)) throw new WorkbookSpecError(where, 'a table name must be unique in the workbook');
  names.add(key);
  const range = requireRange(table.range, where);
  if (range.bottom === range.top)
    throw new WorkbookSpecError(where, 'a table needs a data row under its header');
  for (const merge of sheet.merges)
    if (overlaps(requireRange(merge, where), range))
      throw new WorkbookSpecError(where, `merged range ${merge} inside a table`);
  const columns = headerNames(sheet, range, where).map((name, i): ExcelJS.TableColumnProperties =>
    i === 0 ? { name, filterButton: true, totalsRowLabel: TOTALS_LABEL } : { name, filterButton: true },
  );
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = range.top + 1; r <= range.bottom; r++) {
    const row = ws.getRow(r + 1);
    const values: ExcelJS.CellValue[] = [];
    for (let c = range.left; c <= range.right; c++) values.push(row.getCell(c + 1).value);
    rows.push(values);
  }
  ws.addTable({
    name: table.name,
    ref: cellAddress(range.top, range.left),
    headerRow: true,
    totalsRow: false,
    // Filter buttons need `filterButton: true` per column: ExcelJS writes hiddenButton="1" otherwise
    // (lib/xlsx/xform/table/filter-column-xform.js).
    style: { theme: theme(table.style, where), showRowStripes: true },
    columns,
    rows,
  });
}

/** Adds the sheet's tables; `names` collects table names across the workbook (they must be unique there). */
export function writeTables(ws: ExcelJS.Worksheet, sheet: SheetSpec, names: Set<string>): void {
  const placed: { range: CellRange; name: string }[] = [];
  for (const table of sheet.tables) {
    const range = requireRange(table.range, `sheet "${sheet.name}", table ${table.name}`);
    const clash = placed.find((p) => overlaps(p.range, range));
    if (clash)
      throw new WorkbookSpecError(
        `sheet "${sheet.name}", table ${table.name}`,
        `overlaps table ${clash.name}`,
      );
    placed.push({ range, name: table.name });
    writeTable(ws, sheet, table, names);
  }
}
