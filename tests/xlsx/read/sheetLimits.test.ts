/**
 * Cells and merges are limited per sheet and per workbook, counted before or while parsing, and merged ranges are
 * measured by arithmetic — never expanded — so a tiny file cannot make the reader allocate the grid it describes.
 */
import {
  buildXlsx,
  colName,
  hugeMerge,
  manyCells,
  manyMerges,
  numberRows,
  worksheet,
} from '../../support/hostile';
import { rejected, snapshotOf } from './expect';

describe('cell count', () => {
  it('refuses a sheet of 300,000 cells, saying how many', () => {
    const found = rejected(manyCells(300_000), 'FILE_TOO_MANY_CELLS');
    expect(found).toMatchObject({ sheet: 'Lớn', params: { sheet: 'Lớn', cells: 300_000, limit: 200_000 } });
  });

  it('reads a sheet at the per-sheet limit', () => {
    const snapshot = snapshotOf(manyCells(200_000));
    expect(snapshot.sheets[0]?.rows).toHaveLength(2000);
  });

  it('refuses a workbook whose sheets together pass the workbook limit', () => {
    const rows = numberRows(100, 10);
    const bytes = buildXlsx({ sheets: [1, 2, 3].map((i) => ({ name: `S${i}`, xml: worksheet(rows) })) });
    const found = rejected(bytes, 'FILE_TOO_MANY_CELLS', { maxCells: 2500 });
    expect(found).toMatchObject({ sheet: 'S3', params: { cells: 3000, limit: 2500 } });
  });

  it('refuses values spread so far apart that the dense grid would be huge', () => {
    let rows = '';
    for (let r = 1; r <= 1000; r++) rows += `<row r="${r}"><c r="XFD${r}"><v>1</v></c></row>`;
    const found = rejected(
      buildXlsx({ sheets: [{ name: 'Xa', xml: worksheet(rows) }] }),
      'FILE_TOO_MANY_CELLS',
    );
    expect(found.params?.limit).toBe(3_000_000);
  });

  it('still reads a stray value in the last row and one in the last column', () => {
    const rows =
      '<row r="1"><c r="A1"><v>1</v></c><c r="XFD1"><v>2</v></c></row><row r="1048576"><c r="A1048576"><v>3</v></c></row>';
    const sheet = snapshotOf(buildXlsx({ sheets: [{ name: 'A', xml: worksheet(rows) }] })).sheets[0];
    expect(sheet?.rows).toHaveLength(1_048_576);
    expect(sheet?.rows[0]).toHaveLength(16_384);
    expect(sheet?.rows[0]?.[16_383]).toEqual({ t: 'n', v: 2 });
    expect(sheet?.rows[1_048_575]).toEqual([{ t: 'n', v: 3 }]);
    expect(sheet?.rows[500]).toEqual([]);
  });

  it.each(['XFE1', 'A1048577', 'A0', '1A', 'ZZZZ1'])(
    'calls a cell reference outside Excel’s grid (%s) corrupt',
    (ref) => {
      const bytes = buildXlsx({
        sheets: [{ name: 'A', xml: worksheet(`<row r="1"><c r="${ref}"><v>1</v></c></row>`) }],
      });
      expect(rejected(bytes, 'FILE_CORRUPT').params?.reason).toMatch(/outside Excel's grid/);
    },
  );

  it('calls a row number outside Excel’s grid corrupt', () => {
    const bytes = buildXlsx({
      sheets: [{ name: 'A', xml: worksheet(`<row r="1048577"><c><v>1</v></c></row>`) }],
    });
    rejected(bytes, 'FILE_CORRUPT');
  });

  it('calls more than 16,384 cells in a row without references corrupt', () => {
    const bytes = buildXlsx({
      sheets: [{ name: 'A', xml: worksheet(`<row>${'<c><v>1</v></c>'.repeat(16_385)}</row>`) }],
    });
    rejected(bytes, 'FILE_CORRUPT');
  });
});

describe('merged ranges', () => {
  it('refuses one merge over the whole grid (A1:XFD1048576) from its corners alone', () => {
    const bytes = hugeMerge();
    expect(bytes.length).toBeLessThan(6 * 1024);
    const found = rejected(bytes, 'FILE_MERGE_TOO_LARGE');
    expect(found).toMatchObject({
      sheet: 'Gộp',
      found: 16_384 * 1_048_576,
      params: { sheet: 'Gộp', limit: 100_000 },
    });
  });

  it('refuses 50,000 merges at the 2,001st', () => {
    const found = rejected(manyMerges(50_000), 'FILE_MERGE_TOO_LARGE');
    expect(found).toMatchObject({ found: 2001, params: { limit: 2000 } });
  });

  it('reads 2,000 merges', () => {
    expect(snapshotOf(manyMerges(2000)).sheets[0]?.merges).toHaveLength(2000);
  });

  it('refuses a total merged area over 100,000 cells', () => {
    const merges = Array.from({ length: 11 }, (_, i) => `${colName(i)}1:${colName(i)}10000`);
    expect(
      rejected(buildXlsx({ sheets: [{ name: 'A', xml: worksheet('', merges) }] }), 'FILE_MERGE_TOO_LARGE')
        .found,
    ).toBe(110_000);
  });

  it('calls a merge that is not a range corrupt', () => {
    rejected(buildXlsx({ sheets: [{ name: 'A', xml: worksheet('', ['A1:nope']) }] }), 'FILE_CORRUPT');
  });
});
