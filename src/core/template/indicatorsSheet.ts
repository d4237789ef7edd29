/** The indicators sheet ("Chỉ tiêu"): one row per indicator the agency reports, inputs in yellow, formulas for the rest. */
import { dueWords, type PeriodInfo } from '../plan/period';
import { forecastFormula, progressFormula, shownMilestone } from '../verdict/formulas';
import { formulaExcel } from '../plan/formulas';
import { indicatorRange } from '../plan/indicator';
import { indicatorBasis } from '../plan/resolve';
import type { Agency, Indicator, Plan } from '../plan/schema';
import { cellAddress, columnLetters } from '../sheet/a1';
import type { CellSpec, SheetSpec, ValidationSpec } from '../sheet/spec';
import { formatDateVi, isoToSerial } from '../text/dates';
import { formatNumberVi } from '../text/numbers';
import {
  columnIndexes,
  DIRECTION_TEXT,
  HEADER_ROW,
  indicatorColumns,
  SHEETS,
  type IndicatorColumn,
} from './model';
import { FORECAST_COLOURS, FORMATS, MEASURE_FORMAT, PROGRESS_COLOURS, STYLES } from './styles';
import { fitRowHeights } from '../sheet/rowHeights';
import { titleRows, statusFormats } from './sheetParts';

/** Builds the indicators sheet for an agency and period. */
export function indicatorsSheet(
  plan: Plan,
  agency: Agency,
  info: PeriodInfo,
  indicators: Indicator[],
): SheetSpec {
  const columns = indicatorColumns(plan.year);
  const col = columnIndexes(columns);
  const cells: (CellSpec | null)[][] = titleRows(
    columns.length,
    `BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM ${plan.year}`,
    `${agency.name} — Kỳ báo cáo tháng ${info.month}/${info.year} (số liệu từ ${formatDateVi(info.windowStart)} đến ${formatDateVi(info.windowEnd)}) — Hạn nộp: ${dueWords(info)}`,
    'Ô nền vàng: nhập số liệu. Ô nền xám: cố định theo kế hoạch, không sửa. Đơn vị % nhập theo điểm phần trăm (ví dụ 20,6 nghĩa là 20,6%). Các cột "Đánh giá tiến độ", "% kế hoạch năm", "Dự báo cả năm" tự tính.',
  );
  cells.push(columns.map((c) => ({ v: c.header, s: 'header' })));

  const validations: ValidationSpec[] = [];
  indicators.forEach((ind, i) => {
    const row = HEADER_ROW + 1 + i;
    cells.push(indicatorRow(plan, ind, info, row, col));
    validations.push(...rowValidations(ind, row, col));
  });

  const firstData = HEADER_ROW + 1;
  const lastData = HEADER_ROW + Math.max(indicators.length, 1);
  const rows = (key: IndicatorColumn) => {
    const letters = columnLetters(col[key]);
    return `${letters}${firstData + 1}:${letters}${lastData + 1}`;
  };
  const sheet: SheetSpec = {
    name: SHEETS.indicators,
    visibility: 'visible',
    cells,
    columns: columns.map((c) => ({ width: c.width })),
    rowHeights: { 0: 24, 1: 30, 2: 30, [HEADER_ROW]: 45 },
    merges: [0, 1, 2].map((r) => `${cellAddress(r, 0)}:${cellAddress(r, columns.length - 1)}`),
    validations,
    conditionalFormats: [
      statusFormats(rows('progress'), PROGRESS_COLOURS),
      statusFormats(rows('forecast'), FORECAST_COLOURS),
    ],
    tables: [],
    charts: [],
    freeze: { rows: HEADER_ROW + 1, cols: 2 },
    protect: true,
    print: { orientation: 'landscape', fitToWidth: true, titleRows: `${HEADER_ROW + 1}:${HEADER_ROW + 1}` },
    tabColor: '2F5597',
  };
  fitRowHeights(sheet, STYLES, HEADER_ROW + 1);
  return sheet;
}

function indicatorRow(
  plan: Plan,
  ind: Indicator,
  info: PeriodInfo,
  row: number,
  col: Record<IndicatorColumn, number>,
): CellSpec[] {
  const fmt = MEASURE_FORMAT[ind.measure];
  const at = (key: IndicatorColumn) => cellAddress(row, col[key]);
  const milestone = shownMilestone(ind, info);
  const derived = ind.formula !== undefined;
  const out: CellSpec[] = [];
  const set = (key: IndicatorColumn, cell: CellSpec) => {
    out[col[key]] = cell;
  };
  set('id', { v: ind.id, s: 'fixedCenter', fmt: FORMATS.text });
  set('name', { v: ind.note ? `${ind.name}\n(${ind.note})` : ind.name, s: 'fixed' });
  set('unit', { v: ind.unit, s: 'fixedCenter' });
  set('direction', { v: DIRECTION_TEXT[ind.direction], s: 'fixedCenter' });
  set('target', { v: ind.target, s: 'fixedNumber', fmt });
  set('tolerance', { v: ind.tolerance, s: 'fixedNumber', fmt });
  // The milestone due in this period (or, for a running total, the latest one passed); blank when none applies.
  set('checkpoint', milestone ? { v: milestone.value, s: 'fixedNumber', fmt } : { s: 'fixed' });
  set(
    'checkpointDate',
    milestone ? { v: isoToSerial(milestone.date), s: 'fixedCenter', fmt: FORMATS.date } : { s: 'fixed' },
  );
  set('baseline', ind.baseline ? { v: ind.baseline.value, s: 'fixedNumber', fmt } : { s: 'fixed' });
  const [in1, in2] = ind.inputs;
  set('input1Label', { v: in1 ? `${in1.name} (${in1.unit})` : '', s: 'fixed' });
  set('input1', in1 ? { s: 'input', fmt: in1.integer ? FORMATS.count : FORMATS.decimal } : { s: 'fixed' });
  set('input2Label', { v: in2 ? `${in2.name} (${in2.unit})` : '', s: 'fixed' });
  set('input2', in2 ? { s: 'input', fmt: in2.integer ? FORMATS.count : FORMATS.decimal } : { s: 'fixed' });
  set(
    'actual',
    derived
      ? { f: derivedFormula(ind, [at('input1'), at('input2')]), s: 'computed', fmt }
      : { s: 'input', fmt },
  );
  set('yearEstimate', { s: 'input', fmt });
  const cells = {
    value: at('actual'),
    actual: at('actual'),
    target: at('target'),
    tolerance: at('tolerance'),
    ...(milestone ? { milestone: at('checkpoint') } : {}),
  };
  set('progress', { f: progressFormula(ind, info, cells), s: 'computedCenter' });
  set('percentOfAnnual', {
    f: `IF(OR(NOT(ISNUMBER(${cells.actual})),${cells.target}=0),"",ROUND(${cells.actual}/${cells.target}*100,1))`,
    s: 'computed',
    fmt: FORMATS.percentPoints,
  });
  set('forecast', { f: forecastFormula(ind, { ...cells, value: at('yearEstimate') }), s: 'computedCenter' });
  set('notes', { s: 'inputText' });
  set('clause', { v: indicatorBasis(ind), s: 'fixed' });
  return out;
}

/** The sheet formula of a derived indicator: blank until every input is a number, then its kind's arithmetic. */
function derivedFormula(ind: Indicator, inputCells: readonly string[]): string {
  if (!ind.formula) throw new Error(`indicator ${ind.id} has no formula`);
  const cellOf = (inputId: string) => inputCells[ind.inputs.findIndex((i) => i.id === inputId)] ?? '';
  const guard = `OR(${inputCells.map((c) => `NOT(ISNUMBER(${c}))`).join(',')})`;
  return `IF(${guard},"",${formulaExcel(ind.formula, cellOf)})`;
}

function rowValidations(ind: Indicator, row: number, col: Record<IndicatorColumn, number>): ValidationSpec[] {
  const range = indicatorRange(ind);
  const out: ValidationSpec[] = [];
  const numberRule = (min: number, max: number, integer: boolean): ValidationSpec['rule'] =>
    integer ? { kind: 'whole', min, max } : { kind: 'decimal', min, max };
  const numberValidation = (
    key: IndicatorColumn,
    title: string,
    text: string,
    min: number,
    max: number,
    integer: boolean,
  ) =>
    out.push({
      range: cellAddress(row, col[key]),
      rule: numberRule(min, max, integer),
      allowBlank: true,
      prompt: { title, text: `${text} ${rangeText(min, max)}` },
      error: {
        title: 'Giá trị không hợp lệ',
        text: `Hãy nhập một số (không nhập chữ). ${rangeText(min, max)}`,
        style: 'stop',
      },
    });
  const unitHint =
    ind.measure === 'percent' ? ' Nhập theo điểm phần trăm, ví dụ 20,6.' : ` Đơn vị: ${ind.unit}.`;
  ind.inputs.forEach((input, i) => {
    numberValidation(
      i === 0 ? 'input1' : 'input2',
      `${ind.id}: số liệu đầu vào`,
      `${input.name} (${input.unit}).`,
      input.min ?? 0,
      input.max ?? 1e12,
      input.integer === true,
    );
  });
  if (!ind.formula) {
    numberValidation(
      'actual',
      `${ind.id}: thực hiện`,
      `Kết quả thực hiện lũy kế đến kỳ báo cáo.${unitHint}`,
      range.min,
      range.max,
      false,
    );
  }
  numberValidation(
    'yearEstimate',
    `${ind.id}: ước cả năm`,
    `Ước thực hiện cả năm.${unitHint}`,
    range.min,
    range.max,
    false,
  );
  out.push({
    range: cellAddress(row, col.notes),
    rule: { kind: 'textLength', max: 2000 },
    allowBlank: true,
    prompt: {
      title: `${ind.id}: ghi chú`,
      text: 'Giải trình ngắn gọn (nguyên nhân đạt/chưa đạt, nguồn số liệu).',
    },
    error: { title: 'Quá dài', text: 'Ghi chú tối đa 2000 ký tự.', style: 'stop' },
  });
  return out;
}

/** "Giá trị từ 0 đến 100." — numbers written the Vietnamese way; an open upper bound is not shown. */
function rangeText(min: number, max: number): string {
  const vi = formatNumberVi;
  return max >= 1e9 ? `Giá trị từ ${vi(min)} trở lên.` : `Giá trị từ ${vi(min)} đến ${vi(max)}.`;
}
