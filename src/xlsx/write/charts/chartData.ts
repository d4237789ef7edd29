/** What a chart shows, taken from its SheetSpec: sheet-qualified references and a cache of the current values. */
import { columnLetters, type CellRange } from '../../../core/sheet/a1';
import type { CellSpec, ChartSpec, SheetSpec } from '../../../core/sheet/spec';
import { requireRange } from '../checks';
import { WorkbookSpecError } from '../specError';

/** One chart's data: references for Excel, cached points for viewers that do not recalculate. */
export interface ChartData {
  /** e.g. `'Tổng quan'!$A$5:$A$17`. */
  categoriesRef: string;
  valuesRef: string;
  pointCount: number;
  /** Category label per point index (missing labels left out). */
  categories: { idx: number; text: string }[];
  /** Number per point index (blanks and uncached formulas left out: a gap, not a zero). */
  values: { idx: number; value: number }[];
  /** Number format of the values (the first value cell's), "General" when none. */
  formatCode: string;
}

/** `'Sheet name'!$A$1:$A$9`: always quoted, inner apostrophes doubled (Vietnamese names and spaces need quotes). */
export function sheetRef(sheetName: string, range: CellRange): string {
  const abs = (row: number, col: number) => `$${columnLetters(col)}$${row + 1}`;
  return `'${sheetName.replace(/'/g, "''")}'!${abs(range.top, range.left)}:${abs(range.bottom, range.right)}`;
}

function cellsOf(sheet: SheetSpec, range: CellRange): (CellSpec | null | undefined)[] {
  const out: (CellSpec | null | undefined)[] = [];
  for (let r = range.top; r <= range.bottom; r++)
    for (let c = range.left; c <= range.right; c++) out.push(sheet.cells[r]?.[c]);
  return out;
}

function line(ref: string, where: string): CellRange {
  const range = requireRange(ref, where);
  if (range.top !== range.bottom && range.left !== range.right)
    throw new WorkbookSpecError(where, `chart data must be one row or one column: "${ref}"`);
  return range;
}

/** The chart's references and cached points; a WorkbookSpecError when its ranges do not line up. */
export function chartData(sheet: SheetSpec, chart: ChartSpec): ChartData {
  const where = `sheet "${sheet.name}", chart "${chart.title}"`;
  const catRange = line(chart.categories, where);
  const valRange = line(chart.values, where);
  const cats = cellsOf(sheet, catRange);
  const vals = cellsOf(sheet, valRange);
  if (cats.length !== vals.length)
    throw new WorkbookSpecError(
      where,
      `categories (${cats.length}) and values (${vals.length}) differ in length`,
    );
  const categories: ChartData['categories'] = [];
  const values: ChartData['values'] = [];
  cats.forEach((cell, idx) => {
    const v = cell?.v;
    if (v !== undefined && v !== null && v !== '') categories.push({ idx, text: String(v) });
  });
  vals.forEach((cell, idx) => {
    // A formula's `v` is its cached result when the spec has one; otherwise the point is left for Excel to compute.
    if (typeof cell?.v === 'number' && Number.isFinite(cell.v)) values.push({ idx, value: cell.v });
  });
  const firstFmt = vals.find((c) => c?.fmt)?.fmt;
  return {
    categoriesRef: sheetRef(sheet.name, catRange),
    valuesRef: sheetRef(sheet.name, valRange),
    pointCount: cats.length,
    categories,
    values,
    formatCode: firstFmt ?? 'General',
  };
}

/** The cells the chart frame covers (zero-based, inclusive): `from` top-left to `to` bottom-right. */
export function chartFrame(sheet: SheetSpec, chart: ChartSpec): CellRange {
  const where = `sheet "${sheet.name}", chart "${chart.title}"`;
  const from = requireRange(chart.from, where);
  const to = requireRange(chart.to, where);
  if (from.top !== from.bottom || from.left !== from.right || to.top !== to.bottom || to.left !== to.right)
    throw new WorkbookSpecError(where, `from/to must be single cells (${chart.from}, ${chart.to})`);
  if (to.top < from.top || to.left < from.left)
    throw new WorkbookSpecError(
      where,
      `"to" (${chart.to}) must be below and right of "from" (${chart.from})`,
    );
  return { top: from.top, left: from.left, bottom: to.top, right: to.left };
}
