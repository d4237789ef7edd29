/** Cell values, formulas, number formats, styles and merges, read back with ExcelJS and from the raw XML. */
import ExcelJS from 'exceljs';
import type { CellSpec } from '../../../src/core/sheet/spec';
import { writeWorkbook, WorkbookSpecError } from '../../../src/xlsx/write';
import { FONT_NAME } from '../../../src/xlsx/write/styles';
import { loadWithExcelJS, partText, sheetOf } from '../../support/writeFiles';
import { sheet, workbook } from '../../support/writeSpec';

const TRICKY_TEXT = ['=1+1', '+84 212 3852 123', '-5', '@SUM(A1)', '=HYPERLINK("http://x","y")'];

async function roundTrip(cells: (CellSpec | null)[][]): Promise<ExcelJS.Worksheet> {
  const wb = await loadWithExcelJS(await writeWorkbook(workbook([sheet('Chỉ tiêu', cells)])));
  return sheetOf(wb, 'Chỉ tiêu');
}

describe('cell values', () => {
  it('writes numbers, Vietnamese text, booleans and empty cells as such', async () => {
    const ws = await roundTrip([
      [{ v: 20.6 }, { v: 'Sở Xây dựng' }, { v: true }, { v: null, s: 'cell' }, null],
    ]);
    expect(ws.getCell('A1').value).toBe(20.6);
    expect(ws.getCell('B1').value).toBe('Sở Xây dựng');
    expect(ws.getCell('C1').value).toBe(true);
    expect(ws.getCell('D1').value).toBeNull();
    expect(ws.getCell('D1').border?.top?.style).toBe('thin');
    expect(ws.getCell('E1').value).toBeNull();
  });

  it('writes text starting with = + - @ as text (shared strings), never as a formula', async () => {
    const bytes = await writeWorkbook(workbook([sheet('Chỉ tiêu', [TRICKY_TEXT.map((v) => ({ v }))])]));
    const xml = partText(bytes, 'xl/worksheets/sheet1.xml');
    expect(xml).not.toContain('<f>');
    expect(xml.match(/<c r="[A-E]1"[^>]*t="s"/g)).toHaveLength(TRICKY_TEXT.length);
    const shared = partText(bytes, 'xl/sharedStrings.xml');
    expect(shared).toContain('<t>=1+1</t>');
    const ws = sheetOf(await loadWithExcelJS(bytes), 'Chỉ tiêu');
    TRICKY_TEXT.forEach((text, i) => {
      expect(ws.getRow(1).getCell(i + 1).type).toBe(ExcelJS.ValueType.String);
      expect(ws.getRow(1).getCell(i + 1).value).toBe(text);
    });
  });

  it('writes a formula without its cached result when the spec gives none', async () => {
    const bytes = await writeWorkbook(
      workbook([sheet('Chỉ tiêu', [[{ v: 5 }, { v: 4 }, { f: 'IF(A1>=B1,"Đạt","Chưa đạt")' }]])]),
    );
    // <f> and no <v>: nothing cached.
    expect(partText(bytes, 'xl/worksheets/sheet1.xml')).toMatch(
      /<c r="C1"[^>]*><f>IF\(A1&gt;=B1,&quot;Đạt&quot;,&quot;Chưa đạt&quot;\)<\/f><\/c>/,
    );
    const ws = sheetOf(await loadWithExcelJS(bytes), 'Chỉ tiêu');
    expect(ws.getCell('C1').formula).toBe('IF(A1>=B1,"Đạt","Chưa đạt")');
  });

  it('keeps a cached result the spec gives with the formula', async () => {
    const ws = await roundTrip([[{ v: 2 }, { f: 'A1*10', v: 20 }, { f: 'IF(A1>1,"Đạt","")', v: 'Đạt' }]]);
    expect(ws.getCell('B1').value).toEqual({ formula: 'A1*10', result: 20 });
    expect(ws.getCell('C1').value).toEqual({ formula: 'IF(A1>1,"Đạt","")', result: 'Đạt' });
  });

  it('asks Excel to recalculate every formula on load', async () => {
    const bytes = await writeWorkbook(workbook([sheet('Chỉ tiêu', [[{ f: '1+1' }]])]));
    expect(partText(bytes, 'xl/workbook.xml')).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it('refuses a formula written with its leading "="', async () => {
    await expect(writeWorkbook(workbook([sheet('Chỉ tiêu', [[null, { f: '=A1' }]])]))).rejects.toThrow(
      /sheet "Chỉ tiêu", cell B1: a formula is given without its leading "="/,
    );
  });

  it('refuses NaN and Infinity, which would be written as text inside <v>', async () => {
    await expect(writeWorkbook(workbook([sheet('Chỉ tiêu', [[{ v: Number.NaN }]])]))).rejects.toThrow(
      WorkbookSpecError,
    );
    await expect(writeWorkbook(workbook([sheet('Chỉ tiêu', [[{ v: Infinity }]])]))).rejects.toThrow(/finite/);
  });
});

describe('number formats and styles', () => {
  it('applies each cell its number format', async () => {
    const ws = await roundTrip([
      [
        { v: 1234.5, fmt: '#,##0.0' },
        { v: 45853, fmt: 'dd/mm/yyyy' },
        { v: '007', fmt: '@' },
        { v: 20.6, s: 'input', fmt: '0.0' },
      ],
    ]);
    expect(ws.getCell('A1').numFmt).toBe('#,##0.0');
    expect(ws.getCell('B1').numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell('C1').numFmt).toBe('@');
    expect(ws.getCell('D1').numFmt).toBe('0.0');
  });

  it('does not let one cell’s number format leak into others sharing its style', async () => {
    const ws = await roundTrip([
      [
        { v: 1, s: 'cellNumber', fmt: '0.0' },
        { v: 2, s: 'cellNumber' },
      ],
    ]);
    expect(ws.getCell('A1').numFmt).toBe('0.0');
    expect(ws.getCell('B1').numFmt).toBeUndefined();
  });

  it('maps bold, size, font colour, solid fill, wrap, alignment and thin borders', async () => {
    const ws = await roundTrip([
      [
        { v: 'TIÊU ĐỀ', s: 'title' },
        { v: 'Mã', s: 'header' },
      ],
    ]);
    const title = ws.getCell('A1');
    expect(title.font).toMatchObject({ name: FONT_NAME, bold: true, size: 14, color: { argb: 'FF1F3864' } });
    expect(title.alignment).toMatchObject({ horizontal: 'center', vertical: 'middle', wrapText: true });
    const header = ws.getCell('B1');
    expect(header.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } });
    for (const side of ['top', 'left', 'bottom', 'right'] as const)
      expect(header.border?.[side]?.style).toBe('thin');
  });

  it('gives every written cell the Vietnamese-safe font, styled or not', async () => {
    const ws = await roundTrip([[{ v: 'Ước thực hiện cả năm' }, { v: 3, s: 'cell' }]]);
    expect(ws.getCell('A1').font?.name).toBe(FONT_NAME);
    expect(ws.getCell('B1').font?.name).toBe(FONT_NAME);
  });

  it('unlocks input cells (locked: false) and leaves the others locked by default', async () => {
    const bytes = await writeWorkbook(
      workbook([sheet('Chỉ tiêu', [[{ v: 1, s: 'input' }, { v: 2, s: 'fixed' }, { v: 3 }]])]),
    );
    // One xf carries a protection record, and it unlocks.
    expect(partText(bytes, 'xl/styles.xml').match(/<protection[^>]*\/>/g)).toEqual([
      '<protection locked="0"/>',
    ]);
    const ws = sheetOf(await loadWithExcelJS(bytes), 'Chỉ tiêu');
    expect(ws.getCell('A1').protection).toMatchObject({ locked: false });
    expect(ws.getCell('B1').protection?.locked).not.toBe(false);
    expect(ws.getCell('C1').protection?.locked).not.toBe(false);
  });

  it('writes each distinct style once in styles.xml, however many cells use it', async () => {
    const rows = Array.from({ length: 200 }, (_, r) => [
      { v: r, s: 'input', fmt: '0.0' },
      { v: `CT${r}`, s: 'fixed' },
    ]);
    const bytes = await writeWorkbook(workbook([sheet('Chỉ tiêu', rows)]));
    const xfs = /<cellXfs count="(\d+)"/.exec(partText(bytes, 'xl/styles.xml'))?.[1];
    expect(Number(xfs)).toBe(3); // the default xf + input/0.0 + fixed
  });

  it('refuses a style name the spec does not define', async () => {
    await expect(writeWorkbook(workbook([sheet('Chỉ tiêu', [[{ v: 1, s: 'khongCo' }]])]))).rejects.toThrow(
      /cell A1: unknown style "khongCo"/,
    );
  });

  it('refuses a style named like an Object.prototype member', async () => {
    await expect(
      writeWorkbook(workbook([sheet('Chỉ tiêu', [[{ v: 1, s: 'constructor' }]])])),
    ).rejects.toThrow(/unknown style "constructor"/);
  });

  it('refuses a colour that is not 6-digit RGB hex', async () => {
    const spec = workbook([sheet('Chỉ tiêu', [[{ v: 1, s: 'odd' }]])], { styles: { odd: { fill: '#FFF' } } });
    await expect(writeWorkbook(spec)).rejects.toThrow(/not an RGB hex colour: "#FFF"/);
  });
});

describe('merges', () => {
  it('merges the ranges, keeping the top-left value and style across the merge', async () => {
    const cells: (CellSpec | null)[][] = [[{ v: 'BÁO CÁO THÁNG 7', s: 'title' }, null, null]];
    const bytes = await writeWorkbook(workbook([sheet('Chỉ tiêu', cells, { merges: ['A1:C1'] })]));
    expect(partText(bytes, 'xl/worksheets/sheet1.xml')).toContain('<mergeCell ref="A1:C1"/>');
    const ws = sheetOf(await loadWithExcelJS(bytes), 'Chỉ tiêu');
    expect(ws.getCell('C1').isMerged).toBe(true);
    expect(ws.getCell('C1').master.address).toBe('A1');
    expect(ws.getCell('A1').value).toBe('BÁO CÁO THÁNG 7');
  });

  it('refuses a merge that would hide a value', async () => {
    const cells: (CellSpec | null)[][] = [[{ v: 'Tiêu đề' }, { v: 'mất' }]];
    await expect(writeWorkbook(workbook([sheet('Chỉ tiêu', cells, { merges: ['A1:B1'] })]))).rejects.toThrow(
      /merge A1:B1: cell B1 has a value but is hidden by the merge/,
    );
  });

  it('refuses a runaway merge before ExcelJS builds a cell for each of its million cells', async () => {
    await expect(
      writeWorkbook(workbook([sheet('Chỉ tiêu', [], { merges: ['A1:XFD1048576'] })])),
    ).rejects.toThrow(/a merge may cover at most 100000 cells/);
  });

  it('refuses a merge that is not an A1 range', async () => {
    await expect(writeWorkbook(workbook([sheet('Chỉ tiêu', [], { merges: ['A1-C1'] })]))).rejects.toThrow(
      /not an A1 range: "A1-C1"/,
    );
  });
});
