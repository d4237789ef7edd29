/** Excel Tables over cells the spec already holds: one copy of each cell, styles and formats intact. */
import { writeWorkbook } from '../../../src/xlsx/write';
import { TOTALS_LABEL } from '../../../src/xlsx/write/tables';
import { python } from '../../support/external';
import { loadWithExcelJS, partText, sheetOf, writeTemp } from '../../support/writeFiles';
import { overviewSheet, sheet, workbook } from '../../support/writeSpec';

const OPENPYXL = `
import sys, json, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])['Tổng quan']
t = ws.tables['TongQuan']
print(json.dumps({'ref': t.ref, 'style': t.tableStyleInfo.name, 'stripes': t.tableStyleInfo.showRowStripes,
  'filter': t.autoFilter.ref, 'columns': [c.name for c in t.tableColumns]}, ensure_ascii=False))
`;

describe('tables', () => {
  it('adds the table over the spec’s range with its style, row stripes and filter buttons', async () => {
    const bytes = await writeWorkbook(workbook([overviewSheet({ charts: [] })]));
    const xml = partText(bytes, 'xl/tables/table1.xml');
    expect(xml).toMatch(/<table [^>]*name="TongQuan" displayName="TongQuan" ref="A4:C7"/);
    expect(xml).toContain('<autoFilter ref="A4:C7">');
    expect(xml.match(/hiddenButton="0"/g)).toHaveLength(3);
    expect(xml).not.toContain('hiddenButton="1"');
    expect(xml).toContain(`totalsRowLabel="${TOTALS_LABEL}"`);
    expect(JSON.parse(python(OPENPYXL, [writeTemp(bytes)]))).toEqual({
      ref: 'A4:C7',
      style: 'TableStyleLight9',
      stripes: true,
      filter: 'A4:C7',
      columns: ['Mã', 'Chỉ tiêu', '% so với mốc'],
    });
  });

  it('leaves the cells’ values, styles and number formats as the spec wrote them', async () => {
    const ws = sheetOf(
      await loadWithExcelJS(await writeWorkbook(workbook([overviewSheet({ charts: [] })]))),
      'Tổng quan',
    );
    expect(ws.getCell('A4').value).toBe('Mã');
    expect(ws.getCell('A4').fill).toMatchObject({ fgColor: { argb: 'FFD9E2F3' } });
    expect(ws.getCell('C6').value).toBe(101.25);
    expect(ws.getCell('C6').numFmt).toBe('0.0');
    expect(ws.getCell('C6').alignment?.horizontal).toBe('right');
    expect(ws.getCell('C7').value).toBeNull();
    expect(ws.getCell('C7').border?.top?.style).toBe('thin');
  });

  it('writes each cell once and each text once in the shared strings', async () => {
    const bytes = await writeWorkbook(workbook([overviewSheet({ charts: [] })]));
    const sheetXml = partText(bytes, 'xl/worksheets/sheet1.xml');
    for (const address of ['A4', 'B5', 'C6', 'C7'])
      expect(sheetXml.split(`<c r="${address}"`)).toHaveLength(2);
    const shared = partText(bytes, 'xl/sharedStrings.xml');
    expect(shared.split('<t>Mã</t>')).toHaveLength(2);
    expect(shared.split('<t>Tỷ lệ đô thị hóa</t>')).toHaveLength(2);
  });

  it('keeps a formula cell inside a table a formula', async () => {
    const s = overviewSheet({ charts: [] });
    s.cells[6] = [
      { v: 'CT03', s: 'cell' },
      { v: 'Giải ngân', s: 'cell' },
      { f: 'C5+C6', s: 'cellNumber', fmt: '0.0' },
    ];
    const ws = sheetOf(await loadWithExcelJS(await writeWorkbook(workbook([s]))), 'Tổng quan');
    expect(ws.getCell('C7').formula).toBe('C5+C6');
    expect(ws.getCell('C7').numFmt).toBe('0.0');
  });
});

describe('table refusals', () => {
  const withTable = (over: Partial<ReturnType<typeof overviewSheet>['tables'][number]>) =>
    workbook([
      overviewSheet({
        charts: [],
        tables: [{ name: 'TongQuan', range: 'A4:C7', style: 'TableStyleLight9', ...over }],
      }),
    ]);

  it.each(['Tong Quan', 'tong-quan', '1Bang', 'A1', 'R1C1', 'c'])(
    'refuses the table name "%s"',
    async (name) => {
      await expect(writeWorkbook(withTable({ name }))).rejects.toThrow(/not a valid Excel table name/);
    },
  );

  it('accepts Vietnamese letters, digits, "_" and "." in table names', async () => {
    await expect(writeWorkbook(withTable({ name: 'Tổng_hợp.2025' }))).resolves.toBeInstanceOf(Uint8Array);
  });

  it('refuses a style that is not a built-in table style', async () => {
    await expect(writeWorkbook(withTable({ style: 'TableStyleMedium99' }))).rejects.toThrow(
      /not a built-in table style/,
    );
  });

  it('refuses a table without a data row', async () => {
    await expect(writeWorkbook(withTable({ range: 'A4:C4' }))).rejects.toThrow(/needs a data row/);
  });

  it('refuses repeated headers (ignoring case) and empty or non-text headers', async () => {
    const repeated = overviewSheet({ charts: [] });
    repeated.cells[3] = [{ v: 'Mã' }, { v: 'MÃ' }, { v: 'x' }];
    await expect(writeWorkbook(workbook([repeated]))).rejects.toThrow(/header "MÃ" is repeated/);
    const blank = overviewSheet({ charts: [] });
    blank.cells[3] = [{ v: 'Mã' }, null, { v: 2025 }];
    await expect(writeWorkbook(workbook([blank]))).rejects.toThrow(/header cell B4 must hold text/);
  });

  it('refuses a header with a line break', async () => {
    const s = overviewSheet({ charts: [] });
    s.cells[3] = [{ v: 'Mã' }, { v: 'Chỉ\ntiêu' }, { v: '%' }];
    await expect(writeWorkbook(workbook([s]))).rejects.toThrow(/header cell B4 has a tab or line break/);
  });

  it('refuses a merged range inside a table', async () => {
    const s = overviewSheet({ charts: [], merges: ['A1:C1', 'A5:B5'] });
    s.cells[4] = [{ v: 'CT01', s: 'cell' }, null, { v: 1 }];
    await expect(writeWorkbook(workbook([s]))).rejects.toThrow(/merged range A5:B5 inside a table/);
  });

  it('refuses the same table name twice in a workbook', async () => {
    const second = { ...overviewSheet({ charts: [] }), name: 'Tổng quan 2' };
    await expect(writeWorkbook(workbook([overviewSheet({ charts: [] }), second]))).rejects.toThrow(
      /sheet "Tổng quan 2", table TongQuan: a table name must be unique/,
    );
  });

  it('refuses overlapping tables on a sheet', async () => {
    const s = overviewSheet({ charts: [] });
    s.tables.push({ name: 'Khac', range: 'B4:C5', style: 'TableStyleLight9' });
    await expect(writeWorkbook(workbook([s]))).rejects.toThrow(/table Khac: overlaps table TongQuan/);
  });
});

describe('sheet without tables', () => {
  it('writes no table part', async () => {
    const bytes = await writeWorkbook(workbook([sheet('Trống', [[{ v: 1 }]])]));
    expect(() => partText(bytes, 'xl/tables/table1.xml')).toThrow(/no part/);
  });
});
