/** Cells placed on a table's grid, and tables that do not fit it (a builder's bug, caught before Word skews it). */
import type { TableBlock, TableRow } from '../../../src/core/report';
import { cell, placeCells, row, tableProblems } from '../../../src/core/report';

const c = (colSpan = 1, rowSpan = 1) => cell('x', { colSpan, rowSpan });

describe('placing cells on the grid', () => {
  it('skips the columns a cell from the row above still covers', () => {
    const rows: TableRow[] = [row([c(1, 2), c(1, 2), c(2), c(1, 2)]), row([c(), c()])];
    expect(placeCells(rows, 5)).toEqual({
      placements: [
        [
          { column: 0, span: 1 },
          { column: 1, span: 1 },
          { column: 2, span: 2 },
          { column: 4, span: 1 },
        ],
        [
          { column: 2, span: 1 },
          { column: 3, span: 1 },
        ],
      ],
      problems: [],
    });
  });

  it('names a row that leaves columns empty or runs past the last one', () => {
    expect(placeCells([row([c(), c()])], 3).problems).toEqual(['row 1: its cells fill 2 of 3 columns']);
    expect(placeCells([row([c(2), c(2)])], 3).problems).toEqual(['row 1: its cells fill 4 of 3 columns']);
  });

  it('names a cell spanning down past the last row, and one overlapping a cell from above', () => {
    expect(placeCells([row([c(1, 3), c()]), row([c()])], 2).problems).toEqual([
      'row 1: a cell spans 3 rows, past the last row',
    ]);
    const overlapping = [row([c(), c(), c(1, 2)]), row([c(), c(2)])];
    expect(placeCells(overlapping, 3).problems).toContain(
      'row 2: a cell overlaps one spanning down from above',
    );
  });

  it('checks header rows and body rows of a table each on its columns', () => {
    const table: TableBlock = {
      kind: 'table',
      columns: [1, 1],
      borders: 'grid',
      headerRows: [row([c()])],
      rows: [row([c(), c()])],
    };
    expect(tableProblems(table)).toEqual(['header row 1: its cells fill 1 of 2 columns']);
  });
});
