/**
 * The template's fixed vocabulary: sheet names, columns, status words. Shared by the layout that writes a
 * template and the validator that reads one back, so the two can never drift apart.
 */
import type { TaskRole } from '../plan/resolve';

/** Layout version written into the stamp; readers accept only versions they know. */
export const LAYOUT_VERSION = 1;

/** Sheet names (Vietnamese: agencies see them). */
export const SHEETS = {
  instructions: 'Hướng dẫn',
  indicators: 'Chỉ tiêu',
  tasks: 'Nhiệm vụ',
  stamp: '_stamp',
} as const;

/** Zero-based index of the header row on the indicators and tasks sheets (row 4 in Excel). */
export const HEADER_ROW = 3;

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
  | 'judged'
  | 'percent'
  | 'status'
  | 'notes'
  | 'clause';

/** The indicators sheet's columns for a plan year. `actual` is an input, or a formula for derived indicators. */
export function indicatorColumns(year: number): ColumnDef<IndicatorColumn>[] {
  return [
    { key: 'id', header: 'Mã', width: 7, role: 'id' },
    { key: 'name', header: 'Chỉ tiêu', width: 42, role: 'fixed' },
    { key: 'unit', header: 'Đơn vị', width: 9, role: 'fixed' },
    { key: 'direction', header: 'Yêu cầu', width: 9, role: 'fixed' },
    { key: 'target', header: `Kế hoạch năm ${year}`, width: 11, role: 'fixed' },
    { key: 'tolerance', header: 'Ngưỡng gần đạt (±)', width: 9, role: 'fixed' },
    { key: 'checkpoint', header: 'Mốc áp dụng kỳ này', width: 11, role: 'fixed' },
    { key: 'checkpointDate', header: 'Hạn mốc', width: 11, role: 'fixed' },
    { key: 'baseline', header: `Thực hiện năm ${year - 1}`, width: 11, role: 'fixed' },
    { key: 'input1Label', header: 'Số liệu đầu vào 1', width: 28, role: 'fixed' },
    { key: 'input1', header: 'Giá trị 1', width: 11, role: 'input' },
    { key: 'input2Label', header: 'Số liệu đầu vào 2', width: 28, role: 'fixed' },
    { key: 'input2', header: 'Giá trị 2', width: 11, role: 'input' },
    { key: 'actual', header: 'Thực hiện lũy kế đến kỳ', width: 12, role: 'input' },
    { key: 'yearEstimate', header: 'Ước cả năm', width: 11, role: 'input' },
    { key: 'judged', header: 'Giá trị đánh giá', width: 11, role: 'computed' },
    { key: 'percent', header: '% so với mốc', width: 10, role: 'computed' },
    { key: 'status', header: 'Đánh giá', width: 11, role: 'computed' },
    { key: 'notes', header: 'Ghi chú, giải trình', width: 30, role: 'input' },
    { key: 'clause', header: 'Căn cứ', width: 18, role: 'fixed' },
  ];
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
  | 'results'
  | 'proposals'
  | 'warning'
  | 'clause';

/** The tasks sheet's columns. */
export function taskColumns(): ColumnDef<TaskColumn>[] {
  return [
    { key: 'id', header: 'Mã', width: 8, role: 'id' },
    { key: 'title', header: 'Nhiệm vụ', width: 48, role: 'fixed' },
    { key: 'lead', header: 'Cơ quan chủ trì', width: 22, role: 'fixed' },
    { key: 'role', header: 'Vai trò', width: 10, role: 'fixed' },
    { key: 'deadline', header: 'Thời hạn', width: 12, role: 'fixed' },
    { key: 'status', header: 'Tình hình thực hiện', width: 16, role: 'input' },
    { key: 'percent', header: '% hoàn thành', width: 10, role: 'input' },
    { key: 'results', header: 'Kết quả thực hiện, khó khăn, vướng mắc', width: 45, role: 'input' },
    { key: 'proposals', header: 'Kiến nghị, đề xuất', width: 30, role: 'input' },
    { key: 'warning', header: 'Cảnh báo', width: 10, role: 'computed' },
    { key: 'clause', header: 'Căn cứ', width: 16, role: 'fixed' },
  ];
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
