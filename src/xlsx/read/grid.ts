/**
 * The dense `rows[r][c]` of one sheet, built as cells arrive, with every slot it allocates counted against a budget
 * shared by the workbook before it is allocated: values at XFD1 … XFD200000 would otherwise turn a small file into
 * billions of nulls. Only cells with a value extend a row, so rows never end in nulls.
 */
import type { SnapshotCell } from '../../core/snapshot/types';
import type { CellRange } from '../../core/sheet/a1';
import { abort } from './abort';
import type { ReadLimits } from './limits';

/** Grid slots allocated so far in the workbook. */
export interface GridBudget {
  slots: number;
}

/** Rows of one sheet under construction. */
export class Grid {
  /** The rows; `rows[r]` is `[]` for an empty row. */
  readonly rows: (SnapshotCell | null)[][] = [];

  /** A grid for a sheet, spending from the workbook's budget. */
  constructor(
    private readonly sheet: string,
    private readonly limits: ReadLimits,
    private readonly budget: GridBudget,
  ) {}

  /** Puts a value at a zero-based position (a later cell at the same place wins). */
  set(row: number, col: number, cell: SnapshotCell): void {
    if (row >= this.rows.length) {
      this.spend(row + 1 - this.rows.length);
      while (this.rows.length <= row) this.rows.push([]);
    }
    const cells = this.rows[row] as (SnapshotCell | null)[];
    if (col < cells.length) {
      cells[col] = cell;
      return;
    }
    this.spend(col + 1 - Math.max(1, cells.length));
    while (cells.length < col) cells.push(null);
    cells.push(cell);
  }

  /** Clears every cell a merge covers except its top-left one, then trims trailing nulls and empty rows. */
  clearMerged(ranges: readonly CellRange[]): void {
    for (const m of ranges) {
      for (let r = m.top; r <= Math.min(m.bottom, this.rows.length - 1); r++) {
        const cells = this.rows[r] as (SnapshotCell | null)[];
        for (let c = r === m.top ? m.left + 1 : m.left; c <= Math.min(m.right, cells.length - 1); c++)
          cells[c] = null;
        while (cells.length && cells[cells.length - 1] === null) cells.pop();
      }
    }
    while (this.rows.length && (this.rows[this.rows.length - 1] as unknown[]).length === 0) this.rows.pop();
  }

  private spend(n: number): void {
    this.budget.slots += n;
    if (this.budget.slots > this.limits.maxGridCells) {
      abort('FILE_TOO_MANY_CELLS', {
        sheet: this.sheet,
        params: { sheet: this.sheet, cells: this.budget.slots, limit: this.limits.maxGridCells },
      });
    }
  }
}
