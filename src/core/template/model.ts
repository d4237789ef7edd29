/**
 * The template's fixed vocabulary: sheet names, columns, status words. Shared by the layout that writes a
 * template and the validator that reads one back, so the two can never drift apart.
 */
import type { TaskRole } from '../plan/resolve';

/**
 * Layout version written into the stamp; readers accept only versions they know. 2: the two verdicts (progress,
 * forecast) instead of one blended status, the milestone of the period, and the tasks' completion date. 3: the
 * report form (header block, signature block, print setup), a derived indicator's inputs on rows of their own under
 * it ("CT08.1", "CT08.2" …) instead of two pairs of columns, helper columns right of the printed ones, and only the
 * tasks the agency answers for (docs/forms.md).
 */
export const LAYOUT_VERSION = 3;

/** Sheet names (Vietnamese: agencies see them). */
export const SHEETS = {
  instructions: 'Hướng dẫn',
  indicators: 'Chỉ tiêu',
  tasks: 'Nhiệm vụ',
  led: 'Chỉ tiêu chủ trì',
  stamp: '_stamp',
} as const;

/**
 * Zero-based index of the header row on the indicators and tasks sheets (row 7 in Excel): below the form's header
 * block (reporting body, national title, form number, receiving body, title, period). Layouts 1 and 2 had it on
 * row 4; readers find it by its headers, never by this number.
 */
export const HEADER_ROW = 6;

/** The id of the one row that stands for the tasks addressed to every agency (docs/forms.md, "Tasks"). */
export const COMMON_TASKS_ID = 'NVC';

/** The id of the row of a derived indicator's input `index` (zero-based, in the plan's order): "CT08.1". */
export function inputRowId(indicatorId: string, index: number): string {
  return `${indicatorId}.${index + 1}`;
}

/** Status words of a judged indicator, as written by the template's formulas. */
export const STATUS_TEXT = { met: 'Đạt', near: 'Gần đạt', missed: 'Chưa đạt' } as const;

/** An indicator's status against its checkpoint. */
export type Status = keyof typeof STATUS_TEXT;

/** Task progress choices (the drop-down), in the order shown. */
export const TASK_STATUSES = ['Chưa triển khai', 'Đang triển khai', 'Hoàn thành', 'Chậm tiến độ'] as const;

/** A task progress choice. */
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** What is shown for a task an agency gave no status for. */
export const TASK_NOT_REPORTED_TEXT = 'Chưa báo cáo';

/** The task status that means done. */
export const TASK_DONE: TaskStatus = 'Hoàn thành';

/** Text the tasks sheet's warning column shows for an overdue task. */
export const OVERDUE_TEXT = 'Quá hạn';

/** An agency's role in a task, as shown. */
export const ROLE_TEXT: Record<TaskRole, string> = { lead: 'Chủ trì', collaborator: 'Phối hợp' };

/** Label of the report-date cell on the instructions sheet (column A; the date is in column B). */
export const REPORT_DATE_LABEL = 'Ngày báo cáo';

/** Labels of the preparer's name and phone cells on the instructions sheet (values in column B). */
export const PREPARER_LABELS = { name: 'Người lập biểu', phone: 'Điện thoại' } as const;

/** What a column holds: the row id, a value fixed by the plan, an agency's input, or a formula. */
export type ColumnRole = 'id' | 'fixed' | 'input' | 'computed';

/** One column of a template sheet. */
export interface ColumnDef<K extends string> {
  key: K;
  header: string;
  width: number;
  role: ColumnRole;
  /** Headers earlier layouts gave the column, still recognised when a submission made on them is read. */
  formerly?: readonly string[];
  /** False for a helper column: kept right of the printed columns, outside the print area. */
  print?: boolean;
}

/** Keys of the indicators sheet's columns, in order. */
export type IndicatorColumn =
  | 'id'
  | 'name'
  | 'unit'
  | 'direction'
  | 'target'
  | 'tolerance'
  | 'checkpoint'
  | 'checkpointDate'
  | 'baseline'
  | 'input1Label'
  | 'input1'
  | 'input2Label'
  | 'input2'
  | 'actual'
  | 'yearEstimate'
  | 'progress'
  | 'percentOfAnnual'
  | 'forecast'
  | 'notes'
  | 'clause';

/**
 * The indicators sheet's columns for a plan year (layout 3): the printed ones first, then the helpers. `actual` is
 * an input, a formula for derived indicators, and the value of an input on an input's row.
 */
export function indicatorColumns(year: number): ColumnDef<IndicatorColumn>[] {
  return [
    { key: 'id', header: 'Mã', width: 7, role: 'id' },
    { key: 'name', header: 'Chỉ tiêu', width: 32, role: 'fixed' },
    { key: 'unit', header: 'Đơn vị', width: 7, role: 'fixed' },
    { key: 'target', header: `Kế hoạch năm ${year}`, width: 9, role: 'fixed' },
    { key: 'checkpoint', header: 'Mốc kỳ này', width: 9, role: 'fixed', formerly: ['Mốc áp dụng kỳ này'] },
    { key: 'checkpointDate', header: 'Hạn mốc', width: 10, role: 'fixed' },
    { key: 'actual', header: 'Thực hiện lũy kế đến kỳ', width: 10, role: 'input' },
    { key: 'yearEstimate', header: 'Ước cả năm', width: 9, role: 'input' },
    { key: 'progress', header: 'Đánh giá tiến độ', width: 10, role: 'computed' },
    { key: 'percentOfAnnual', header: '% kế hoạch năm', width: 8, role: 'computed' },
    { key: 'forecast', header: 'Dự báo cả năm', width: 10, role: 'computed' },
    { key: 'notes', header: 'Ghi chú, giải trình', width: 18, role: 'input' },
    { key: 'tolerance', header: 'Ngưỡng gần đạt (±)', width: 9, role: 'fixed', print: false },
    { key: 'baseline', header: `Thực hiện năm ${year - 1}`, width: 11, role: 'fixed', print: false },
    { key: 'clause', header: 'Căn cứ', width: 18, role: 'fixed', print: false },
  ];
}

/**
 * The indicators sheet's columns in layouts 1 and 2, for reading submissions made on them: a derived indicator's
 * two inputs in their own columns on its row, the direction in a column of its own.
 */
export function legacyIndicatorColumns(year: number): ColumnDef<IndicatorColumn>[] {
  const current = new Map(indicatorColumns(year).map((c) => [c.key, c]));
  const keep = (key: IndicatorColumn): ColumnDef<IndicatorColumn> => {
    const def = current.get(key);
    if (!def) throw new Error(`no column ${key}`);
    return def;
  };
  return [
    keep('id'),
    keep('name'),
    keep('unit'),
    { key: 'direction', header: 'Yêu cầu', width: 9, role: 'fixed' },
    keep('target'),
    keep('tolerance'),
    keep('checkpoint'),
    keep('checkpointDate'),
    keep('baseline'),
    { key: 'input1Label', header: 'Số liệu đầu vào 1', width: 28, role: 'fixed' },
    { key: 'input1', header: 'Giá trị 1', width: 11, role: 'input' },
    { key: 'input2Label', header: 'Số liệu đầu vào 2', width: 28, role: 'fixed' },
    { key: 'input2', header: 'Giá trị 2', width: 11, role: 'input' },
    keep('actual'),
    keep('yearEstimate'),
    keep('progress'),
    keep('percentOfAnnual'),
    keep('forecast'),
    keep('notes'),
    keep('clause'),
  ];
}

/** The columns of the indicators sheet of a layout version. */
export function indicatorColumnsOf(year: number, layout: number): ColumnDef<IndicatorColumn>[] {
  return layout >= 3 ? indicatorColumns(year) : legacyIndicatorColumns(year);
}

/** Keys of the tasks sheet's columns, in order. */
export type TaskColumn =
  | 'id'
  | 'title'
  | 'lead'
  | 'role'
  | 'deadline'
  | 'status'
  | 'percent'
  | 'completedOn'
  | 'results'
  | 'proposals'
  | 'warning'
  | 'clause';

/** The tasks sheet's columns: the printed ones first, then the helpers (earlier layouts had the same headers). */
export function taskColumns(): ColumnDef<TaskColumn>[] {
  return [
    { key: 'id', header: 'Mã', width: 8, role: 'id' },
    { key: 'title', header: 'Nhiệm vụ', width: 34, role: 'fixed' },
    { key: 'deadline', header: 'Thời hạn', width: 10, role: 'fixed' },
    { key: 'status', header: 'Tình hình thực hiện', width: 13, role: 'input' },
    { key: 'percent', header: '% hoàn thành', width: 8, role: 'input' },
    { key: 'completedOn', header: 'Ngày hoàn thành', width: 10, role: 'input' },
    { key: 'results', header: 'Kết quả thực hiện, khó khăn, vướng mắc', width: 30, role: 'input' },
    { key: 'proposals', header: 'Kiến nghị, đề xuất', width: 16, role: 'input' },
    { key: 'warning', header: 'Cảnh báo', width: 9, role: 'computed' },
    { key: 'role', header: 'Vai trò', width: 10, role: 'fixed', print: false },
    { key: 'lead', header: 'Cơ quan chủ trì', width: 22, role: 'fixed', print: false },
    { key: 'clause', header: 'Căn cứ', width: 16, role: 'fixed', print: false },
  ];
}

/** How many columns of a list print (the helpers follow them). */
export function printedColumnCount(columns: readonly ColumnDef<string>[]): number {
  return columns.filter((c) => c.print !== false).length;
}

/** Zero-based column index of each key in a column list. */
export function columnIndexes<K extends string>(columns: readonly ColumnDef<K>[]): Record<K, number> {
  const out = {} as Record<K, number>;
  columns.forEach((c, i) => {
    out[c.key] = i;
  });
  return out;
}

/** The sign a direction is shown with in the "Yêu cầu" column. */
export const DIRECTION_TEXT = { atLeast: '≥', atMost: '≤', about: '≈' } as const;

/** Header text normalised for matching: NFC, trimmed, inner whitespace collapsed, lower case. */
export function normaliseHeader(text: string): string {
  // toLowerCase() maps Vietnamese letters (Đ→đ, Ấ→ấ …) exactly as toLocaleLowerCase('vi') does, at a fraction of the cost.
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Longest text that can be a column header (longer cells, like title rows, are not compared at all). */
export const MAX_HEADER_LENGTH = 80;
