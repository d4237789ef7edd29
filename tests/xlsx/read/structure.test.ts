/**
 * The workbook's structure as writers really produce it: parts found through relationships whatever they are called,
 * sheet visibility, namespace prefixes, missing cell references, merges, and document properties.
 */
import { bookParts, buildXlsx, worksheet, zipParts } from '../../support/hostile';
import { rejected, snapshotOf } from './expect';

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const cell = (ref: string, v: number) => `<c r="${ref}"><v>${v}</v></c>`;

describe('finding the parts', () => {
  it('follows relationship targets, relative or absolute, whatever the sheet files are called', () => {
    const bytes = buildXlsx({
      sheets: [
        {
          name: 'Một',
          xml: worksheet(`<row r="1">${cell('A1', 1)}</row>`),
          path: 'xl/worksheets/data.xml',
          target: '/xl/worksheets/data.xml',
        },
        {
          name: 'Hai',
          xml: worksheet(`<row r="1">${cell('A1', 2)}</row>`),
          path: 'xl/sheets/x 2.xml',
          target: 'sheets/x%202.xml',
        },
        {
          name: 'Ba',
          xml: worksheet(`<row r="1">${cell('A1', 3)}</row>`),
          path: 'xl/worksheets/sheet1.xml',
          target: './worksheets/../worksheets/sheet1.xml',
        },
      ],
    });
    expect(snapshotOf(bytes).sheets.map((s) => [s.name, s.rows[0]?.[0]])).toEqual([
      ['Một', { t: 'n', v: 1 }],
      ['Hai', { t: 'n', v: 2 }],
      ['Ba', { t: 'n', v: 3 }],
    ]);
  });

  it('finds the workbook through the package relationships when it is not xl/workbook.xml', () => {
    const parts = bookParts({
      sheets: [
        {
          name: 'A',
          xml: worksheet(`<row r="1">${cell('A1', 5)}</row>`),
          target: '../xl/worksheets/sheet1.xml',
        },
      ],
    });
    parts['main/book.xml'] = parts['xl/workbook.xml'] as string;
    parts['main/_rels/book.xml.rels'] = parts['xl/_rels/workbook.xml.rels'] as string;
    delete parts['xl/workbook.xml'];
    delete parts['xl/_rels/workbook.xml.rels'];
    parts['_rels/.rels'] = (parts['_rels/.rels'] as string).replace(
      'Target="xl/workbook.xml"',
      'Target="/main/book.xml"',
    );
    expect(snapshotOf(zipParts(parts)).sheets[0]?.rows).toEqual([[{ t: 'n', v: 5 }]]);
  });

  it('matches part names without regard to case, as OPC requires', () => {
    const parts = bookParts({ sheets: [{ name: 'A', xml: worksheet(`<row r="1">${cell('A1', 6)}</row>`) }] });
    parts['XL/Worksheets/Sheet1.XML'] = parts['xl/worksheets/sheet1.xml'] as string;
    delete parts['xl/worksheets/sheet1.xml'];
    expect(snapshotOf(zipParts(parts)).sheets[0]?.rows).toEqual([[{ t: 'n', v: 6 }]]);
  });

  it('lists a chart sheet as an empty sheet, keeping names and order', () => {
    const parts = bookParts({
      sheets: [
        { name: 'A', xml: worksheet('') },
        { name: 'Biểu đồ', xml: '<chartsheet/>' },
      ],
    });
    parts['xl/_rels/workbook.xml.rels'] = (parts['xl/_rels/workbook.xml.rels'] as string).replace(
      /(Id="rId2" Type="[^"]*)\/worksheet"/,
      '$1/chartsheet"',
    );
    expect(snapshotOf(zipParts(parts)).sheets).toEqual([
      { name: 'A', state: 'visible', rows: [], merges: [] },
      { name: 'Biểu đồ', state: 'visible', rows: [], merges: [] },
    ]);
  });
});

describe('sheet visibility', () => {
  it('reads visible, hidden and very hidden sheets', () => {
    const bytes = buildXlsx({
      sheets: [
        { name: 'Chỉ tiêu', xml: worksheet('') },
        { name: 'Ẩn', xml: worksheet(''), state: 'hidden' },
        { name: '_stamp', xml: worksheet(''), state: 'veryHidden' },
      ],
    });
    expect(snapshotOf(bytes).sheets.map((s) => [s.name, s.state])).toEqual([
      ['Chỉ tiêu', 'visible'],
      ['Ẩn', 'hidden'],
      ['_stamp', 'veryHidden'],
    ]);
  });
});

describe('cells', () => {
  it('reads elements with a namespace prefix (<x:c>, as the Open XML SDK writes them)', () => {
    const rows =
      '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Đạt</x:t></x:is></x:c><x:c r="B1"><x:f>1+1</x:f><x:v>2</x:v></x:c></x:row>';
    const bytes = buildXlsx({ sheets: [{ name: 'A', xml: worksheet(rows, ['C1:D1'], 'x') }] });
    expect(snapshotOf(bytes).sheets[0]).toMatchObject({
      rows: [
        [
          { t: 's', v: 'Đạt' },
          { t: 'n', v: 2, f: '1+1' },
        ],
      ],
      merges: ['C1:D1'],
    });
  });

  it('places cells without an r attribute by counting, rows too', () => {
    const rows =
      '<row><c><v>1</v></c><c/><c><v>3</v></c></row><row r="4"><c><v>4</v></c><c r="D4"><v>5</v></c><c><v>6</v></c></row><row><c><v>7</v></c></row>';
    expect(snapshotOf(buildXlsx({ sheets: [{ name: 'A', xml: worksheet(rows) }] })).sheets[0]?.rows).toEqual([
      [{ t: 'n', v: 1 }, null, { t: 'n', v: 3 }],
      [],
      [],
      [{ t: 'n', v: 4 }, null, null, { t: 'n', v: 5 }, { t: 'n', v: 6 }],
      [{ t: 'n', v: 7 }],
    ]);
  });

  it('builds dense rows from A1 with nulls for gaps and no trailing nulls or empty rows', () => {
    const rows = `<row r="2">${cell('C2', 1)}<c r="F2" s="1"/></row><row r="5" customHeight="1"><c r="A5" s="2"/></row>`;
    expect(snapshotOf(buildXlsx({ sheets: [{ name: 'A', xml: worksheet(rows) }] })).sheets[0]?.rows).toEqual([
      [],
      [null, null, { t: 'n', v: 1 }],
    ]);
  });
});

describe('merged ranges', () => {
  it('keeps only the top-left value of a merge, even when the file stores values under it', () => {
    const rows = `<row r="1">${cell('A1', 10)}${cell('B1', 10)}${cell('C1', 10)}${cell('D1', 4)}</row><row r="2">${cell('A2', 10)}${cell('B2', 10)}</row>`;
    const sheet = snapshotOf(buildXlsx({ sheets: [{ name: 'A', xml: worksheet(rows, ['A1:C2']) }] }))
      .sheets[0];
    expect(sheet?.merges).toEqual(['A1:C2']);
    expect(sheet?.rows).toEqual([[{ t: 'n', v: 10 }, null, null, { t: 'n', v: 4 }]]);
  });

  it('keeps merges that cover only empty cells, and merges beyond the last value', () => {
    const sheet = snapshotOf(
      buildXlsx({
        sheets: [{ name: 'A', xml: worksheet(`<row r="1">${cell('A1', 1)}</row>`, ['B4:D4', 'A1:A1']) }],
      }),
    ).sheets[0];
    expect(sheet).toMatchObject({ merges: ['B4:D4', 'A1:A1'], rows: [[{ t: 'n', v: 1 }]] });
  });
});

describe('document properties', () => {
  it('reads who saved the file and when, and with which application', () => {
    const core =
      '<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      '<dc:creator>Sở Tài chính</dc:creator><cp:lastModifiedBy>Sở Y tế</cp:lastModifiedBy>' +
      '<dcterms:created xsi:type="dcterms:W3CDTF">2025-07-01T08:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2025-07-17T15:30:00Z</dcterms:modified></cp:coreProperties>';
    const app =
      '<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>';
    const bytes = buildXlsx({
      sheets: [{ name: 'A', xml: worksheet('') }],
      core,
      parts: { 'docProps/app.xml': app },
    });
    expect(snapshotOf(bytes).properties).toEqual({
      creator: 'Sở Tài chính',
      lastModifiedBy: 'Sở Y tế',
      created: '2025-07-01T08:00:00Z',
      modified: '2025-07-17T15:30:00Z',
      application: 'Microsoft Excel',
    });
  });

  it('drops a date property that is not a date, and reads a file without properties', () => {
    const core =
      '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dcterms="http://purl.org/dc/terms/"><dcterms:modified>hôm qua</dcterms:modified></cp:coreProperties>';
    expect(snapshotOf(buildXlsx({ sheets: [{ name: 'A', xml: worksheet('') }], core })).properties).toEqual(
      {},
    );
    expect(snapshotOf(buildXlsx({ sheets: [{ name: 'A', xml: worksheet('') }] })).properties).toEqual({});
  });
});

describe('sheets and parts', () => {
  it('calls two sheets sharing one part corrupt (one small part must not be parsed thousands of times)', () => {
    const bytes = buildXlsx({
      sheets: [
        { name: 'A', xml: worksheet(''), path: 'xl/worksheets/sheet1.xml' },
        { name: 'B', xml: worksheet(''), path: 'xl/worksheets/sheet1.xml' },
      ],
    });
    expect(rejected(bytes, 'FILE_CORRUPT').params?.reason).toMatch(/two sheets share/);
  });

  it('calls more sheets than the zip could hold parts for corrupt', () => {
    const sheets = Array.from(
      { length: 6 },
      (_, i) => `<sheet name="S${i}" sheetId="${i + 1}" r:id="rId1"/>`,
    ).join('');
    const workbookXml = `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><sheets>${sheets}</sheets></workbook>`;
    const bytes = buildXlsx({ sheets: [{ name: 'A', xml: worksheet('') }], workbookXml });
    expect(rejected(bytes, 'FILE_CORRUPT', { maxEntries: 5 }).params?.reason).toMatch(
      /more sheets than parts/,
    );
  });
});
