/**
 * "Xu hướng": every indicator month by month over the months the workbook has accumulated in "Dữ liệu" — the
 * province's figure of each month and its verdict — and beside the table one column chart per indicator, its columns
 * coloured by verdict and its value axis starting at zero (a bar's height is its value, so 85 is not drawn as twice
 * 84.5). The figures are formed and judged from the data rows as each month's consolidation did (../series).
 */
import type { Indicator } from '../../plan/schema';
import { cellAddress } from '../../sheet/a1';
import type { ChartSpec, SheetSpec } from '../../sheet/spec';
import { MEASURE_FORMAT } from '../../template/styles';
import { progressTone, TONE_COLOURS } from '../../verdict/tones';
import { CONSOLIDATED_SHEETS } from '../labels';
import type { MonthRecord } from '../record';
import { provinceMonths, type SeriesPoint } from '../series';
import { columnOf, TABLE_HEADER_ROW, tableSheet, type TableColumn } from '../tableSheet';
import type { DataRow } from '../types';
import type { SheetContext } from './context';
import { againstColumn, percentOfAnnualColumn, progressColumn } from './verdictColumns';

/** One row of the table: an indicator in a month. */
interface TrendRow {
  ind: Indicator;
  point: SeriesPoint;
}

type TrendKey =
  | 'id'
  | 'name'
  | 'unit'
  | 'month'
  | 'actual'
  | 'percentOfAnnual'
  | 'progress'
  | 'against'
  | 'reporting'
  | 'expected'
  | 'period';

/** "6/2025": the month as the chart's categories and a reader say it. */
export function monthShort(period: string): string {
  return `${Number(period.slice(5))}/${period.slice(0, 4)}`;
}

const COLUMNS: readonly TableColumn<TrendRow, TrendKey>[] = [
  { key: 'id', header: 'Mã chỉ tiêu', width: 9, kind: 'text', value: (r) => r.ind.id },
  { key: 'name', header: 'Chỉ tiêu', width: 40, kind: 'text', value: (r) => r.ind.name },
  { key: 'unit', header: 'Đơn vị', width: 9, kind: 'text', value: (r) => r.ind.unit },
  { key: 'month', header: 'Tháng', width: 9, kind: 'text', value: (r) => monthShort(r.point.period) },
  {
    key: 'actual',
    header: 'Toàn tỉnh',
    width: 12,
    kind: 'number',
    fmt: (r) => MEASURE_FORMAT[r.ind.measure],
    value: (r) => r.point.province.actual,
  },
  percentOfAnnualColumn((r) => r.point.province.progress),
  progressColumn((r) => r.point.province.progress),
  againstColumn((r) => r.point.province.progress),
  {
    key: 'reporting',
    header: 'Cơ quan báo cáo',
    width: 10,
    kind: 'integer',
    value: (r) => r.point.province.reporting,
  },
  {
    key: 'expected',
    header: 'Phải báo cáo',
    width: 10,
    kind: 'integer',
    value: (r) => r.point.province.expected,
  },
  { key: 'period', header: 'Kỳ', width: 9, kind: 'text', value: (r) => r.point.period },
];

/** Rows each chart spans on the sheet, and the gap below it. */
const CHART_ROWS = 15;
const CHART_GAP = 1;
/** Columns a chart spans, right of the table after one empty column. */
const CHART_COLUMNS = 7;

/** The chart of one indicator over its rows (`first` is its first row's index in the table). */
function trendChart(rows: readonly TrendRow[], first: number, slot: number): ChartSpec {
  const ind = rows[0]?.ind as Indicator;
  const top = TABLE_HEADER_ROW + 1 + first;
  const range = (key: TrendKey) =>
    `${cellAddress(top, columnOf(COLUMNS, key))}:${cellAddress(top + rows.length - 1, columnOf(COLUMNS, key))}`;
  const frameTop = TABLE_HEADER_ROW + slot * (CHART_ROWS + CHART_GAP);
  const left = COLUMNS.length + 1;
  const negative = rows.some((r) => (r.point.province.actual ?? 0) < 0);
  return {
    kind: 'column',
    title: `${ind.id} — ${ind.name} (${ind.unit})`,
    seriesName: 'Toàn tỉnh',
    categories: range('month'),
    values: range('actual'),
    from: cellAddress(frameTop, left),
    to: cellAddress(frameTop + CHART_ROWS - 1, left + CHART_COLUMNS),
    pointColors: rows.map((r) => TONE_COLOURS[progressTone(r.point.province.progress.status)]),
    // From zero, unless a value is below it (a fall in growth): then the host's own axis shows it.
    ...(negative ? {} : { valueAxisMin: 0 }),
  };
}

/**
 * Builds the sheet over every month in `data` (this month's rows and the earlier months kept), the province's values
 * taken from the months' `records` where kept.
 */
export function trendsSheet(
  x: SheetContext,
  data: readonly DataRow[],
  records: readonly MonthRecord[],
): SheetSpec {
  const months = provinceMonths(x.plan, data, records);
  const periods = months.periods;
  const groups = x.plan.indicators.map((ind) =>
    months.series(ind).map((point): TrendRow => ({ ind, point })),
  );
  const rows = groups.flat();
  const sheet = tableSheet({
    name: CONSOLIDATED_SHEETS.trends,
    title: 'DIỄN BIẾN CÁC CHỈ TIÊU QUA CÁC THÁNG (TOÀN TỈNH)',
    subtitle:
      periods.length > 1
        ? `${x.plan.title} — từ tháng ${monthShort(periods[0] ?? '')} đến tháng ${monthShort(periods.at(-1) ?? '')}`
        : `${x.plan.title} — mới có số liệu ${x.monthLabel}`,
    tableName: 'XuHuong',
    safety: x.safety,
    pageNote: x.pageNote,
    rows,
    columns: COLUMNS,
  });
  let first = 0;
  groups.forEach((group, slot) => {
    if (group.length) sheet.charts.push(trendChart(group, first, slot));
    first += group.length;
  });
  return sheet;
}
