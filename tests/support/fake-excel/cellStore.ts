/**
 * A sheet's cells, keyed `row * 16384 + col` like a Map (tests read the keys that way), stored as one array per row:
 * those keys pass 2^31 beyond row 131,072, where a Map of numbers becomes slow — a 200,000-row sheet took seconds per
 * lookup pass. Rows are kept in a Map by row index (small integers), cells in a sparse array by column.
 */
import type { CellModel } from './model';

/** Columns per row in Excel (the key's multiplier). */
export const MAX_COL = 16384;

/** The cells of a sheet, with the parts of the Map interface the fake and its tests use. */
export class CellStore implements Iterable<[number, CellModel]> {
  private readonly rows = new Map<number, (CellModel | undefined)[]>();
  private count = 0;

  /** Number of cells held. */
  get size(): number {
    return this.count;
  }

  /** The cell at a key, if any. */
  get(key: number): CellModel | undefined {
    return this.rows.get(Math.floor(key / MAX_COL))?.[key % MAX_COL];
  }

  /** The cell at a row and column, if any (no key arithmetic). */
  at(row: number, col: number): CellModel | undefined {
    return this.rows.get(row)?.[col];
  }

  /** Sets the cell at a key. */
  set(key: number, cell: CellModel): this {
    const row = Math.floor(key / MAX_COL);
    let cells = this.rows.get(row);
    if (!cells) {
      cells = [];
      this.rows.set(row, cells);
    }
    if (cells[key % MAX_COL] === undefined) this.count += 1;
    cells[key % MAX_COL] = cell;
    return this;
  }

  /** True when a cell is held at the key. */
  has(key: number): boolean {
    return this.get(key) !== undefined;
  }

  /** Rows that hold cells, as [row, cells by column]. */
  rowEntries(): IterableIterator<[number, (CellModel | undefined)[]]> {
    return this.rows.entries();
  }

  /** [key, cell] pairs, row by row. */
  *entries(): IterableIterator<[number, CellModel]> {
    for (const [row, cells] of this.rows)
      for (let col = 0; col < cells.length; col++) {
        const cell = cells[col];
        if (cell) yield [row * MAX_COL + col, cell];
      }
  }

  /** The cells, row by row. */
  *values(): IterableIterator<CellModel> {
    for (const [, cell] of this.entries()) yield cell;
  }

  /** [key, cell] pairs. */
  [Symbol.iterator](): IterableIterator<[number, CellModel]> {
    return this.entries();
  }
}
