/**
 * The row scanner reads plain rows straight from the text and hands any other row to the namespace-aware reader:
 * both must read the same thing, and what is malformed stays malformed whichever meets it.
 */
import { buildXlsx, sharedStrings, styles, worksheet } from '../../support/hostile';
import { rejected, snapshotOf } from './expect';

/** Rows of every kind of cell the scanner reads, as Excel, LibreOffice, openpyxl and ExcelJS write them. */
const ROWS = [
  `<row r="1" spans="1:6" x14ac:dyDescent="0.25"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>45856</v></c><c r="C1"><v>-12.5</v></c><c r="D1" t="b"><v>1</v></c><c r="E1" t="e"><v>#N/A</v></c><c r="F1" s="2"/></row>`,
  `<row r="2"><c r="A2"><f>SUM(C1:C1)*2</f><v>-25</v></c><c r="B2" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="C2"><f t="shared" ref="C2:C3" si="0">ROW()</f><v>2</v></c></row>`,
  `<row r="3"><c r="C3"><f t="shared" si="0"/><v>3</v></c><c r="D3" t="inlineStr"><is><t xml:space="preserve"> Sở &lt;Xây&gt; dựng </t></is></c></row>`,
  `<row r="5" ht='30' customHeight='1'>\n  <c r='A5' t='s'>\n    <v>1</v>\n  </c>\n</row>`,
  `<row><c><v>1</v></c><c><v>2</v></c></row><row r="8"/><row><c r="C9"><v>9</v></c></row>`,
  `<row r="10"><c r="A10" t="s"><v>2</v></c><c r="B10" s="3"><v>0.206</v></c></row>`,
];

const SST = sharedStrings(['<t>Đạt</t>', '<t>Chưa đạt</t>', '<t>Tổng_x000D_hợp</t>']);
const STYLES = styles([0, 14, 0, 10]);

function book(rows: string): Uint8Array {
  const xml = worksheet(rows).replace(
    '<worksheet ',
    '<worksheet xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" mc:Ignorable="x14ac" ',
  );
  return buildXlsx({ sheets: [{ name: 'A', xml }], sharedStrings: SST, styles: STYLES });
}

/** The same row, written so the scanner must hand it over (a comment inside it). */
const handedOver = (row: string) =>
  row.replace(/^(<row[^>]*?)(\/?)>/, (_m, start: string, slash: string) =>
    slash ? `${start}><!-- leer --></row>` : `${start}><!-- leer -->`,
  );

describe('the row scanner and the reader read rows the same', () => {
  it('gives the same snapshot whether every row is scanned or every row is handed over', () => {
    const scanned = snapshotOf(book(ROWS.join('')));
    const read = snapshotOf(
      book(
        ROWS.map((r) =>
          r
            .split(/(?=<row)/)
            .map(handedOver)
            .join(''),
        ).join(''),
      ),
    );
    expect(read).toEqual(scanned);
    expect(scanned.sheets[0]?.rows[0]).toEqual([
      { t: 's', v: 'Đạt' },
      { t: 'd', v: '2025-07-18' },
      { t: 'n', v: -12.5 },
      { t: 'b', v: true },
      { t: 'e', v: '#N/A' },
    ]);
    expect(scanned.sheets[0]?.rows[2]?.[3]).toEqual({ t: 's', v: ' Sở <Xây> dựng ' });
    expect(scanned.sheets[0]?.rows[9]).toEqual([
      { t: 's', v: 'Tổng\rhợp' },
      { t: 'n', v: 0.206, percent: true },
    ]);
  });

  it('hands over a row with a namespace declaration, markup compatibility or a rich string, and reads it right', () => {
    const rows =
      `<row r="1" xmlns:y="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><y:c r="A1"><y:v>1</y:v></y:c></row>` +
      `<row r="2" mc:Ignorable="x14ac"><c r="A2"><v>2</v></c></row>` +
      `<row r="3"><c r="A3" t="inlineStr"><is><r><t>Gần </t></r><r><t>đạt</t></r></is></c></row>` +
      `<row r="4"><c r="A4"><v><![CDATA[4]]></v></c></row>`;
    expect(snapshotOf(book(rows)).sheets[0]?.rows.map((r) => r[0])).toEqual([
      { t: 'n', v: 1 },
      { t: 'n', v: 2 },
      { t: 's', v: 'Gần đạt' },
      { t: 'n', v: 4 },
    ]);
  });

  it.each([
    ['an attribute twice', '<row r="1"><c r="A1" r="B1"><v>1</v></c></row>', /attribute r twice/],
    ['"<" in a value', '<row r="1"><c r="A<1"><v>1</v></c></row>', /malformed XML/],
    ['an undefined entity', '<row r="1"><c r="A1"><v>&bogus;</v></c></row>', /undefined entity/],
    ['a value not closed', '<row r="1"><c r="A1"><v>1</c></row>', /malformed XML/],
    ['a tag closed by another', '<row r="1"><c r="A1"><v>1</v></row>', /closed by/],
  ])('still calls a row with %s corrupt', (_what, rows, reason) => {
    expect(rejected(book(rows), 'FILE_CORRUPT').params?.reason).toMatch(reason);
  });
});
