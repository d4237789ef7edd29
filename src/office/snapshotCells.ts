/**
 * A used range as Office.js loads it (address, values, valueTypes, formulas, numberFormat) → a SheetSnapshot's dense
 * rows from A1, read the way the .xlsx reader reads a file: numbers in a date format are dates, numbers in a percent
 * format are marked `percent`, errors are `e`, formulas keep their text in `f`, only the top-left cell of a merge keeps
 * a value, rows never end in nulls.
 */
import { rangeAddress, type CellRange } from '../core/sheet/a1';
import type { SnapshotCell } from '../core/snapshot/types';
import { serialToIso, serialToIsoDateTime } from '../core/text/dates';
import { formatDateKind, formatIsPercent } from '../core/text/numFmt';
import { parseSheetAddress } from './address';

/** The loaded properties of a used range (types as Office.js gives them). */
export interface LoadedRange {
  address: string;
  values: unknown[][];
  valueTypes: string[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
}

/** Excel's last day, 9999-12-31, as a 1900-system serial. */
const MAX_SERIAL = 2958465;

/** Dense rows for a sheet's used range (null: the sheet is empty) with merged cells other than top-left cleared. */
export function usedRangeRows(
  used: LoadedRange | null,
  merges: readonly CellRange[],
): (SnapshotCell | null)[][] {
  if (!used) return [];
  return assembleRows(blockOrigin(used).top, [blockRows(used)], merges);
}

/** The zero-based top-left cell of a loaded range, from its address. */
export function blockOrigin(block: LoadedRange): CellRange {
  const origin = parseSheetAddress(block.address);
  if (!origin) throw new Error(`unexpected used-range address ${JSON.stringify(block.address)}`);
  return origin;
}

/** One loaded block's rows as snapshot cells, each row padded from column A. */
export function blockRows(block: LoadedRange): (SnapshotCell | null)[][] {
  const origin = blockOrigin(block);
  return block.values.map((values, r) => {
    const row: (SnapshotCell | null)[] = Array<null>(origin.left).fill(null);
    values.forEach((value, c) => {
      row.push(toCell(value, block.valueTypes[r]?.[c], block.formulas[r]?.[c], block.numberFormat[r]?.[c]));
    });
    return row;
  });
}

/**
 * A sheet's rows from the rows of its blocks, in order from row `top`: empty rows above, merged cells other than
 * top-left cleared, rows never ending in nulls.
 */
export function assembleRows(
  top: number,
  blocks: readonly (SnapshotCell | null)[][][],
  merges: readonly CellRange[],
): (SnapshotCell | null)[][] {
  const rows: (SnapshotCell | null)[][] = [];
  for (let r = 0; r < top; r++) rows.push([]);
  for (const block of blocks) for (const row of block) rows.push(row);
  clearMerged(rows, merges);
  return trim(rows);
}

/** Merged ranges as the snapshot lists them ("B4:D4"). */
export function mergeRefs(merges: readonly CellRange[]): string[] {
  return merges.map(rangeAddress);
}

/** One cell. A formula is a `formulas` entry starting with "=" that differs from the value: a text constant such as
 * "=SUM(A1)" (kept as text) comes back the same in both. */
export function toCell(
  value: unknown,
  type: string | undefined,
  formulaEntry: unknown,
  numberFormat: unknown,
): SnapshotCell | null {
  const formula =
    typeof formulaEntry === 'string' && formulaEntry.startsWith('=') && formulaEntry !== value
      ? formulaEntry.slice(1)
      : undefined;
  const f = formula === undefined ? {} : { f: formula };
  switch (type) {
    case 'Empty':
      return formula === undefined ? null : { t: 's', v: '', ...f };
    case 'Error':
      return { t: 'e', v: String(value), ...f };
    case 'Boolean':
      return { t: 'b', v: value === true, ...f };
    case 'Double':
    case 'Integer':
      if (typeof value === 'number') return { ...numberCell(value, numberFormat), ...f };
      break;
    default:
      break;
  }
  if (typeof value === 'number') return { ...numberCell(value, numberFormat), ...f };
  if (typeof value === 'boolean') return { t: 'b', v: value, ...f };
  const text = value === null || value === undefined ? '' : String(value);
  if (text === '' && formula === undefined) return null;
  return { t: 's', v: text, ...f };
}

function numberCell(n: number, numberFormat: unknown): SnapshotCell {
  const format = typeof numberFormat === 'string' ? numberFormat : '';
  const kind = formatDateKind(format);
  if (kind === null) return formatIsPercent(format) ? { t: 'n', v: n, percent: true } : { t: 'n', v: n };
  if (n < 0 || n > MAX_SERIAL) return { t: 'n', v: n, date: true };
  return { t: 'd', v: kind === 'date' ? serialToIso(n) : serialToIsoDateTime(n) };
}

function clearMerged(rows: (SnapshotCell | null)[][], merges: readonly CellRange[]): void {
  for (const m of merges) {
    for (let r = m.top; r <= Math.min(m.bottom, rows.length - 1); r++) {
      const cells = rows[r] ?? [];
      for (let c = r === m.top ? m.left + 1 : m.left; c <= Math.min(m.right, cells.length - 1); c++)
        cells[c] = null;
    }
  }
}

function trim(rows: (SnapshotCell | null)[][]): (SnapshotCell | null)[][] {
  for (const cells of rows) while (cells.length && cells[cells.length - 1] === null) cells.pop();
  while (rows.length && rows[rows.length - 1]?.length === 0) rows.pop();
  return rows;
}
