/** The Word writer's tables: column widths and the refusal to write a table that does not fit its grid. */
import type { TableBlock } from '../../src/core/report';
import { cell, row } from '../../src/core/report';
import { columnTwips, toTable } from '../../src/docx/tables';

describe('tables in Word', () => {
  it('shares the width out by weight, exactly, the last column taking the rounding', () => {
    expect(columnTwips([1, 1, 1], 1000)).toEqual([333, 333, 334]);
    expect(columnTwips([40, 60], 9354)).toEqual([3741, 5613]);
  });

  it('refuses a table whose cells do not fill its columns, naming the row', () => {
    const skewed: TableBlock = {
      kind: 'table',
      columns: [1, 1, 1],
      borders: 'grid',
      headerRows: [],
      rows: [row([cell('a')])],
    };
    expect(() => toTable(skewed, 9000)).toThrow('row 1: its cells fill 1 of 3 columns');
  });
});
