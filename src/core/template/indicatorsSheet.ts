/**
 * The indicators sheet ("Chỉ tiêu", Biểu số 01): the form's header block, one row per indicator the agency reports
 * — a derived indicator's inputs each on a row of its own under it ("CT08.1", "CT08.2" …, as many as the plan lists),
 * its value computed from them by the formula registry — then the signature block. Inputs in yellow, the rest fixed
 * or computed; helper columns (tolerance, last year's result, clause) right of the printed ones.
 */
import type { PeriodInfo } from '../plan/period';
import { forecastFormula, progressFormula, shownMilestone } from '../verdict/formulas';
import { formulaExcel } from '../plan/formulas';
import { indicatorRange } from '../plan/indicator';
import { indicatorBasis } from '../plan/resolve';
import type { Agency, Indicator, IndicatorInput, Plan } from '../plan/schema';
import { cellAddress, columnLetters } from '../sheet/a1';
import { groupBreaks } from '../sheet/print';
import type { CellSpec, SheetSpec, ValidationSpec } from '../sheet/spec';
import { isoToSerial } from '../text/dates';
import { formatNumberVi } from '../text/numbers';
import { formBlocks, formPrint, formTable, signatureBlock } from './form';
import {
  DIRECTION_TEXT,
  HEADER_ROW,
  indicatorColumns,
  inputRowId,
  SHEETS,
  type IndicatorColumn,
} from './model';
import { FORECAST_COLOURS, FORMATS, MEASURE_FORMAT, PROGRESS_COLOURS, STYLES } from './styles';
import { fitRowHeights } from '../sheet/rowHeights';
import { statusFormats } from './sheetParts';

type Columns = Record<IndicatorColumn, number>;

/** Builds the indicators sheet */
export function indicatorsSheet(
  plan: Plan,
  agency: Agency,
  info: PeriodInfo,
  indicators: Indicator[],
): SheetSpec {
  const columns = indicatorColumns(plan.year);
  const title = `BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM ${plan.year}`;
  const { col, last, head, cells } = formTable(
    plan,
    agency,
    info,
    { kind: 'indicators', title },
    columns,
    (c, end) => formBlocks(end, 0, c.unit, c.checkpoint),
  );
  const validations: ValidationSpec[] = [];
  const groups: { first: number; last: number }[] = [];
  for (const ind of indicators) {
    const first = cells.length;
    const inputRows = ind.formula ? ind.inputs.map((_, i) => first + 1 + i) : [];
    const inputCells = inputRows.map((r) => cellAddress(r, col.actual));
    cells.push(indicatorRow(ind, info, first, col, inputCells));
    validations.push(...rowValidations(ind, first, col));
    ind.inputs.forEach((input, i) => {
      if (!ind.formula) return;
      const r = first + 1 + i;
      cells.push(inputRow(ind, input, i, columns.length, col));
      validations.push(inputValidation(ind, input, cellAddress(r, col.actual)));
    });
    groups.push({ first, last: cells.length - 1 });
  }
  const dataEnd = cells.length - 1;
  const signature = signatureBlock(
    plan,
    agency,
    info,
    cells.length,
    formBlocks(last, 1, col.unit, col.checkpoint),
    columns.length,
  );
  cells.push(...signature.rows);
  groups.push({ first: dataEnd + 1, last: cells.length - 1 });

  const firstData = HEADER_ROW + 1;
  const lastData = Math.max(dataEnd, firstData);
  const rows = (key: IndicatorColumn) => {
    const letters = columnLetters(col[key]);
    return `${letters}${firstData + 1}:${letters}${lastData + 1}`;
  };
  const sheet: SheetSpec = {
    name: SHEETS.indicators,
    visibility: 'visible',
    cells,
    columns: columns.map((c) => ({ width: c.width })),
    rowHeights: { ...head.heights, [HEADER_ROW]: 45, ...signature.heights },
    merges: [...head.merges, ...signature.merges],
    validations,
    conditionalFormats: [
      statusFormats(rows('progress'), PROGRESS_COLOURS),
      statusFormats(rows('forecast'), FORECAST_COLOURS),
    ],
    tables: [],
    charts: [],
    freeze: { rows: HEADER_ROW + 1, cols: 2 },
    protect: true,
    print: formPrint(plan, agency, info, 'indicators', { cells }, last),
    tabColor: '2F5597',
  };
  fitRowHeights(sheet, STYLES, HEADER_ROW + 1);
  if (sheet.print) sheet.print.rowBreaks = groupBreaks(sheet, groups);
  return sheet;
}

/** The number format of an indicator's target: its measure's, after the direction's sign ("≥ 8,0"). */
function targetFormat(ind: Indicator): string {
  return `"${DIRECTION_TEXT[ind.direction]} "${MEASURE_FORMAT[ind.measure]}`;
}

function indicatorRow(
  ind: Indicator,
  info: PeriodInfo,
  row: number,
  col: Columns,
  inputCells: readonly string[],
): CellSpec[] {
  const fmt = MEASURE_FORMAT[ind.measure];
  const at = (key: IndicatorColumn) => cellAddress(row, col[key]);
  const milestone = shownMilestone(ind, info);
  const out: CellSpec[] = [];
  const set = (key: IndicatorColumn, cell: CellSpec) => {
    out[col[key]] = cell;
  };
  set('id', { v: ind.id, s: 'fixedCenter', fmt: FORMATS.text });
  set('name', { v: ind.note ? `${ind.name}\n(${ind.note})` : ind.name, s: 'fixed' });
  set('unit', { v: ind.unit, s: 'fixedCenter' });
  set('target', { v: ind.target, s: 'fixedNumber', fmt: targetFormat(ind) });
  set('tolerance', { v: ind.tolerance, s: 'fixedNumber', fmt });
  // The milestone due in this period (or, for a running total, the latest one passed); blank when none applies.
  set('checkpoint', milestone ? { v: milestone.value, s: 'fixedNumber', fmt } : { s: 'fixed' });
  set(
    'checkpointDate',
    milestone ? { v: isoToSerial(milestone.date), s: 'fixedCenter', fmt: FORMATS.date } : { s: 'fixed' },
  );
  set('baseline', ind.baseline ? { v: ind.baseline.value, s: 'fixedNumber', fmt } : { s: 'fixed' });
  set(
    'actual',
    ind.formula ? { f: derivedFormula(ind, inputCells), s: 'computed', fmt } : { s: 'input', fmt },
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

/** The row of one input of a derived indicator: its name and unit, its value typed in the actual's column. */
function inputRow(
  ind: Indicator,
  input: IndicatorInput,
  index: number,
  width: number,
  col: Columns,
): CellSpec[] {
  const out: CellSpec[] = Array.from({ length: width }, () => ({ s: 'fixed' }));
  out[col.id] = { v: inputRowId(ind.id, index), s: 'fixedCenter', fmt: FORMATS.text };
  out[col.name] = { v: `– ${input.name}`, s: 'inputRowLabel' };
  out[col.unit] = { v: input.unit, s: 'fixedCenter' };
  out[col.actual] = { s: 'input', fmt: input.integer ? FORMATS.count : FORMATS.decimal };
  return out;
}

/** The sheet formula of a derived indicator: blank until every input is a number, then its kind's arithmetic. */
function derivedFormula(ind: Indicator, inputCells: readonly string[]): string {
  if (!ind.formula) throw new Error(`indicator ${ind.id} has no formula`);
  const cellOf = (inputId: string) => inputCells[ind.inputs.findIndex((i) => i.id === inputId)] ?? '';
  const guard = `OR(${inputCells.map((c) => `NOT(ISNUMBER(${c}))`).join(',')})`;
  return `IF(${guard},"",${formulaExcel(ind.formula, cellOf)})`;
}

const numberRule = (min: number, max: number, integer: boolean): ValidationSpec['rule'] =>
  integer ? { kind: 'whole', min, max } : { kind: 'decimal', min, max };

/** A number cell's validation, with its prompt and the error Excel shows. */
function numberValidation(
  range: string,
  title: string,
  text: string,
  min: number,
  max: number,
  integer: boolean,
): ValidationSpec {
  return {
    range,
    rule: numberRule(min, max, integer),
    allowBlank: true,
    prompt: { title, text: `${text} ${rangeText(min, max)}` },
    error: {
      title: 'Giá trị không hợp lệ',
      text: `Hãy nhập một số (không nhập chữ). ${rangeText(min, max)}`,
      style: 'stop',
    },
  };
}

/** The validation of an input's cell. */
function inputValidation(ind: Indicator, input: IndicatorInput, range: string): ValidationSpec {
  return numberValidation(
    range,
    `${ind.id}: số liệu đầu vào`,
    `${input.name} (${input.unit}).`,
    input.min ?? 0,
    input.max ?? 1e12,
    input.integer === true,
  );
}

function rowValidations(ind: Indicator, row: number, col: Columns): ValidationSpec[] {
  const range = indicatorRange(ind);
  const out: ValidationSpec[] = [];
  const unitHint =
    ind.measure === 'percent' ? ' Nhập theo điểm phần trăm, ví dụ 20,6.' : ` Đơn vị: ${ind.unit}.`;
  if (!ind.formula) {
    out.push(
      numberValidation(
        cellAddress(row, col.actual),
        `${ind.id}: thực hiện`,
        `Kết quả thực hiện lũy kế đến kỳ báo cáo.${unitHint}`,
        range.min,
        range.max,
        false,
      ),
    );
  }
  out.push(
    numberValidation(
      cellAddress(row, col.yearEstimate),
      `${ind.id}: ước cả năm`,
      `Ước thực hiện cả năm.${unitHint}`,
      range.min,
      range.max,
      false,
    ),
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
