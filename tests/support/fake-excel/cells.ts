/** Range targets of the fake: addresses, iteration over cells, protection checks, and Office-style addresses. */
import { parseRange, rangeAddress, type CellRange } from '../../../src/core/sheet/a1';
import { fail } from './errors';
import type { CellModel, SheetModel } from './model';

/** Excel's last row (zero-based). */
export const LAST_ROW = 1048575;
/** Excel's last column (zero-based). */
export const LAST_COL = 16383;

/** A range resolved on a sheet. */
export interface RangeTarget {
  sheet: SheetModel;
  range: CellRange;
}

/** Anything that can give its sheet while a sync runs. */
export interface SheetRef {
  model(): SheetModel;
}

/** "B2", "A1:C3", whole columns "A:C" or whole rows "5:7" (with or without $) → a range; null when malformed. */
export function parseAddress(address: string): CellRange | null {
  const a = address.trim().replace(/\$/g, '');
  const cols = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(a);
  if (cols) {
    const left = parseRange(`${cols[1]}1`)?.left;
    const right = parseRange(`${cols[2]}1`)?.left;
    if (left === undefined || right === undefined) return null;
    return { top: 0, bottom: LAST_ROW, left: Math.min(left, right), right: Math.max(left, right) };
  }
  const rows = /^(\d{1,7}):(\d{1,7})$/.exec(a);
  if (rows) {
    const top = Number(rows[1]) - 1;
    const bottom = Number(rows[2]) - 1;
    if (top < 0 || bottom < 0 || top > LAST_ROW || bottom > LAST_ROW) return null;
    return { top: Math.min(top, bottom), bottom: Math.max(top, bottom), left: 0, right: LAST_COL };
  }
  return parseRange(a);
}

/** Rows × columns of a range. */
export function dims(range: CellRange): { rows: number; cols: number } {
  return { rows: range.bottom - range.top + 1, cols: range.right - range.left + 1 };
}

/** Calls `fn` on every cell of the range, creating cells (writes). */
export function eachCell(t: RangeTarget, fn: (cell: CellModel, r: number, c: number) => void): void {
  for (let r = t.range.top; r <= t.range.bottom; r++)
    for (let c = t.range.left; c <= t.range.right; c++) fn(t.sheet.cellAt(r, c, true), r, c);
}

/** A value read across the range: the common value, or null when cells differ (as Office.js reports mixed formats). */
export function uniform<V>(t: RangeTarget, read: (cell: CellModel) => V, fallback: V): V | null {
  const { rows, cols } = dims(t.range);
  let first: { v: V } | null = null;
  const check = (v: V) => {
    if (!first) first = { v };
    return Object.is(first.v, v);
  };
  if (rows * cols > 100_000) {
    for (const cell of t.sheet.cells.values()) if (!check(read(cell))) return null;
    return check(fallback) ? fallback : null;
  }
  for (let r = t.range.top; r <= t.range.bottom; r++) {
    for (let c = t.range.left; c <= t.range.right; c++) {
      const cell = t.sheet.cellAt(r, c);
      if (!check(cell ? read(cell) : fallback)) return null;
    }
  }
  return first ? (first as { v: V }).v : fallback;
}

/** What an edit needs protection to allow. */
export type EditKind = 'content' | 'format' | 'columns' | 'rows' | 'objects';

/** Throws AccessDenied when the sheet's protection forbids the edit (content: only locked cells are guarded). */
export function assertEditable(t: RangeTarget, kind: EditKind, what: string): void {
  const p = t.sheet.protection;
  if (!p.protected) return;
  const allowed =
    kind === 'format'
      ? p.options.allowFormatCells === true
      : kind === 'columns'
        ? p.options.allowFormatColumns === true
        : kind === 'rows'
          ? p.options.allowFormatRows === true
          : kind === 'content'
            ? allUnlocked(t)
            : false;
  if (!allowed) fail('AccessDenied', `${what}: the sheet "${t.sheet.name}" is protected.`, what);
}

function allUnlocked(t: RangeTarget): boolean {
  const { rows, cols } = dims(t.range);
  if (rows * cols > 1_000_000) return false;
  for (let r = t.range.top; r <= t.range.bottom; r++)
    for (let c = t.range.left; c <= t.range.right; c++)
      if (t.sheet.cellAt(r, c)?.locked ?? true) return false;
  return true;
}

/** A sheet name as Excel writes it in an address: quoted (quotes doubled) unless plain letters, digits, _ and . */
export function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** "Sheet!A1:B2" as Office.js reports addresses. */
export function officeAddress(sheet: SheetModel, range: CellRange): string {
  return `${sheetPrefix(sheet.name)}!${rangeAddress(range)}`;
}

/** True when two ranges share a cell. */
export function overlaps(a: CellRange, b: CellRange): boolean {
  return a.left <= b.right && a.right >= b.left && a.top <= b.bottom && a.bottom >= b.top;
}

/** Resolves an address argument (text or a range proxy's target) on a sheet; InvalidArgument when malformed. */
export function addressOn(sheet: SheetModel, address: string, what: string): RangeTarget {
  const range = parseAddress(address);
  if (!range) fail('InvalidArgument', `${what}: "${address}" is not an address.`, what);
  return { sheet, range };
}
