/** "Tổng quan": every indicator's province-wide progress and forecast, task classes and submission counts, a chart. */
import type { Indicator } from '../../plan/schema';
import { cellAddress } from '../../sheet/a1';
import type { CellSpec, SheetSpec } from '../../sheet/spec';
import { DIRECTION_TEXT } from '../../template/model';
import { FORMATS, MEASURE_FORMAT } from '../../template/styles';
import { TASK_CLASS_ORDER, TASK_CLASS_TEXT } from '../../verdict/words';
import { AGGREGATION_TEXT, CONSOLIDATED_SHEETS } from '../labels';
import {
  columnDataRange,
  columnOf,
  printedCount,
  TABLE_HEADER_ROW,
  tableSheet,
  type TableColumn,
} from '../tableSheet';
import type { Consolidation, ProvinceIndicator } from '../types';
import type { SheetContext } from './context';
import { againstColumn, forecastColumn, percentOfAnnualColumn, progressColumn } from './verdictColumns';

type OverviewKey =
  | 'id'
  | 'name'
  | 'unit'
  | 'direction'
  | 'actual'
  | 'percentOfAnnual'
  | 'progress'
  | 'against'
  | 'yearEstimate'
  | 'target'
  | 'forecast'
  | 'reporting'
  | 'expected'
  | 'aggregation';

function columns(x: SheetContext): TableColumn<ProvinceIndicator, OverviewKey>[] {
  const byId = new Map(x.plan.indicators.map((i) => [i.id, i]));
  const ind = (p: ProvinceIndicator): Indicator | undefined => byId.get(p.indicatorId);
  // Values in the indicator's own unit take its format (a count is not shown with a decimal).
  const own = (p: ProvinceIndicator) => MEASURE_FORMAT[ind(p)?.measure ?? 'percent'];
  return [
    { key: 'id', header: 'Mã', width: 7, kind: 'text', value: (p) => p.indicatorId },
    { key: 'name', header: 'Chỉ tiêu', width: 35, kind: 'text', value: (p) => ind(p)?.name ?? p.indicatorId },
    { key: 'unit', header: 'Đơn vị', width: 9, kind: 'text', value: (p) => ind(p)?.unit ?? '' },
    {
      key: 'direction',
      header: 'Yêu cầu',
      width: 8,
      kind: 'text',
      value: (p) => DIRECTION_TEXT[ind(p)?.direction ?? 'atLeast'],
    },
    {
      key: 'actual',
      header: 'Thực hiện lũy kế toàn tỉnh',
      width: 13,
      kind: 'number',
      fmt: own,
      value: (p) => p.actual,
    },
    percentOfAnnualColumn((p) => p.progress),
    progressColumn((p) => p.progress),
    {
      key: 'yearEstimate',
      header: 'Ước cả năm',
      width: 12,
      kind: 'number',
      fmt: own,
      value: (p) => p.yearEstimate,
    },
    {
      key: 'target',
      header: 'Kế hoạch năm',
      width: 12,
      kind: 'number',
      fmt: own,
      value: (p) => ind(p)?.target ?? null,
    },
    forecastColumn((p) => p.forecast),
    { key: 'reporting', header: 'Số cơ quan báo cáo', width: 10, kind: 'integer', value: (p) => p.reporting },
    againstColumn((p) => p.progress, false),
    {
      key: 'expected',
      header: 'Phải báo cáo',
      width: 10,
      kind: 'integer',
      value: (p) => p.expected,
      print: false,
    },
    {
      key: 'aggregation',
      header: 'Cách tổng hợp',
      width: 22,
      kind: 'text',
      print: false,
      value: (p) => AGGREGATION_TEXT[p.aggregation],
    },
  ];
}

/** Label and count rows under the table: tasks by their official class, and submissions. */
function countRows(c: Consolidation): (CellSpec | null)[][] {
  // The label spans the code and name columns (merged by overviewSheet): in the narrow code column alone it wrapped
  // over its neighbours when printed.
  const line = (label: string, n: number): CellSpec[] => [
    { v: label, s: 'cell' },
    { s: 'cell' },
    { v: n, s: 'cellNumber', fmt: FORMATS.count },
  ];
  const submissions: [string, number][] = [
    ['Phải nộp', c.submissions.filter((s) => s.expected).length],
    ['Đã nộp đúng hạn', c.submissions.filter((s) => s.status === 'submitted').length],
    ['Nộp muộn', c.submissions.filter((s) => s.status === 'late').length],
    ['Chưa nộp', c.submissions.filter((s) => s.status === 'missing').length],
    ['Tệp bị từ chối', c.accounting.files.rejected],
  ];
  return [
    [],
    [{ v: 'NHIỆM VỤ (theo cơ quan chủ trì, mỗi nhiệm vụ một lần)', s: 'section' }],
    ...TASK_CLASS_ORDER.map((k) => line(TASK_CLASS_TEXT[k], c.taskClasses[k])),
    [],
    [{ v: 'NỘP BÁO CÁO', s: 'section' }],
    ...submissions.map(([label, n]) => line(label, n)),
  ];
}

/** Builds the sheet: the indicator table (an Excel Table), the counts, and a bar chart of "% kế hoạch năm". */
export function overviewSheet(x: SheetContext): SheetSpec {
  const cols = columns(x);
  const sheet = tableSheet({
    name: CONSOLIDATED_SHEETS.overview,
    title: `TỔNG HỢP CHỈ TIÊU KINH TẾ - XÃ HỘI TOÀN TỈNH — ${x.monthLabel.toUpperCase()}`,
    subtitle: x.subtitle,
    tableName: 'TongQuan',
    safety: x.safety,
    pageNote: x.pageNote,
    rows: x.c.indicators,
    tabColor: 'C00000',
    columns: cols,
  });
  // Three lines of header text ("Thực hiện lũy kế toàn tỉnh", "Số cơ quan báo cáo"): 32 pt cut the third.
  sheet.rowHeights = { ...sheet.rowHeights, [TABLE_HEADER_ROW]: 47 };
  const countsTop = sheet.cells.length;
  const counts = countRows(x.c);
  sheet.cells.push(...counts);
  counts.forEach((row, i) => {
    if (row.length === 3) sheet.merges.push(`A${countsTop + i + 1}:B${countsTop + i + 1}`);
  });
  const chartTop = sheet.cells.length + 1;
  const chartBottom = chartTop + 18;
  const rows = x.c.indicators.length;
  sheet.charts.push({
    title: 'Thực hiện so với kế hoạch năm (%, toàn tỉnh)',
    seriesName: '% kế hoạch năm',
    categories: columnDataRange(cols, 'id', rows),
    values: columnDataRange(cols, 'percentOfAnnual', rows),
    from: cellAddress(chartTop, 0),
    // The chart is as wide as the table up to the column it plots.
    to: cellAddress(chartBottom, columnOf(cols, 'forecast')),
  });
  // The printed page holds the table, the counts and the chart: the overview is read on paper first.
  if (sheet.print) sheet.print.area = `A1:${cellAddress(chartBottom, printedCount(cols) - 1)}`;
  return sheet;
}
