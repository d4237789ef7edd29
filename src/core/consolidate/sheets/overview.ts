/** "Tổng quan": the province-wide value of every indicator against its checkpoint, task and submission counts, a chart. */
import type { Indicator } from '../../plan/schema';
import { cellAddress } from '../../sheet/a1';
import type { CellSpec, SheetSpec } from '../../sheet/spec';
import { isoToSerial } from '../../text/dates';
import { DIRECTION_TEXT, OVERDUE_TEXT, TASK_NOT_REPORTED_TEXT, TASK_STATUSES } from '../../template/model';
import { FORMATS, MEASURE_FORMAT, STATUS_COLOURS } from '../../template/styles';
import { DATA_STATUS_TEXT } from '../data';
import { AGGREGATION_TEXT, CONSOLIDATED_SHEETS } from '../labels';
import { columnDataRange, columnOf, tableSheet, type TableColumn } from '../tableSheet';
import type { Consolidation, ProvinceIndicator } from '../types';
import type { SheetContext } from './context';

type OverviewKey =
  | 'id'
  | 'name'
  | 'unit'
  | 'direction'
  | 'actual'
  | 'yearEstimate'
  | 'checkpoint'
  | 'checkpointDate'
  | 'target'
  | 'percent'
  | 'status'
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
    { key: 'name', header: 'Chỉ tiêu', width: 44, kind: 'text', value: (p) => ind(p)?.name ?? p.indicatorId },
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
      header: 'Giá trị toàn tỉnh',
      width: 13,
      kind: 'number',
      fmt: own,
      value: (p) => p.actual,
    },
    {
      key: 'yearEstimate',
      header: 'Ước cả năm',
      width: 12,
      kind: 'number',
      fmt: own,
      value: (p) => p.yearEstimate,
    },
    {
      key: 'checkpoint',
      header: 'Mốc áp dụng',
      width: 12,
      kind: 'number',
      fmt: own,
      value: (p) => p.checkpoint.value,
    },
    {
      key: 'checkpointDate',
      header: 'Hạn mốc',
      width: 11,
      kind: 'date',
      value: (p) => isoToSerial(p.checkpoint.date),
    },
    {
      key: 'target',
      header: 'Kế hoạch năm',
      width: 12,
      kind: 'number',
      fmt: own,
      value: (p) => ind(p)?.target ?? null,
    },
    {
      key: 'percent',
      header: '% so với mốc',
      width: 10,
      kind: 'percent',
      value: (p) => p.percentOfCheckpoint,
    },
    {
      key: 'status',
      header: 'Đánh giá',
      width: 14,
      kind: 'text',
      value: (p) => DATA_STATUS_TEXT[p.status],
      colours: [...STATUS_COLOURS, [DATA_STATUS_TEXT.missing, 'statusNone']],
    },
    { key: 'reporting', header: 'Cơ quan báo cáo', width: 10, kind: 'integer', value: (p) => p.reporting },
    { key: 'expected', header: 'Phải báo cáo', width: 10, kind: 'integer', value: (p) => p.expected },
    {
      key: 'aggregation',
      header: 'Cách tổng hợp',
      width: 22,
      kind: 'text',
      value: (p) => AGGREGATION_TEXT[p.aggregation],
    },
  ];
}

/** Label and count rows under the table: tasks by progress, and submissions. */
function countRows(c: Consolidation): (CellSpec | null)[][] {
  const line = (label: string, n: number): CellSpec[] => [
    { v: label, s: 'cell' },
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
    [{ v: 'NHIỆM VỤ (số lượt báo cáo của các cơ quan)', s: 'section' }],
    ...[...TASK_STATUSES, 'missing' as const].map((s) =>
      line(s === 'missing' ? TASK_NOT_REPORTED_TEXT : s, c.taskCounts[s]),
    ),
    line(OVERDUE_TEXT, c.taskCounts.overdue),
    [],
    [{ v: 'NỘP BÁO CÁO', s: 'section' }],
    ...submissions.map(([label, n]) => line(label, n)),
  ];
}

/** Builds the sheet: the indicator table (an Excel Table), the counts, and a bar chart of "% so với mốc". */
export function overviewSheet(x: SheetContext): SheetSpec {
  const cols = columns(x);
  const sheet = tableSheet({
    name: CONSOLIDATED_SHEETS.overview,
    title: `TỔNG HỢP CHỈ TIÊU KINH TẾ - XÃ HỘI TOÀN TỈNH — ${x.monthLabel.toUpperCase()}`,
    subtitle: x.subtitle,
    tableName: 'TongQuan',
    safety: x.safety,
    rows: x.c.indicators,
    tabColor: 'C00000',
    columns: cols,
  });
  sheet.cells.push(...countRows(x.c));
  const chartTop = sheet.cells.length + 1;
  const rows = x.c.indicators.length;
  sheet.charts.push({
    title: '% so với mốc áp dụng (toàn tỉnh)',
    seriesName: '% so với mốc',
    categories: columnDataRange(cols, 'id', rows),
    values: columnDataRange(cols, 'percent', rows),
    from: cellAddress(chartTop, 0),
    // The chart is as wide as the table up to the column it plots.
    to: cellAddress(chartTop + 18, columnOf(cols, 'percent')),
  });
  return sheet;
}
