/**
 * Where each cell of a table sits on its grid of columns. A cell spanning rows is given once, in its top row, and the
 * rows below leave its place out; so a cell's column is found by skipping the columns still covered from above. A
 * table whose rows do not fill the grid exactly would come out of Word skewed: its problems are listed, in words.
 */
import type { TableBlock, TableRow } from './document';

/** A cell's first grid column (from 0) and the number of columns it spans. */
export interface CellPlacement {
  readonly column: number;
  readonly span: number;
}

/** The placement of every cell of `rows` on a grid of `columnCount` columns, and what does not fit. */
export function placeCells(
  rows: readonly TableRow[],
  columnCount: number,
): { placements: CellPlacement[][]; problems: string[] } {
  const covered: number[] = Array.from({ length: columnCount }, () => 0); // rows still covered, this one included
  const problems: string[] = [];
  const placements = rows.map((r, i) => {
    let column = 0;
    const placed = r.cells.map((c) => {
      while ((covered[column] ?? 0) > 0) column += 1;
      const span = c.colSpan ?? 1;
      const down = c.rowSpan ?? 1;
      if (down > rows.length - i) problems.push(`row ${i + 1}: a cell spans ${down} rows, past the last row`);
      for (let k = column; k < column + span; k += 1) {
        if ((covered[k] ?? 0) > 0)
          problems.push(`row ${i + 1}: a cell overlaps one spanning down from above`);
        covered[k] = down;
      }
      const at = { column, span };
      column += span;
      return at;
    });
    const filled = covered.filter((n) => n > 0).length;
    if (column > columnCount || filled !== columnCount || covered.length !== columnCount) {
      problems.push(`row ${i + 1}: its cells fill ${Math.max(column, filled)} of ${columnCount} columns`);
    }
    covered.splice(columnCount);
    for (let k = 0; k < columnCount; k += 1) covered[k] = Math.max(0, (covered[k] ?? 0) - 1);
    return placed;
  });
  return { placements, problems };
}

/** The problems of a table's header rows and body rows, each placed on the table's columns. */
export function tableProblems(table: TableBlock): string[] {
  const n = table.columns.length;
  return [
    ...placeCells(table.headerRows, n).problems.map((p) => `header ${p}`),
    ...placeCells(table.rows, n).problems,
  ];
}
