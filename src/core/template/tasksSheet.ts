/** The tasks sheet ("Nhiệm vụ"): the assignments the agency leads or shares, with a status drop-down. */
import { taskDeadline, type PeriodInfo } from '../plan/period';
import { leadNames, type TaskRole } from '../plan/resolve';
import type { Agency, Plan, Task } from '../plan/schema';
import { cellAddress, columnLetters } from '../sheet/a1';
import type { CellSpec, SheetSpec, ValidationSpec } from '../sheet/spec';
import { formatDateVi, isoToSerial } from '../text/dates';
import {
  columnIndexes,
  HEADER_ROW,
  OVERDUE_TEXT,
  ROLE_TEXT,
  SHEETS,
  TASK_DONE,
  TASK_STATUSES,
  taskColumns,
  type TaskColumn,
} from './model';
import { titleRows, statusFormats } from './sheetParts';
import { FORMATS, OVERDUE_COLOURS, STYLES, TASK_STATUS_COLOURS } from './styles';
import { fitRowHeights } from '../sheet/rowHeights';

/** Builds the tasks sheet for an agency and period. */
export function tasksSheet(
  plan: Plan,
  agency: Agency,
  info: PeriodInfo,
  tasks: { task: Task; role: TaskRole }[],
): SheetSpec {
  const columns = taskColumns();
  const col = columnIndexes(columns);
  const cells: (CellSpec | null)[][] = titleRows(
    columns.length,
    `TÌNH HÌNH THỰC HIỆN NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU NĂM ${plan.year}`,
    `${agency.name} — Kỳ báo cáo tháng ${info.month}/${info.year} — số liệu đến ngày ${formatDateVi(info.windowEnd)}`,
    'Chọn "Tình hình thực hiện" trong danh sách; "% hoàn thành" từ 0 đến 100; nhiệm vụ "Hoàn thành" phải ghi kết quả và ngày hoàn thành. Cột "Cảnh báo" tự hiện "Quá hạn" khi đã qua thời hạn mà chưa hoàn thành.',
  );
  cells.push(columns.map((c) => ({ v: c.header, s: 'header' })));
  const validations: ValidationSpec[] = [];
  tasks.forEach(({ task, role }, i) => cells.push(taskRow(plan, task, role, info, HEADER_ROW + 1 + i, col)));

  const first = HEADER_ROW + 2;
  const last = HEADER_ROW + 1 + Math.max(tasks.length, 1);
  const range = (key: TaskColumn) => `${columnLetters(col[key])}${first}:${columnLetters(col[key])}${last}`;
  validations.push(
    {
      range: range('status'),
      rule: { kind: 'list', values: [...TASK_STATUSES] },
      allowBlank: true,
      prompt: { title: 'Tình hình thực hiện', text: 'Chọn một trạng thái trong danh sách.' },
      error: {
        title: 'Trạng thái không hợp lệ',
        text: `Chỉ chọn: ${TASK_STATUSES.join('; ')}.`,
        style: 'stop',
      },
    },
    {
      range: range('percent'),
      rule: { kind: 'decimal', min: 0, max: 100 },
      allowBlank: true,
      prompt: { title: '% hoàn thành', text: 'Nhập từ 0 đến 100 (ví dụ 75).' },
      error: { title: 'Giá trị không hợp lệ', text: 'Hãy nhập một số từ 0 đến 100.', style: 'stop' },
    },
    {
      range: range('completedOn'),
      rule: {
        kind: 'date',
        min: isoToSerial(`${plan.year - 1}-01-01`),
        max: isoToSerial(`${plan.year}-12-31`),
      },
      allowBlank: true,
      prompt: {
        title: 'Ngày hoàn thành',
        text: 'Khi đã hoàn thành, ghi ngày hoàn thành (ngày/tháng/năm) để xác định đúng hạn hay quá hạn.',
      },
      error: {
        title: 'Ngày không hợp lệ',
        text: `Hãy nhập một ngày từ 01/01/${plan.year - 1} đến 31/12/${plan.year}.`,
        style: 'stop',
      },
    },
    ...(['results', 'proposals'] as const).map((key): ValidationSpec => ({
      range: range(key),
      rule: { kind: 'textLength', max: 4000 },
      allowBlank: true,
      error: { title: 'Quá dài', text: 'Tối đa 4000 ký tự; có thể gửi kèm văn bản chi tiết.', style: 'stop' },
    })),
  );
  const sheet: SheetSpec = {
    name: SHEETS.tasks,
    visibility: 'visible',
    cells,
    columns: columns.map((c) => ({ width: c.width })),
    rowHeights: { 0: 24, 1: 24, 2: 30, [HEADER_ROW]: 35 },
    merges: [0, 1, 2].map((r) => `${cellAddress(r, 0)}:${cellAddress(r, columns.length - 1)}`),
    validations,
    conditionalFormats: [
      statusFormats(range('status'), TASK_STATUS_COLOURS),
      statusFormats(range('warning'), OVERDUE_COLOURS),
    ],
    tables: [],
    charts: [],
    freeze: { rows: HEADER_ROW + 1, cols: 2 },
    protect: true,
    print: { orientation: 'landscape', fitToWidth: true, titleRows: `${HEADER_ROW + 1}:${HEADER_ROW + 1}` },
    tabColor: '548235',
  };
  fitRowHeights(sheet, STYLES, HEADER_ROW + 1);
  return sheet;
}

function taskRow(
  plan: Plan,
  task: Task,
  role: TaskRole,
  info: PeriodInfo,
  row: number,
  col: Record<TaskColumn, number>,
): CellSpec[] {
  const out: CellSpec[] = [];
  const set = (key: TaskColumn, cell: CellSpec) => {
    out[col[key]] = cell;
  };
  const deadline = taskDeadline(plan, task, info);
  set('id', { v: task.id, s: 'fixedCenter', fmt: FORMATS.text });
  set('title', { v: task.title, s: 'fixed' });
  set('lead', { v: leadNames(plan, task, info), s: 'fixed' });
  set('role', { v: ROLE_TEXT[role], s: 'fixedCenter' });
  set(
    'deadline',
    deadline
      ? { v: isoToSerial(deadline.date), s: 'fixedCenter', fmt: FORMATS.date }
      : { v: `Cả năm ${plan.year}`, s: 'fixedCenter' },
  );
  set('status', { s: 'input' });
  set('percent', { s: 'input', fmt: FORMATS.percentPoints });
  set('completedOn', { s: 'input', fmt: FORMATS.date });
  set('results', { s: 'inputText' });
  set('proposals', { s: 'inputText' });
  const d = cellAddress(row, col.deadline);
  const st = cellAddress(row, col.status);
  set('warning', {
    f: `IF(AND(ISNUMBER(${d}),${d}<${isoToSerial(info.windowEnd)},${st}<>"${TASK_DONE}"),"${OVERDUE_TEXT}","")`,
    s: 'computedCenter',
  });
  set('clause', { v: task.clause, s: 'fixed' });
  return out;
}
