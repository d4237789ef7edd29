/** Small WorkbookSpecs for the writer's tests: a sheet with defaults, a workbook around sheets. */
import type { CellSpec, CellStyle, SheetSpec, WorkbookSpec } from '../../src/core/sheet/spec';

/** Styles the tests name (a subset of the templates' own, plus a header style). */
export const TEST_STYLES: Record<string, CellStyle> = {
  title: { bold: true, fontSize: 14, hAlign: 'center', vAlign: 'middle', wrap: true, fontColor: '1F3864' },
  header: { bold: true, fill: 'D9E2F3', wrap: true, hAlign: 'center', vAlign: 'middle', border: 'thin' },
  fixed: { fill: 'F2F2F2', border: 'thin', wrap: true, vAlign: 'top' },
  input: { fill: 'FFF2CC', border: 'thin', locked: false, vAlign: 'top' },
  cell: { border: 'thin', wrap: true, vAlign: 'top' },
  cellNumber: { border: 'thin', hAlign: 'right', vAlign: 'top' },
  statusMet: { fill: 'C6EFCE', fontColor: '006100' },
  statusMissed: { fill: 'FFC7CE', fontColor: '9C0006', bold: true },
};

/** A visible sheet with nothing but the given cells; `over` replaces any field. */
export function sheet(
  name: string,
  cells: (CellSpec | null)[][] = [],
  over: Partial<SheetSpec> = {},
): SheetSpec {
  return {
    name,
    visibility: 'visible',
    cells,
    columns: [],
    merges: [],
    validations: [],
    conditionalFormats: [],
    tables: [],
    charts: [],
    ...over,
  };
}

/** A workbook of the given sheets with the test styles and fixed properties. */
export function workbook(sheets: SheetSpec[], over: Partial<WorkbookSpec> = {}): WorkbookSpec {
  return {
    sheets,
    styles: TEST_STYLES,
    properties: {
      title: 'Báo cáo chỉ tiêu kinh tế - xã hội',
      subject: 'Kỳ báo cáo tháng 7/2025',
      creator: 'Sở Tài chính tỉnh Sơn La',
      company: 'UBND tỉnh Sơn La',
      created: '2025-07-15T08:30:00Z',
    },
    ...over,
  };
}

/** The "Tổng quan" sheet of the chart and table tests: header row 4, three indicators, values in column C. */
export function overviewSheet(over: Partial<SheetSpec> = {}): SheetSpec {
  const rows: (CellSpec | null)[][] = [
    [{ v: 'TỔNG HỢP TOÀN TỈNH', s: 'title' }, null, null],
    [],
    [],
    [
      { v: 'Mã', s: 'header' },
      { v: 'Chỉ tiêu', s: 'header' },
      { v: '% so với mốc', s: 'header' },
    ],
    [
      { v: 'CT01', s: 'cell' },
      { v: 'Tỷ lệ đô thị hóa', s: 'cell' },
      { v: 95.5, s: 'cellNumber', fmt: '0.0' },
    ],
    [
      { v: 'CT02', s: 'cell' },
      { v: 'Tăng trưởng GRDP', s: 'cell' },
      { v: 101.25, s: 'cellNumber', fmt: '0.0' },
    ],
    [
      { v: 'CT03', s: 'cell' },
      { v: 'Giải ngân vốn đầu tư công', s: 'cell' },
      { s: 'cellNumber', fmt: '0.0' },
    ],
  ];
  return sheet('Tổng quan', rows, {
    columns: [{ width: 8 }, { width: 40 }, { width: 12 }],
    merges: ['A1:C1'],
    tables: [{ name: 'TongQuan', range: 'A4:C7', style: 'TableStyleLight9' }],
    charts: [
      {
        title: '% so với mốc áp dụng (toàn tỉnh)',
        seriesName: '% so với mốc',
        categories: 'A5:A7',
        values: 'C5:C7',
        from: 'E2',
        to: 'L20',
      },
    ],
    freeze: { rows: 4, cols: 0 },
    ...over,
  });
}
