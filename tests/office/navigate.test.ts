/** selectCell, highlightCells and clearHighlights on the fake host. */
import { SHEETS } from '../../src/core/template/model';
import { HIGHLIGHT_FILL, HIGHLIGHT_SETTING } from '../../src/office/highlightMemory';
import { MAX_HIGHLIGHT_CELLS } from '../../src/office/highlightTargets';
import { clearHighlights, highlightCells, selectCell } from '../../src/office/navigate';
import { insertSheets } from '../../src/office/writeWorkbook';
import { installFakeOffice, type FakeOffice } from '../support/fake-excel';
import { testPlan } from '../support/plans';
import { templateSpec } from '../support/snapshots';

let fake: FakeOffice;
beforeEach(() => {
  fake = installFakeOffice(globalThis, { sheets: ['Sheet1', 'Khác'] });
});
afterEach(() => fake.uninstall());

const fills = (sheet: string, cells: string[]) =>
  cells.map((a) => [fake.workbook.sheet(sheet).cell(a).fill, fake.workbook.sheet(sheet).cell(a).fillTint]);

describe('selectCell', () => {
  it('activates the sheet and selects the cell', async () => {
    expect(await selectCell('Khác', 'C7')).toEqual({ ok: true });
    expect(fake.workbook.activeSheet().name).toBe('Khác');
    expect(fake.workbook.selection).toEqual({ sheet: 'Khác', address: 'C7' });
  });

  it('says the sheet is missing instead of throwing', async () => {
    expect(await selectCell('Không có', 'A1')).toEqual({ ok: false, reason: 'sheetMissing' });
  });

  it('does not show a hidden sheet such as the stamp', async () => {
    fake.workbook.sheet('Khác').visibility = 'VeryHidden';
    expect(await selectCell('Khác', 'A1')).toEqual({ ok: false, reason: 'sheetHidden' });
    expect(fake.workbook.activeSheet().name).toBe('Sheet1');
  });

  it('refuses an address that is not A1', async () => {
    expect(await selectCell('Khác', 'R1C1')).toEqual({ ok: false, reason: 'badAddress' });
    expect(fake.counters.runs).toBe(0);
  });
});

describe('highlighting problem cells', () => {
  beforeEach(() => {
    const sheet = fake.workbook.sheet('Sheet1');
    sheet.setFill('B2', '#FFF2CC');
    sheet.setFill('B3', '#FFFFFF');
  });

  it('fills errors red and warnings amber', async () => {
    const result = await highlightCells([
      { sheet: 'Sheet1', cell: 'B2', severity: 'error' },
      { sheet: 'Sheet1', cell: 'B3', severity: 'warning' },
    ]);
    expect(result).toMatchObject({ highlighted: 2, skipped: [], truncated: 0, exactRestore: true, syncs: 3 });
    expect(fills('Sheet1', ['B2', 'B3']).map(([fill]) => fill)).toEqual([
      HIGHLIGHT_FILL.error,
      HIGHLIGHT_FILL.warning,
    ]);
  });

  it('restores exactly the previous fills on clear: yellow, white, and no fill', async () => {
    const before = fills('Sheet1', ['B2', 'B3', 'B4']);
    await highlightCells([{ sheet: 'Sheet1', cell: 'B2:B4', severity: 'error' }]);
    expect(await clearHighlights()).toMatchObject({ restored: 3, skipped: [], syncs: 2 });
    expect(fills('Sheet1', ['B2', 'B3', 'B4'])).toEqual(before);
    expect(fake.workbook.settings.has(HIGHLIGHT_SETTING)).toBe(false);
  });

  it('remembers the original fill when a cell is highlighted twice', async () => {
    await highlightCells([{ sheet: 'Sheet1', cell: 'B2', severity: 'warning' }]);
    await highlightCells([{ sheet: 'Sheet1', cell: 'B2', severity: 'error' }]);
    await clearHighlights();
    expect(fills('Sheet1', ['B2'])).toEqual([['#FFF2CC', 0]]);
  });

  it('keeps its memory in the document, so a reloaded task pane can still clear', async () => {
    await highlightCells([{ sheet: 'Sheet1', cell: 'B2', severity: 'error' }]);
    fake.resetCounters();
    const result = await clearHighlights();
    expect(result.restored).toBe(1);
    expect(fake.counters.runs).toBe(1);
  });

  it('colours a cell named twice with the most severe colour', async () => {
    await highlightCells([
      { sheet: 'Sheet1', cell: 'B2', severity: 'warning' },
      { sheet: 'Sheet1', cell: 'A1:B2', severity: 'error' },
    ]);
    expect(fills('Sheet1', ['B2'])[0]?.[0]).toBe(HIGHLIGHT_FILL.error);
  });

  it('skips cells on a missing sheet and says why', async () => {
    const result = await highlightCells([{ sheet: 'Không có', cell: 'A1', severity: 'error' }]);
    expect(result.skipped).toEqual([{ sheet: 'Không có', cell: 'A1', reason: 'sheetMissing' }]);
  });

  it('leaves a sheet protected against formatting alone and says so', async () => {
    fake.workbook.sheet('Khác').protect();
    const result = await highlightCells([{ sheet: 'Khác', cell: 'A1', severity: 'error' }]);
    expect(result).toMatchObject({
      highlighted: 0,
      skipped: [{ sheet: 'Khác', cell: 'A1', reason: 'protected' }],
    });
  });

  it('colours problem cells on a protected template (its protection allows formatting cells), and clears them', async () => {
    await insertSheets(templateSpec(testPlan(), 'ubnd-a', '2025-07'), { replaceExisting: false });
    const result = await highlightCells([{ sheet: SHEETS.indicators, cell: 'J5', severity: 'error' }]);
    expect(result).toMatchObject({ highlighted: 1, skipped: [] });
    expect(await selectCell(SHEETS.indicators, 'J5')).toEqual({ ok: true });
    expect((await clearHighlights()).restored).toBe(1);
  });

  it('leaves cells of a sheet protected without "format cells" uncoloured, while selecting them still works', async () => {
    fake.workbook.sheet('Khác').protect({ allowFormatCells: false });
    const result = await highlightCells([{ sheet: 'Khác', cell: 'A1', severity: 'error' }]);
    expect(result).toMatchObject({ highlighted: 0, skipped: [{ sheet: 'Khác', reason: 'protected' }] });
    expect(await selectCell('Khác', 'A1')).toEqual({ ok: true });
  });

  it('colours cells of a sheet protected with "format cells" allowed', async () => {
    fake.workbook.sheet('Khác').protect({ allowFormatCells: true });
    const result = await highlightCells([{ sheet: 'Khác', cell: 'A1', severity: 'error' }]);
    expect(result.highlighted).toBe(1);
    await clearHighlights();
    expect(fills('Khác', ['A1'])).toEqual([[null, null]]);
  });

  it('caps how many cells it colours and counts the rest', async () => {
    const result = await highlightCells([{ sheet: 'Sheet1', cell: 'A1:Z200', severity: 'info' }]);
    expect(result.highlighted).toBe(MAX_HIGHLIGHT_CELLS);
    expect(result.truncated).toBe(26 * 200 - MAX_HIGHLIGHT_CELLS);
  });

  it('before ExcelApi 1.9 restores a white fill as no fill, and says the restore is not exact', async () => {
    fake.setExcelApi('1.8');
    const result = await highlightCells([{ sheet: 'Sheet1', cell: 'B3', severity: 'error' }]);
    expect(result.exactRestore).toBe(false);
    await clearHighlights();
    expect(fills('Sheet1', ['B3'])).toEqual([[null, null]]);
  });

  it('reports a damaged memory and overwrites it', async () => {
    fake.workbook.settings.set(HIGHLIGHT_SETTING, 'not json');
    const result = await highlightCells([{ sheet: 'Sheet1', cell: 'B2', severity: 'error' }]);
    expect(result.memoryDamaged).toBe(true);
    expect((await clearHighlights()).restored).toBe(1);
  });

  it('keeps remembering cells of a sheet protected since, for a later clear', async () => {
    await highlightCells([{ sheet: 'Khác', cell: 'A1', severity: 'error' }]);
    fake.workbook.sheet('Khác').protect();
    expect(await clearHighlights()).toMatchObject({
      restored: 0,
      skipped: [{ sheet: 'Khác', cell: 'A1', reason: 'protected' }],
    });
    expect(fake.workbook.settings.has(HIGHLIGHT_SETTING)).toBe(true);
  });

  it('does nothing on clear when nothing is highlighted', async () => {
    expect(await clearHighlights()).toEqual({ restored: 0, skipped: [], memoryDamaged: false, syncs: 1 });
  });
});
