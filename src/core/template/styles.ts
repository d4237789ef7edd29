/** Named cell styles shared by the templates and the consolidated workbook (plain data for both writers). */
import type { Measure } from '../plan/schema';
import type { CellStyle } from '../sheet/spec';
import { FORECAST_TEXT, PROGRESS_TEXT, TASK_CLASS_TEXT } from '../verdict/words';
import { OVERDUE_TEXT, type TaskStatus } from './model';

/** Fill of input cells (light yellow), also used in the legend. */
export const INPUT_FILL = 'FFF2CC';

/** The style table every workbook we write carries. */
export const STYLES: Record<string, CellStyle> = {
  title: { bold: true, fontSize: 14, hAlign: 'center', vAlign: 'middle', wrap: true, fontColor: '1F3864' },
  subtitle: { italic: true, hAlign: 'center', wrap: true },
  note: { italic: true, wrap: true, fontColor: '595959' },
  label: { bold: true, vAlign: 'top' },
  text: { wrap: true, vAlign: 'top' },
  section: { bold: true, fontColor: '1F3864', fontSize: 12 },
  header: { bold: true, fill: 'D9E2F3', wrap: true, hAlign: 'center', vAlign: 'middle', border: 'thin' },
  fixed: { fill: 'F2F2F2', border: 'thin', wrap: true, vAlign: 'top' },
  fixedCenter: { fill: 'F2F2F2', border: 'thin', hAlign: 'center', vAlign: 'top' },
  fixedNumber: { fill: 'F2F2F2', border: 'thin', hAlign: 'right', vAlign: 'top' },
  input: { fill: INPUT_FILL, border: 'thin', locked: false, vAlign: 'top' },
  inputText: { fill: INPUT_FILL, border: 'thin', locked: false, wrap: true, vAlign: 'top' },
  computed: { border: 'thin', italic: true, hAlign: 'right', vAlign: 'top' },
  computedCenter: { border: 'thin', bold: true, hAlign: 'center', vAlign: 'top' },
  cell: { border: 'thin', wrap: true, vAlign: 'top' },
  cellNumber: { border: 'thin', hAlign: 'right', vAlign: 'top' },
  statusMet: { fill: 'C6EFCE', fontColor: '006100' },
  statusNear: { fill: 'FFEB9C', fontColor: '9C5700' },
  statusMissed: { fill: 'FFC7CE', fontColor: '9C0006' },
  statusInfo: { fill: 'DDEBF7', fontColor: '1F4E78' },
  statusNone: { fill: 'EDEDED', fontColor: '404040' },
  legendInput: { fill: INPUT_FILL, border: 'thin' },
  legendFixed: { fill: 'F2F2F2', border: 'thin' },
  legendMet: { fill: 'C6EFCE', fontColor: '006100', border: 'thin' },
  legendNear: { fill: 'FFEB9C', fontColor: '9C5700', border: 'thin' },
  legendMissed: { fill: 'FFC7CE', fontColor: '9C0006', border: 'thin' },
  // The form's header and signature blocks (docs/forms.md): sizes of Decree 30/2020/NĐ-CP, Appendix I, a step
  // smaller where a landscape table leaves less room.
  formBody: { hAlign: 'center', vAlign: 'middle', wrap: true },
  formAgency: { bold: true, fontSize: 12, hAlign: 'center', vAlign: 'middle', wrap: true },
  formNation: { bold: true, fontSize: 12, hAlign: 'center', vAlign: 'middle' },
  formMotto: { bold: true, fontSize: 12, hAlign: 'center', vAlign: 'middle' },
  formNumber: { bold: true, italic: true, hAlign: 'center', vAlign: 'middle' },
  formTitle: { bold: true, fontSize: 13, hAlign: 'center', vAlign: 'middle', wrap: true },
  formPeriod: { italic: true, hAlign: 'center', vAlign: 'middle', wrap: true },
  formDate: { italic: true, hAlign: 'center', vAlign: 'middle' },
  formSigner: { bold: true, fontSize: 12, hAlign: 'center', vAlign: 'middle' },
  formHint: { italic: true, hAlign: 'center', vAlign: 'middle' },
  formSection: { bold: true, vAlign: 'middle', fill: 'EDEDED', border: 'thin' },
  inputRowLabel: { fill: 'F2F2F2', border: 'thin', wrap: true, vAlign: 'top', italic: true },
};

/** Number format codes. Locale-neutral codes: Vietnamese Excel renders 20.6 as "20,6" by itself. */
export const FORMATS = {
  percentPoints: '0.0',
  amount: '#,##0.0',
  count: '#,##0',
  decimal: '#,##0.##',
  date: 'dd/mm/yyyy',
  text: '@',
} as const;

/** The number format of an indicator's values by what it measures (a count is never shown with a decimal). */
export const MEASURE_FORMAT: Record<Measure, string> = {
  percent: FORMATS.percentPoints,
  amount: FORMATS.amount,
  count: FORMATS.count,
};

/** Progress words and the style that colours each, wherever an indicator's progress is shown. */
export const PROGRESS_COLOURS: readonly (readonly [text: string, style: string])[] = [
  [PROGRESS_TEXT.met, 'statusMet'],
  [PROGRESS_TEXT.near, 'statusNear'],
  [PROGRESS_TEXT.missed, 'statusMissed'],
  [PROGRESS_TEXT.notDue, 'statusInfo'],
  [PROGRESS_TEXT.invalid, 'statusMissed'],
  [PROGRESS_TEXT.missing, 'statusNone'],
  [PROGRESS_TEXT.notApplicable, 'statusNone'],
];

/** The forecast's words and their colours. */
export const FORECAST_COLOURS: readonly (readonly [text: string, style: string])[] = [
  [FORECAST_TEXT.met, 'statusMet'],
  [FORECAST_TEXT.near, 'statusNear'],
  [FORECAST_TEXT.missed, 'statusMissed'],
  [FORECAST_TEXT.invalid, 'statusMissed'],
  [FORECAST_TEXT.missing, 'statusNone'],
];

/** The official task classes and their colours. */
export const TASK_CLASS_COLOURS: readonly (readonly [text: string, style: string])[] = [
  [TASK_CLASS_TEXT.doneOnTime, 'statusMet'],
  [TASK_CLASS_TEXT.doneLate, 'statusNear'],
  [TASK_CLASS_TEXT.doneUndated, 'statusNear'],
  [TASK_CLASS_TEXT.inProgress, 'statusInfo'],
  [TASK_CLASS_TEXT.overdue, 'statusMissed'],
  [TASK_CLASS_TEXT.missing, 'statusNone'],
];

/** Task progress words and their colours, wherever a task's progress is shown. */
export const TASK_STATUS_COLOURS: readonly (readonly [text: TaskStatus, style: string])[] = [
  ['Hoàn thành', 'statusMet'],
  ['Đang triển khai', 'statusInfo'],
  ['Chậm tiến độ', 'statusMissed'],
  ['Chưa triển khai', 'statusNone'],
];

/** The overdue warning and its colour. */
export const OVERDUE_COLOURS: readonly (readonly [text: string, style: string])[] = [
  [OVERDUE_TEXT, 'statusMissed'],
];
