/** insertSheets with an agency's template: the same sheets as the CLI's file, in at most 3 syncs. */
import { cellAddress, parseRange } from '../../src/core/sheet/a1';
import { printScale } from '../../src/core/sheet/print';
import type { WorkbookSpec } from '../../src/core/sheet/spec';
import { HEADER_ROW, SHEETS } from '../../src/core/template/model';
import { INPUT_FILL } from '../../src/core/template/styles';
import { columnWidthPoints } from '../../src/office/units';
import { MAX_ERROR_MESSAGE, MAX_PROMPT_MESSAGE, MAX_VALIDATION_TITLE } from '../../src/office/validation';
import { insertSheets, SHEET_PROTECTION, type WriteResult } from '../../src/office/writeWorkbook';
import { PROTECTION_OPTIONS } from '../../src/xlsx/write/protection';
import { TEXT_LIMITS } from '../../src/xlsx/write/validation';
import { installFakeOffice, type FakeOffice } from '../support/fake-excel';
import { testPlan } from '../support/plans';
import { templateSpec } from '../support/snapshots';
import { TRICKY_TEXT, trickySpec, valueOf } from './specs';

let fake: FakeOffice;
let spec: WorkbookSpec;
beforeEach(() => {
  fake = installFakeOffice(globalThis, { sheets: ['Sheet1'] });
  spec = templateSpec(testPlan(), 'ubnd-a', '2025-07');
});
afterEach(() => fake.uninstall());

async function insert(options = { replaceExisting: false }): Promise<Extract<WriteResult, { ok: true }>> {
  const result = await insertSheets(spec, options);
  if (!result.ok) throw new Error(`insert failed: ${JSON.stringify(result)}`);
  return result;
}

const specSheet = (name: string) => {
  const s = spec.sheets.find((x) => x.name === name);
  if (!s) throw new Error(name);
  return s;
};

describe('inserting an agency template', () => {
  it('takes at most 3 syncs (it takes 2: names, then one request for everything)', async () => {
    const result = await insert();
    expect(fake.counters.syncs).toBeLessThanOrEqual(3);
    expect(result.syncs).toBe(fake.counters.syncs);
    expect(fake.counters.runs).toBe(1);
  });

  it('runs with delayForCellEdit so a user typing in a cell delays it instead of failing it', async () => {
    await insert();
    expect(fake.counters.runOptions).toEqual([{ delayForCellEdit: true }]);
  });

  it('adds the spec’s sheets after the existing ones, in order, and shows the first visible one', async () => {
    await insert();
    expect(fake.workbook.sheetNames()).toEqual(['Sheet1', ...spec.sheets.map((s) => s.name)]);
    expect(fake.workbook.activeSheet().name).toBe(SHEETS.instructions);
  });

  it('throws on a malformed spec before Excel is touched (nothing half-written)', async () => {
    const broken = { ...spec, styles: {} };
    await expect(insertSheets(broken, { replaceExisting: false })).rejects.toThrow('unknown style');
    expect(fake.counters.runs).toBe(0);
  });

  it('activates the sheet the caller names', async () => {
    await insertSheets(spec, { replaceExisting: false, activate: SHEETS.indicators });
    expect(fake.workbook.activeSheet().name).toBe(SHEETS.indicators);
  });

  it('makes the stamp very hidden', async () => {
    await insert();
    expect(fake.workbook.sheet(SHEETS.stamp).visibility).toBe('VeryHidden');
  });

  it('writes every cell: values, formulas with "=", and number formats', async () => {
    await insert();
    for (const s of spec.sheets) {
      const sheet = fake.workbook.sheet(s.name);
      s.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (!cell) return;
          const got = sheet.cellAt(r, c);
          const at = `${s.name}!${cellAddress(r, c)}`;
          if (cell.f !== undefined) expect([at, got?.formula]).toEqual([at, `=${cell.f}`]);
          else if (cell.v !== undefined && cell.v !== null && cell.v !== '')
            expect([at, got?.value]).toEqual([at, cell.v]);
          if (cell.fmt && typeof cell.v !== 'string') expect([at, got?.numberFormat]).toEqual([at, cell.fmt]);
        }),
      );
    }
  });

  it('keeps every text value as text (the "@" format), so none became a number, date or formula', async () => {
    await insert();
    const stamp = fake.workbook.sheet(SHEETS.stamp);
    const dates = [...stamp.cells.values()].filter(
      (c) => typeof c.value === 'string' && /^\d{4}-\d\d-\d\d$/.test(c.value),
    );
    expect(dates.length).toBeGreaterThan(0);
    for (const c of dates) expect(c.numberFormat).toBe('@');
  });

  it('converts column widths from characters to points (16 characters → 84 pt)', async () => {
    await insert();
    const s = specSheet(SHEETS.indicators);
    const sheet = fake.workbook.sheet(SHEETS.indicators);
    s.columns.forEach((col, i) => expect(sheet.columnWidths.get(i)).toBe(columnWidthPoints(col.width)));
    expect(columnWidthPoints(16)).toBe(84);
  });

  it('sets the row heights in points', async () => {
    await insert();
    const sheet = fake.workbook.sheet(SHEETS.indicators);
    for (const [row, height] of Object.entries(specSheet(SHEETS.indicators).rowHeights ?? {}))
      expect(sheet.rowHeights.get(Number(row))).toBe(height);
  });

  it('merges the title rows', async () => {
    await insert();
    const sheet = fake.workbook.sheet(SHEETS.indicators);
    expect(sheet.merges).toEqual(specSheet(SHEETS.indicators).merges.map((m) => parseRange(m)));
  });

  it('styles cells: input cells yellow and unlocked, fixed cells locked, headers bold with borders', async () => {
    await insert();
    const s = specSheet(SHEETS.indicators);
    const sheet = fake.workbook.sheet(SHEETS.indicators);
    const inputs = s.cells.flatMap((row, r) =>
      row.flatMap((cell, c) => (cell?.s === 'input' ? [sheet.cellAt(r, c, true)] : [])),
    );
    expect(inputs.length).toBeGreaterThan(0);
    for (const cell of inputs) expect([cell.fill, cell.locked]).toEqual([`#${INPUT_FILL}`, false]);
    const header = sheet.cellAt(HEADER_ROW, 0, true);
    expect(header).toMatchObject({
      bold: true,
      locked: true,
      wrap: true,
      hAlign: 'Center',
      vAlign: 'Center',
    });
    expect(header.borders).toMatchObject({ EdgeTop: 'Continuous', EdgeLeft: 'Continuous' });
  });

  it('adds each data validation with its Vietnamese prompt and error alert', async () => {
    await insert();
    const s = specSheet(SHEETS.indicators);
    const sheet = fake.workbook.sheet(SHEETS.indicators);
    expect(sheet.validations).toHaveLength(s.validations.length);
    const first = s.validations[0];
    const got = sheet.validations[0];
    expect(got?.range).toEqual(parseRange(first?.range ?? ''));
    expect(got?.prompt).toMatchObject({ showPrompt: true, title: first?.prompt?.title });
    expect(got?.errorAlert).toMatchObject({ showAlert: true, style: 'Stop', message: first?.error?.text });
    expect(got?.ignoreBlanks).toBe(true);
  });

  it('shortens validation texts exactly as the xlsx writer does', () => {
    expect([MAX_VALIDATION_TITLE, MAX_PROMPT_MESSAGE, MAX_VALIDATION_TITLE, MAX_ERROR_MESSAGE]).toEqual([
      TEXT_LIMITS.promptTitle,
      TEXT_LIMITS.prompt,
      TEXT_LIMITS.errorTitle,
      TEXT_LIMITS.error,
    ]);
  });

  it('writes the report-date validation as an ISO date range', async () => {
    await insert();
    const rule = fake.workbook.sheet(SHEETS.instructions).validations[0]?.rule as { date: unknown };
    expect(rule.date).toEqual({ formula1: '2025-01-01', formula2: '2026-01-31', operator: 'Between' });
  });

  it('colours the two verdict columns by exact text (cell value equal to "Đạt", "Ước đạt" …)', async () => {
    await insert();
    const formats = fake.workbook.sheet(SHEETS.indicators).conditionalFormats;
    const rules = formats.map((f) => [f.type, f.rule?.operator, f.rule?.formula1]);
    expect(rules.slice(0, 3)).toEqual([
      ['CellValue', 'EqualTo', '="Đạt"'],
      ['CellValue', 'EqualTo', '="Gần đạt"'],
      ['CellValue', 'EqualTo', '="Chưa đạt"'],
    ]);
    expect(rules.map((r) => r[2])).toEqual(
      expect.arrayContaining(['="Ước đạt"', '="Khó đạt"', '="Chưa đến mốc đánh giá"']),
    );
    expect(formats[0]?.format).toMatchObject({ fill: '#C6EFCE', fontColor: '#006100' });
  });

  it('freezes the header rows and id columns, and colours the tab', async () => {
    await insert();
    const sheet = fake.workbook.sheet(SHEETS.indicators);
    expect(sheet.freeze).toEqual({ rows: HEADER_ROW + 1, cols: 2 });
    expect(sheet.tabColor).toBe('#2F5597');
  });

  it('sets up printing (A4 landscape at the scale core computes, header row repeated, page numbers) where ExcelApi 1.9 exists', async () => {
    const result = await insert();
    expect(result.skipped).toEqual([]);
    const sheet = spec.sheets.find((s) => s.name === SHEETS.indicators);
    expect(fake.workbook.sheet(SHEETS.indicators).pageLayout).toMatchObject({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { scale: sheet ? printScale(sheet) : -1 },
      printTitleRows: `${HEADER_ROW + 1}:${HEADER_ROW + 1}`,
      headersFooters: { centerFooter: '&"Times New Roman,Regular"&11Trang &P/&N' },
    });
  });

  it('skips print setup on ExcelApi 1.8 and says so, instead of failing', async () => {
    fake.setExcelApi('1.8');
    const result = await insert();
    expect(result.skipped).toEqual(['pageLayout']);
    expect(fake.workbook.sheet(SHEETS.indicators).pageLayout).toEqual({});
  });
});

describe('protection', () => {
  it('protects the sheets the spec marks, without password', async () => {
    await insert();
    for (const s of spec.sheets) {
      const p = fake.workbook.sheet(s.name).protection;
      expect([s.name, p.protected]).toEqual([s.name, s.protect === true]);
      if (s.protect) expect(p.options).toEqual(SHEET_PROTECTION);
    }
  });

  it('allows what the CLI’s file allows (the xlsx writer’s options)', () => {
    const officeName: Record<string, string> = {
      formatColumns: 'allowFormatColumns',
      formatRows: 'allowFormatRows',
      sort: 'allowSort',
      autoFilter: 'allowAutoFilter',
      formatCells: 'allowFormatCells',
    };
    const { selectLockedCells, selectUnlockedCells, ...rest } = PROTECTION_OPTIONS;
    expect([selectLockedCells, selectUnlockedCells, SHEET_PROTECTION.selectionMode]).toEqual([
      true,
      true,
      'Normal',
    ]);
    for (const [name, value] of Object.entries(rest))
      expect([name, (SHEET_PROTECTION as Record<string, unknown>)[officeName[name] ?? name]]).toEqual([
        name,
        value,
      ]);
  });

  it('comes last: the protections are the run’s final operations', async () => {
    await insert();
    const protectedSheets = spec.sheets.filter((s) => s.protect).map((s) => fake.workbook.sheet(s.name));
    const times = protectedSheets.map((s) => s.protection.appliedAt).sort((a, b) => a - b);
    const last = fake.counters.operations;
    expect(times).toEqual(protectedSheets.map((_, i) => last - protectedSheets.length + 1 + i));
  });

  it('is skipped when the caller does not ask for it (the undo stack is kept)', async () => {
    await insertSheets(spec, { replaceExisting: false, protect: false });
    for (const s of spec.sheets) expect(fake.workbook.sheet(s.name).protection.protected).toBe(false);
  });
});

describe('name clashes', () => {
  it('change nothing without replaceExisting and report the clashing names', async () => {
    fake.workbook.addSheet(SHEETS.indicators.toUpperCase()).setValue('A1', 'của người dùng');
    fake.resetCounters();
    const result = await insertSheets(spec, { replaceExisting: false });
    expect(result).toEqual({
      ok: false,
      reason: 'nameClash',
      sheets: [SHEETS.indicators.toUpperCase()],
      tables: [],
      syncs: 1,
    });
    expect(fake.workbook.sheetNames()).toEqual(['Sheet1', SHEETS.indicators.toUpperCase()]);
    expect(fake.workbook.sheet(SHEETS.indicators).cell('A1').value).toBe('của người dùng');
    expect(fake.counters.requestBytes.slice(1)).toEqual([]);
  });

  it('replace the old sheets when the user asked, even when they are the only visible ones', async () => {
    fake.uninstall();
    fake = installFakeOffice(globalThis, { sheets: [SHEETS.instructions, SHEETS.indicators] });
    const result = await insert({ replaceExisting: true });
    expect(result.replaced).toEqual([SHEETS.instructions, SHEETS.indicators]);
    expect(fake.workbook.sheetNames()).toEqual(spec.sheets.map((s) => s.name));
    expect(fake.counters.syncs).toBeLessThanOrEqual(3);
  });

  it('report a table name already used on a sheet that stays', async () => {
    const withTable = {
      ...spec,
      sheets: spec.sheets.map((s, i) =>
        i === 0 ? { ...s, tables: [{ name: 'Bang1', range: 'A4:B5', style: 'TableStyleLight9' }] } : s,
      ),
    };
    fake.workbook.tables.push({
      name: 'BANG1',
      sheet: fake.workbook.sheet('Sheet1'),
      range: { top: 0, left: 0, bottom: 1, right: 1 },
      hasHeaders: true,
      style: 'TableStyleLight9',
    });
    const result = await insertSheets(withTable, { replaceExisting: true });
    expect(result).toMatchObject({ ok: false, reason: 'nameClash', sheets: [], tables: ['BANG1'] });
    expect(fake.workbook.sheetNames()).toEqual(['Sheet1']);
  });
});

describe('text safety', () => {
  beforeEach(() => {
    spec = trickySpec();
  });

  it.each(TRICKY_TEXT.map((t, i) => [t, i]))('writes %p so it stays that text', async (text, row) => {
    await insert();
    const cell = fake.workbook.sheet('Giá trị').cellAt(row, 0, true);
    expect([cell.formula, cell.error, cell.value, cell.numberFormat]).toEqual([null, null, text, '@']);
  });

  it('keeps real numbers, negative ones included, as numbers', async () => {
    await insert();
    const sheet = fake.workbook.sheet('Giá trị');
    expect(['B1', 'B2', 'B3', 'B4', 'B5'].map((a) => valueOf(sheet, a))).toEqual([-5, 0, 3.25, -0.001, 1e6]);
    expect(sheet.cell('B1').numberFormat).toBe('General');
  });

  it('counts the text cells it had to format as text', async () => {
    const result = await insert();
    expect(result.textCells).toBe(TRICKY_TEXT.length);
  });
});
