/** Workbook specs for the Office adapter tests: a consolidation-sized workbook and a sheet of tricky values. */
import { tableSheet, type TableColumn } from '../../src/core/consolidate/tableSheet';
import type { CellSpec, SheetSpec, WorkbookSpec } from '../../src/core/sheet/spec';
import { isoToSerial } from '../../src/core/text/dates';
import { textSafety } from '../../src/core/text/safeText';
import { STYLES } from '../../src/core/template/styles';
import type { SheetModel } from '../support/fake-excel';
import { sheet } from '../support/writeSpec';

interface Row {
  agency: string;
  name: string;
  indicator: string;
  actual: number;
  estimate: number;
  percent: number;
  reported: number;
  status: string;
}

const STATUS = ['Đạt', 'Gần đạt', 'Chưa đạt'];

const COLUMNS: TableColumn<Row>[] = [
  { key: 'agency', header: 'Mã cơ quan', width: 16, kind: 'text', value: (r) => r.agency },
  { key: 'name', header: 'Cơ quan', width: 30, kind: 'userText', value: (r) => r.name },
  { key: 'indicator', header: 'Mã chỉ tiêu', width: 10, kind: 'text', value: (r) => r.indicator },
  { key: 'actual', header: 'Thực hiện', width: 12, kind: 'number', value: (r) => r.actual },
  { key: 'estimate', header: 'Ước cả năm', width: 12, kind: 'number', value: (r) => r.estimate },
  { key: 'percent', header: '% so với mốc', width: 12, kind: 'percent', value: (r) => r.percent },
  { key: 'reported', header: 'Ngày báo cáo', width: 12, kind: 'date', value: (r) => r.reported },
  {
    key: 'status',
    header: 'Đánh giá',
    width: 14,
    kind: 'text',
    value: (r) => r.status,
    colours: STATUS.map((w, i) => [w, ['statusMet', 'statusNear', 'statusMissed'][i] ?? ''] as const),
  },
];

/** A consolidation-like workbook: an overview with a chart, a table sheet of `rows` × 8, and a short log. */
export function consolidationSpec(rows: number): WorkbookSpec {
  const data: Row[] = Array.from({ length: rows }, (_, i) => ({
    agency: `ubnd-xa-${String(i % 200).padStart(3, '0')}`,
    // Agency text is untrusted: some of it would be a formula if Excel parsed it.
    name: i % 997 === 0 ? `=HYPERLINK("http://x/${i}")` : `Ủy ban nhân dân xã số ${i % 200}`,
    indicator: `CT${String((i % 13) + 1).padStart(2, '0')}`,
    actual: Math.round(i * 7.31) / 10,
    estimate: -Math.round(i * 3.7) / 10,
    percent: (i % 1000) / 10,
    reported: isoToSerial('2025-07-17') - (i % 5),
    status: STATUS[i % 3] ?? 'Đạt',
  }));
  const table = tableSheet({
    name: 'Dữ liệu',
    title: 'DỮ LIỆU CHỈ TIÊU THEO CƠ QUAN',
    subtitle: 'Kế hoạch thử nghiệm 2025 — kỳ tháng 7/2025',
    tableName: 'DuLieu',
    columns: COLUMNS,
    rows: data,
    safety: textSafety(),
  });
  return { sheets: [overviewSheet(), table, logSheet()], styles: STYLES, properties: PROPERTIES };
}

const PROPERTIES = { title: 'Tổng hợp', creator: 'test', created: '2025-07-20T00:00:00Z' };

function overviewSheet(): SheetSpec {
  const cells: (CellSpec | null)[][] = [[{ v: 'TỔNG QUAN', s: 'title' }, null], []];
  STATUS.forEach((w, i) =>
    cells.push([
      { v: w, s: 'cell' },
      { v: 10 * (i + 1), s: 'cellNumber' },
    ]),
  );
  return {
    ...emptySheet('Tổng quan'),
    cells,
    columns: [{ width: 30 }, { width: 12 }],
    merges: ['A1:B1'],
    charts: [
      {
        title: 'Số chỉ tiêu theo đánh giá',
        seriesName: 'Số chỉ tiêu',
        categories: 'A3:A5',
        values: 'B3:B5',
        from: 'D2',
        to: 'K18',
      },
    ],
  };
}

function logSheet(): SheetSpec {
  return {
    ...emptySheet('Nhật ký'),
    cells: [
      [
        { v: 'Thời điểm', s: 'header' },
        { v: 'Sự kiện', s: 'header' },
      ],
      [{ v: '2025-07-20' }, { v: '-' }],
    ],
    columns: [{ width: 20 }, { width: 60 }],
  };
}

/** A visible, unprotected sheet with nothing on it. */
export function emptySheet(name: string): SheetSpec {
  return sheet(name);
}

/** Values Excel would take for something else if they were typed: each must arrive exactly as given. */
export const TRICKY_TEXT = [
  '=SUM(A1)',
  '-abc',
  '+84 912',
  '@user',
  '0912345678',
  '2025-06-30',
  'TRUE',
  '50%',
  '1/2/2025',
];

/** A one-sheet workbook: the tricky texts in column A, real numbers (negative too) in column B. */
export function trickySpec(): WorkbookSpec {
  const numbers = [-5, 0, 3.25, -0.001, 1e6];
  const rows = Math.max(TRICKY_TEXT.length, numbers.length);
  const cells: (CellSpec | null)[][] = [];
  for (let r = 0; r < rows; r++) {
    const text = TRICKY_TEXT[r];
    const n = numbers[r];
    cells.push([text === undefined ? null : { v: text }, n === undefined ? null : { v: n }]);
  }
  return {
    sheets: [{ ...emptySheet('Giá trị'), cells, columns: [{ width: 20 }, { width: 10 }] }],
    styles: STYLES,
    properties: PROPERTIES,
  };
}

/** What a fake cell holds: its formula, else its error, else its value. */
export function valueOf(sheet: SheetModel, address: string): unknown {
  const cell = sheet.cell(address);
  return cell.formula ?? cell.error ?? cell.value;
}
