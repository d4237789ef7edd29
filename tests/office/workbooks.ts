/** Test helpers for the writer: a real consolidation of any size, and the whole fake workbook as comparable data. */
import { consolidate } from '../../src/core/consolidate/consolidate';
import { CONSOLIDATED_SHEETS } from '../../src/core/consolidate/labels';
import { TABLE_HEADER_ROW } from '../../src/core/consolidate/tableSheet';
import type { DataRow } from '../../src/core/consolidate/types';
import { DATA_COLUMNS } from '../../src/core/consolidate/sheets/data';
import { consolidationWorkbook } from '../../src/core/consolidate/workbook';
import type { WorkbookSpec } from '../../src/core/sheet/spec';
import type { WorkbookModel } from '../support/fake-excel';
import { testPlan } from '../support/plans';

const plan = testPlan();

/** `n` data rows of a month, agency text included (some of it looks like a formula). */
export function dataRows(n: number, period = '2025-07'): DataRow[] {
  return Array.from({ length: n }, (_, i) => ({
    period,
    agencyId: `ubnd-xa-${String(i % 200).padStart(3, '0')}`,
    agencyName: i % 997 === 0 ? `=HYPERLINK("http://x/${i}")` : `Ủy ban nhân dân xã số ${i % 200}`,
    indicatorId: `CT${String((i % 13) + 1).padStart(2, '0')}`,
    indicatorName: `Chỉ tiêu số ${(i % 13) + 1}`,
    measure: 'actual',
    value: Math.round(i * 7.31) / 10,
    unit: '%',
    status: 'Đạt',
    source: `2025-07_ubnd-xa-${i % 200}.xlsx!Chỉ tiêu!F${(i % 40) + 6}`,
    notes: i % 5 === 0 ? `Ghi chú ${i}` : '',
  }));
}

/** The consolidated workbook core writes (no submissions this month) with `rows` rows in "Dữ liệu". */
export function consolidationOf(rows: readonly DataRow[], period = '2025-07'): WorkbookSpec {
  return consolidationWorkbook(plan, consolidate(plan, period, []), {
    generatedAt: '2025-07-19T08:00:00Z',
    generator: 'test',
    describe: (i) => i.code,
    data: rows,
  }).workbook;
}

/** Everything a user could see of the fake workbook, as plain data: equal images mean an unchanged workbook. */
export function workbookImage(wb: WorkbookModel): unknown {
  return JSON.parse(
    JSON.stringify({
      sheets: wb.sheets.map((s) => ({
        name: s.name,
        visibility: s.visibility,
        tabColor: s.tabColor,
        cells: [...s.cells.entries()].sort(([a], [b]) => a - b),
        merges: s.merges,
        validations: s.validations,
        conditionalFormats: s.conditionalFormats,
        charts: s.charts,
        freeze: s.freeze,
        protection: { protected: s.protection.protected, options: s.protection.options },
        columnWidths: [...s.columnWidths],
        hiddenColumns: [...s.hiddenColumns],
        rowHeights: [...s.rowHeights],
        pageLayout: s.pageLayout,
      })),
      tables: wb.tables.map((t) => ({ name: t.name, sheet: t.sheet.name, range: t.range, style: t.style })),
      settings: [...wb.settings],
      active: wb.activeSheet().name,
    }),
  );
}

/**
 * Puts a spec's sheets into the fake as if the file had been opened (no typed-input coercion, no requests): for
 * reading tests far larger than a write test would want to wait for.
 */
export function seedSheets(wb: WorkbookModel, spec: WorkbookSpec): void {
  for (const sheet of spec.sheets) {
    const model = wb.addSheet(sheet.name);
    model.visibility = VISIBILITY[sheet.visibility];
    sheet.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell || (cell.v === undefined && cell.f === undefined)) return;
        const target = model.cellAt(r, c, true);
        target.numberFormat = cell.fmt ?? (typeof cell.v === 'string' ? '@' : 'General');
        target.formula = cell.f === undefined ? null : `=${cell.f}`;
        target.value = cell.v === undefined || cell.v === '' ? null : cell.v;
      }),
    );
  }
}

const VISIBILITY = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;

/**
 * A consolidation's stamp and "Dữ liệu" with `rows` in the fake, built from core's own layout (one row through
 * consolidationWorkbook) and its columns (DATA_COLUMNS) for the rest: a read test at a size no write test would wait for.
 */
export function seedConsolidationData(wb: WorkbookModel, rows: readonly DataRow[]): void {
  const spec = consolidationOf(rows.slice(0, 1));
  const wanted: string[] = [CONSOLIDATED_SHEETS.stamp, CONSOLIDATED_SHEETS.data];
  seedSheets(wb, { ...spec, sheets: spec.sheets.filter((s) => wanted.includes(s.name)) });
  const sheet = wb.sheet(CONSOLIDATED_SHEETS.data);
  const columns = DATA_COLUMNS;
  rows.forEach((row, r) =>
    columns.forEach((column, c) => {
      const value = column.value(row);
      if (value === '' || value === undefined) return;
      const cell = sheet.cellAt(TABLE_HEADER_ROW + 1 + r, c, true);
      cell.value = value;
      cell.numberFormat = typeof value === 'string' ? '@' : '#,##0.0';
    }),
  );
}
