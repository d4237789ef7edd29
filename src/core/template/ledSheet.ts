/**
 * "Chỉ tiêu chủ trì": the indicators an agency leads that other agencies report (Sở Xây dựng and the road indicators
 * the localities report), read-only, so the lead sees what it answers for: the target, this period's milestone, who
 * reports and how the province's figure is formed. Nothing here is read back.
 */
import { AGGREGATION_TEXT } from '../consolidate/labels';
import type { PeriodInfo } from '../plan/period';
import { reporterNames } from '../plan/resolve';
import type { Agency, Indicator, Plan } from '../plan/schema';
import { cellAddress } from '../sheet/a1';
import { FORM_MARGINS, READABLE_SCALE } from '../sheet/print';
import { fitRowHeights } from '../sheet/rowHeights';
import type { CellSpec, SheetSpec } from '../sheet/spec';
import { isoToSerial } from '../text/dates';
import { shownMilestone } from '../verdict/formulas';
import { DIRECTION_TEXT, SHEETS } from './model';
import { FORMATS, MEASURE_FORMAT, STYLES } from './styles';

const COLUMNS = [
  ['Mã', 7],
  ['Chỉ tiêu', 36],
  ['Đơn vị', 8],
  ['Kế hoạch năm', 10],
  ['Mốc kỳ này', 10],
  ['Hạn mốc', 10],
  ['Cơ quan báo cáo', 30],
  ['Cách tổng hợp toàn tỉnh', 22],
] as const;

/** Zero-based row of the table's header. */
const HEADER = 3;

/** One indicator's row. */
function ledRow(plan: Plan, ind: Indicator, info: PeriodInfo): CellSpec[] {
  const fmt = MEASURE_FORMAT[ind.measure];
  const milestone = shownMilestone(ind, info);
  return [
    { v: ind.id, s: 'fixedCenter', fmt: FORMATS.text },
    { v: ind.name, s: 'fixed' },
    { v: ind.unit, s: 'fixedCenter' },
    { v: ind.target, s: 'fixedNumber', fmt: `"${DIRECTION_TEXT[ind.direction]} "${fmt}` },
    milestone ? { v: milestone.value, s: 'fixedNumber', fmt } : { s: 'fixed' },
    milestone ? { v: isoToSerial(milestone.date), s: 'fixedCenter', fmt: FORMATS.date } : { s: 'fixed' },
    { v: reporterNames(plan, ind.reporters), s: 'fixed' },
    { v: AGGREGATION_TEXT[ind.aggregation], s: 'fixed' },
  ];
}

/** The sheet, or null when the agency leads no indicator others report. */
export function ledSheet(
  plan: Plan,
  agency: Agency,
  info: PeriodInfo,
  indicators: Indicator[],
): SheetSpec | null {
  if (indicators.length === 0) return null;
  const width = COLUMNS.length;
  const pad = (cell: CellSpec): (CellSpec | null)[] => [cell, ...Array<null>(width - 1).fill(null)];
  const cells: (CellSpec | null)[][] = [
    pad({
      v: `CHỈ TIÊU DO ${agency.name.toLocaleUpperCase('vi')} CHỦ TRÌ, CÁC CƠ QUAN KHÁC BÁO CÁO`,
      s: 'title',
    }),
    pad({ v: `Kỳ báo cáo tháng ${info.month}/${info.year}`, s: 'subtitle' }),
    pad({
      v: 'Để theo dõi: trang này không nhập số liệu. Số liệu của từng cơ quan và toàn tỉnh có trong sổ tổng hợp của cơ quan nhận báo cáo.',
      s: 'note',
    }),
    COLUMNS.map(([header]) => ({ v: header, s: 'header' })),
    ...indicators.map((ind) => ledRow(plan, ind, info)),
  ];
  const sheet: SheetSpec = {
    name: SHEETS.led,
    visibility: 'visible',
    cells,
    columns: COLUMNS.map(([, w]) => ({ width: w })),
    rowHeights: { 0: 24, 1: 18, 2: 30, [HEADER]: 32 },
    merges: [0, 1, 2].map((r) => `${cellAddress(r, 0)}:${cellAddress(r, width - 1)}`),
    validations: [],
    conditionalFormats: [],
    tables: [],
    charts: [],
    freeze: { rows: HEADER + 1, cols: 2 },
    protect: true,
    print: {
      orientation: 'landscape',
      fitToWidth: true,
      minScale: READABLE_SCALE,
      titleRows: `${HEADER + 1}:${HEADER + 1}`,
      footer: { center: 'Trang {page}/{pages}' },
      margins: FORM_MARGINS,
      centerHorizontally: true,
    },
    tabColor: '7F7F7F',
  };
  fitRowHeights(sheet, STYLES, HEADER + 1);
  return sheet;
}
