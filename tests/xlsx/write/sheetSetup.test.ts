/** Views, dimensions, tab colour, visibility, print setup, protection and document properties. */
import { writeWorkbook } from '../../../src/xlsx/write';
import { PAPER_A4 } from '../../../src/xlsx/write/sheetSetup';
import { printScale } from '../../../src/core/sheet/print';
import type { SheetSpec } from '../../../src/core/sheet/spec';
import { loadWithExcelJS, partText, sheetOf } from '../../support/writeFiles';
import { sheet, workbook } from '../../support/writeSpec';

const cells = [
  [
    { v: 'Mã', s: 'header' },
    { v: 'Chỉ tiêu', s: 'header' },
  ],
  [{ v: 'CT01' }, { v: 1, s: 'input' }],
];

describe('views and dimensions', () => {
  it('freezes the given rows and columns', async () => {
    const ws = sheetOf(
      await loadWithExcelJS(
        await writeWorkbook(workbook([sheet('Chỉ tiêu', cells, { freeze: { rows: 5, cols: 2 } })])),
      ),
      'Chỉ tiêu',
    );
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 5, topLeftCell: 'C6' });
  });

  it('leaves a sheet without a freeze in the normal view', async () => {
    const ws = sheetOf(
      await loadWithExcelJS(await writeWorkbook(workbook([sheet('Chỉ tiêu', cells)]))),
      'Chỉ tiêu',
    );
    expect(ws.views[0]?.state).toBe('normal');
  });

  it('sets column widths, hidden columns and row heights', async () => {
    const spec = workbook([
      sheet('Chỉ tiêu', cells, {
        columns: [{ width: 7 }, { width: 44 }, { width: 10, hidden: true }],
        rowHeights: { 0: 45, 1: 30 },
      }),
    ]);
    const ws = sheetOf(await loadWithExcelJS(await writeWorkbook(spec)), 'Chỉ tiêu');
    expect(ws.getColumn(1).width).toBe(7);
    expect(ws.getColumn(2).width).toBe(44);
    expect(ws.getColumn(3).hidden).toBe(true);
    expect(ws.getRow(1).height).toBe(45);
    expect(ws.getRow(2).height).toBe(30);
  });

  it('colours the tab', async () => {
    const ws = sheetOf(
      await loadWithExcelJS(
        await writeWorkbook(workbook([sheet('Chỉ tiêu', cells, { tabColor: '2F5597' })])),
      ),
      'Chỉ tiêu',
    );
    expect(ws.properties.tabColor).toEqual({ argb: 'FF2F5597' });
  });

  it('refuses out-of-range widths, heights and freezes', async () => {
    await expect(writeWorkbook(workbook([sheet('A', [], { columns: [{ width: 300 }] })]))).rejects.toThrow(
      /width must be 0 to 255/,
    );
    await expect(writeWorkbook(workbook([sheet('A', [], { rowHeights: { 0: 500 } })]))).rejects.toThrow(
      /row height/,
    );
    await expect(
      writeWorkbook(workbook([sheet('A', [], { freeze: { rows: -1, cols: 0 } })])),
    ).rejects.toThrow(/freeze/);
  });
});

describe('visibility', () => {
  it('writes hidden and very hidden sheets, and opens on the first visible one', async () => {
    const spec = workbook([
      sheet('_stamp', [[{ v: 'plan-2025' }]], { visibility: 'veryHidden' }),
      sheet('Danh mục', [], { visibility: 'hidden' }),
      sheet('Chỉ tiêu', cells),
    ]);
    const bytes = await writeWorkbook(spec);
    const wb = await loadWithExcelJS(bytes);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['_stamp', 'veryHidden'],
      ['Danh mục', 'hidden'],
      ['Chỉ tiêu', 'visible'],
    ]);
    expect(partText(bytes, 'xl/workbook.xml')).toMatch(/<workbookView [^>]*activeTab="2"/);
  });

  it('refuses a workbook whose sheets are all hidden', async () => {
    await expect(writeWorkbook(workbook([sheet('A', [], { visibility: 'hidden' })]))).rejects.toThrow(
      /at least one sheet must be visible/,
    );
  });

  it.each([
    ['', /1 to 31 characters/],
    ['Báo cáo kết quả thực hiện chỉ tiêu', /1 to 31 characters/],
    ['Kỳ 07/2025', /may not contain/],
    ["Sở 'Y tế'", /may not contain/],
    ['history', /reserved/],
  ])('refuses the sheet name "%s"', async (name, message) => {
    await expect(writeWorkbook(workbook([sheet(name)]))).rejects.toThrow(message);
  });

  it('refuses two sheets whose names differ only in case', async () => {
    await expect(writeWorkbook(workbook([sheet('Chỉ tiêu'), sheet('CHỈ TIÊU')]))).rejects.toThrow(
      /must be unique/,
    );
  });
});

describe('print setup', () => {
  it('prints on A4, landscape, at the scale core computes (not "fit to"), with repeated title rows', async () => {
    const spec = workbook([
      sheet('Chỉ tiêu', cells, { print: { orientation: 'landscape', fitToWidth: true, titleRows: '5:5' } }),
    ]);
    const bytes = await writeWorkbook(spec);
    const ws = sheetOf(await loadWithExcelJS(bytes), 'Chỉ tiêu');
    expect(ws.pageSetup).toMatchObject({
      paperSize: PAPER_A4,
      orientation: 'landscape',
      scale: printScale(spec.sheets[0] as SheetSpec),
      printTitlesRow: '5:5',
    });
    expect(ws.pageSetup.fitToPage).toBeFalsy();
    expect(partText(bytes, 'xl/workbook.xml')).toContain(
      '<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Chỉ tiêu&apos;!$5:$5</definedName>',
    );
  });

  it('prints every sheet on A4 portrait when the spec says nothing', async () => {
    const ws = sheetOf(
      await loadWithExcelJS(await writeWorkbook(workbook([sheet('Chỉ tiêu', cells)]))),
      'Chỉ tiêu',
    );
    expect(ws.pageSetup).toMatchObject({ paperSize: PAPER_A4, orientation: 'portrait' });
    expect(ws.pageSetup.fitToPage).toBeFalsy();
  });

  it('refuses title rows that are not "first:last"', async () => {
    const spec = workbook([
      sheet('A', [], { print: { orientation: 'portrait', fitToWidth: false, titleRows: 'A5' } }),
    ]);
    await expect(writeWorkbook(spec)).rejects.toThrow(/print title rows/);
  });
});

describe('protection', () => {
  it('protects the sheet without a password hash, allowing selection, formatting, resizing and filtering but not sorting', async () => {
    const xml = partText(
      await writeWorkbook(workbook([sheet('Chỉ tiêu', cells, { protect: true })])),
      'xl/worksheets/sheet1.xml',
    );
    const tag = /<sheetProtection [^>]*\/>/.exec(xml)?.[0] ?? '';
    expect(tag).toBe(
      '<sheetProtection sheet="1" formatCells="0" formatColumns="0" formatRows="0" autoFilter="0"/>',
    );
    expect(tag).not.toMatch(/hashValue|password|saltValue|selectLockedCells|sort=/);
  });

  it('leaves an unprotected sheet without a sheetProtection element', async () => {
    const xml = partText(
      await writeWorkbook(workbook([sheet('Chỉ tiêu', cells)])),
      'xl/worksheets/sheet1.xml',
    );
    expect(xml).not.toContain('sheetProtection');
  });
});

describe('document properties', () => {
  it('writes title, subject, creator, company; lastModifiedBy is the creator and modified equals created', async () => {
    const wb = await loadWithExcelJS(await writeWorkbook(workbook([sheet('Chỉ tiêu', cells)])));
    expect(wb.title).toBe('Báo cáo chỉ tiêu kinh tế - xã hội');
    expect(wb.subject).toBe('Kỳ báo cáo tháng 7/2025');
    expect(wb.creator).toBe('Sở Tài chính tỉnh Sơn La');
    expect(wb.lastModifiedBy).toBe('Sở Tài chính tỉnh Sơn La');
    expect(wb.company).toBe('UBND tỉnh Sơn La');
    expect(wb.created.toISOString()).toBe('2025-07-15T08:30:00.000Z');
    expect(wb.modified.toISOString()).toBe('2025-07-15T08:30:00.000Z');
  });

  it('refuses a created date that is not ISO 8601', async () => {
    const spec = workbook([sheet('A')]);
    spec.properties.created = '15/07/2025';
    await expect(writeWorkbook(spec)).rejects.toThrow(/properties.created: not an ISO date-time/);
  });
});
