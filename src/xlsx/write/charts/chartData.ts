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
  /** Points with a colour of their own (RGB hex), by point index. */
  pointColors: { idx: number; color: string }[];
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
  if (chart.valueAxisMin !== undefined && !Number.isFinite(chart.valueAxisMin))
    throw new WorkbookSpecError(where, `value axis minimum ${chart.valueAxisMin} is not a number`);
  const firstFmt = vals.find((c) => c?.fmt)?.fmt;
  return {
    pointColors: pointColors(chart, vals.length, where),
    categoriesRef: sheetRef(sheet.name, catRange),
    valuesRef: sheetRef(sheet.name, valRange),
    pointCount: cats.length,
    categories,
    values,
    formatCode: firstFmt ?? 'General',
  };
}

/** The chart's own point colours, checked: no more than its points, each six hex digits. */
function pointColors(chart: ChartSpec, points: number, where: string): ChartData['pointColors'] {
  const colors = chart.pointColors ?? [];
  if (colors.length > points)
    throw new WorkbookSpecError(where, `${colors.length} point colours for ${points} points`);
  const out: ChartData['pointColors'] = [];
  colors.forEach((color, idx) => {
    if (color === null) return;
    if (!/^[0-9A-Fa-f]{6}$/.test(color))
      throw new WorkbookSpecError(where, `point colour "${color}" is not RGB hex`);
    out.push({ idx, color: color.toUpperCase() });
  });
  return out;
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
