/** Each cell type of SpreadsheetML is read as the value Excel shows, formulas flagged, and no result ever invented. */
import type { SnapshotCell } from '../../../src/core/snapshot/types';
import { buildXlsx, sharedStrings, worksheet } from '../../support/hostile';
import { rejected, snapshotOf } from './expect';

/** The first row of a one-sheet workbook with these cells (and these shared strings). */
function firstRow(cells: string, sst: string[] = []): (SnapshotCell | null)[] {
  const bytes = buildXlsx({
    sheets: [{ name: 'A', xml: worksheet(`<row r="1">${cells}</row>`) }],
    ...(sst.length ? { sharedStrings: sharedStrings(sst) } : {}),
  });
  return snapshotOf(bytes).sheets[0]?.rows[0] ?? [];
}

describe('text', () => {
  it('reads shared strings, Vietnamese intact', () => {
    expect(
      firstRow('<c r="A1" t="s"><v>1</v></c><c r="B1" t="s"><v>0</v></c>', [
        '<t>Sở Xây dựng</t>',
        '<t>Đạt</t>',
      ]),
    ).toEqual([
      { t: 's', v: 'Đạt' },
      { t: 's', v: 'Sở Xây dựng' },
    ]);
  });

  it('joins rich-text runs, keeps preserved spaces and leaves out phonetic readings', () => {
    const si =
      '<r><rPr><b/></rPr><t>Gần </t></r><r><t xml:space="preserve"> đạt </t></r><rPh sb="0" eb="1"><t>ガン</t></rPh><phoneticPr fontId="1"/>';
    expect(firstRow('<c r="A1" t="s"><v>0</v></c>', [si])).toEqual([{ t: 's', v: 'Gần  đạt ' }]);
  });

  it('decodes Excel’s _xHHHH_ escapes (CR written as _x000D_), keeping an escaped underscore literal', () => {
    expect(firstRow('<c r="A1" t="s"><v>0</v></c>', ['<t>dòng 1_x000D_\ndòng 2 _x005F_x0041_</t>'])).toEqual([
      { t: 's', v: 'dòng 1\r\ndòng 2 _x0041_' },
    ]);
  });

  it('reads inline strings, including rich runs', () => {
    expect(
      firstRow(
        '<c r="A1" t="inlineStr"><is><t>Chưa đạt</t></is></c><c r="B1" t="inlineStr"><is><r><t>a</t></r><r><t>b</t></r></is></c>',
      ),
    ).toEqual([
      { t: 's', v: 'Chưa đạt' },
      { t: 's', v: 'ab' },
    ]);
  });

  it('keeps entities and CDATA as text', () => {
    expect(
      firstRow('<c r="A1" t="inlineStr"><is><t>a &amp; b &lt;c&gt; &#7845;<![CDATA[ <x> ]]></t></is></c>'),
    ).toEqual([{ t: 's', v: 'a & b <c> ấ <x> ' }]);
  });

  it('calls a shared string index that does not exist corrupt', () => {
    const bytes = buildXlsx({
      sheets: [{ name: 'A', xml: worksheet('<row r="1"><c r="A1" t="s"><v>5</v></c></row>') }],
      sharedStrings: sharedStrings(['<t>x</t>']),
    });
    expect(rejected(bytes, 'FILE_CORRUPT').params?.reason).toMatch(/A1: shared string 5/);
  });

  it('refuses more shared strings than the limit', () => {
    const bytes = buildXlsx({
      sheets: [{ name: 'A', xml: worksheet('') }],
      sharedStrings: sharedStrings(['<t>a</t>', '<t>b</t>', '<t>c</t>']),
    });
    rejected(bytes, 'FILE_TOO_MANY_CELLS', { maxSharedStrings: 2 });
  });
});

describe('numbers, booleans, errors', () => {
  it('reads numbers with and without t="n", negative and exponent forms', () => {
    expect(
      firstRow('<c r="A1"><v>12.5</v></c><c r="B1" t="n"><v>-3</v></c><c r="C1"><v>1E-3</v></c>'),
    ).toEqual([
      { t: 'n', v: 12.5 },
      { t: 'n', v: -3 },
      { t: 'n', v: 0.001 },
    ]);
  });

  it('reads booleans', () => {
    expect(firstRow('<c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c>')).toEqual([
      { t: 'b', v: true },
      { t: 'b', v: false },
    ]);
  });

  it('reads error values as their text', () => {
    expect(firstRow('<c r="A1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="B1" t="e"><v>#N/A</v></c>')).toEqual([
      { t: 'e', v: '#DIV/0!', f: '1/0' },
      { t: 'e', v: '#N/A' },
    ]);
  });

  it('calls a number cell holding text corrupt', () => {
    rejected(
      buildXlsx({ sheets: [{ name: 'A', xml: worksheet('<row r="1"><c r="A1"><v>abc</v></c></row>') }] }),
      'FILE_CORRUPT',
    );
  });

  it('calls an unknown cell type corrupt', () => {
    rejected(
      buildXlsx({ sheets: [{ name: 'A', xml: worksheet('<row r="1"><c r="A1" t="x"><v>1</v></c></row>') }] }),
      'FILE_CORRUPT',
    );
  });

  it('leaves style-only cells empty and does not let them lengthen a row', () => {
    expect(firstRow('<c r="A1" s="1"/><c r="B1"><v>2</v></c><c r="C1" s="3"/><c r="D1" t="s"/>')).toEqual([
      null,
      { t: 'n', v: 2 },
    ]);
  });
});

describe('formulas', () => {
  it('keeps a formula’s cached result as the value, with the formula text', () => {
    expect(
      firstRow(
        '<c r="A1"><f>SUM(B1:C1)</f><v>7</v></c><c r="B1" t="str"><f>"Đạt"</f><v>Đạt</v></c><c r="C1" t="b"><f>TRUE()</f><v>1</v></c>',
      ),
    ).toEqual([
      { t: 'n', v: 7, f: 'SUM(B1:C1)' },
      { t: 's', v: 'Đạt', f: '"Đạt"' },
      { t: 'b', v: true, f: 'TRUE()' },
    ]);
  });

  it('marks a formula without a cached result as unknown — never 0 or blank', () => {
    expect(
      firstRow(
        '<c r="A1"><f>B1*2</f></c><c r="B1" t="str"><f>A1&amp;"x"</f></c><c r="C1"><f>1+1</f><v></v></c>',
      ),
    ).toEqual([
      { t: 'z', f: 'B1*2' },
      { t: 'z', f: 'A1&"x"' },
      { t: 'z', f: '1+1' },
    ]);
  });

  it('keeps an empty string result of a formula as text', () => {
    expect(firstRow('<c r="A1" t="str"><f>""</f><v></v></c>')).toEqual([{ t: 's', v: '', f: '""' }]);
  });

  it('gives shared-formula dependents the master’s text, so they are still formulas', () => {
    const cells =
      '<c r="A1"><f t="shared" ref="A1:C1" si="0">ROW()*2</f><v>2</v></c><c r="B1"><f t="shared" si="0"/><v>2</v></c><c r="C1"><f t="shared" si="0"/></c><c r="D1"><f t="shared" si="9"/><v>1</v></c>';
    expect(firstRow(cells)).toEqual([
      { t: 'n', v: 2, f: 'ROW()*2' },
      { t: 'n', v: 2, f: 'ROW()*2' },
      { t: 'z', f: 'ROW()*2' },
      { t: 'n', v: 1, f: '' },
    ]);
  });

  it('ignores formulas outside cells (conditional formats and validations in extLst)', () => {
    const xml = worksheet('<row r="1"><c r="A1"><v>1</v></c></row>').replace(
      '</worksheet>',
      '<extLst><ext uri="{x}"><x14:dataValidations xmlns:x14="urn:x14" xmlns:xm="urn:xm"><x14:dataValidation><x14:formula1><xm:f>$Z$1:$Z$3</xm:f></x14:formula1></x14:dataValidation></x14:dataValidations></ext></extLst></worksheet>',
    );
    expect(snapshotOf(buildXlsx({ sheets: [{ name: 'A', xml }] })).sheets[0]?.rows).toEqual([
      [{ t: 'n', v: 1 }],
    ]);
  });
});
