/**
 * The tasks sheet ("Nhiệm vụ", Biểu số 02): the form's header block, then only the tasks the agency answers for
 * (plan/resolve.ts `formTasks`, docs/forms.md): I. the tasks it leads, II. the tasks addressed to every agency (those
 * without a date of their own on one row), III. the tasks it helps with (optional) — then the signature block.
 */
import { taskDeadline, type PeriodInfo } from '../plan/period';
import { leadNames, type FormSection, type FormTaskRow } from '../plan/resolve';
import type { Agency, Plan } from '../plan/schema';
import { cellAddress, columnLetters } from '../sheet/a1';
import { groupBreaks } from '../sheet/print';
import type { CellSpec, SheetSpec, ValidationSpec } from '../sheet/spec';
import { isoToSerial } from '../text/dates';
import { formBlocks, formPrint, formTable, signatureBlock } from './form';
import {
  HEADER_ROW,
  OVERDUE_TEXT,
  ROLE_TEXT,
  SHEETS,
  TASK_DONE,
  TASK_STATUSES,
  taskColumns,
  type TaskColumn,
} from './model';
import { statusFormats } from './sheetParts';
import { FORMATS, OVERDUE_COLOURS, STYLES, TASK_STATUS_COLOURS } from './styles';
import { fitRowHeights } from '../sheet/rowHeights';

type Columns = Record<TaskColumn, number>;

/** The sections of the sheet, in order, with their headings. */
export const TASK_SECTIONS: readonly (readonly [FormSection, string])[] = [
  ['lead', 'NHIỆM VỤ CƠ QUAN CHỦ TRÌ'],
  ['common', 'NHIỆM VỤ GIAO CHUNG CÁC SỞ, BAN, NGÀNH, ĐƠN VỊ, ĐỊA PHƯƠNG'],
  ['collaborator', 'NHIỆM VỤ PHỐI HỢP (báo cáo nếu có kết quả; không bắt buộc)'],
];

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** Builds the tasks sheet for an agency and period */
export function tasksSheet(plan: Plan, agency: Agency, info: PeriodInfo, tasks: FormTaskRow[]): SheetSpec {
  const columns = taskColumns();
  const title = `BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU NĂM ${plan.year}`;
  const { col, last, head, cells } = formTable(
    plan,
    agency,
    info,
    { kind: 'tasks', title },
    columns,
    (c, end) => formBlocks(end, 0, c.title, c.deadline),
  );
  const merges = [...head.merges];
  const heights: Record<number, number> = { ...head.heights, [HEADER_ROW]: 35 };
  const groups: { first: number; last: number }[] = [];
  let section = 0;
  for (const [key, heading] of TASK_SECTIONS) {
    const rows = tasks.filter((t) => t.section === key);
    if (rows.length === 0) continue;
    const r = cells.length;
    const line: (CellSpec | null)[] = columns.map(() => null);
    line[col.title] = { v: `${ROMAN[section] ?? ''}. ${heading}`, s: 'formSection' };
    cells.push(line);
    merges.push(`${cellAddress(r, col.title)}:${cellAddress(r, last)}`);
    heights[r] = 18;
    section += 1;
    rows.forEach((t, i) => {
      cells.push(taskRow(plan, t, info, cells.length, col));
      groups.push({ first: i === 0 ? r : cells.length - 1, last: cells.length - 1 });
    });
  }
  const dataEnd = cells.length - 1;
  const signature = signatureBlock(
    plan,
    agency,
    info,
    cells.length,
    formBlocks(last, col.title, col.title, col.deadline),
    columns.length,
  );
  cells.push(...signature.rows);
  groups.push({ first: dataEnd + 1, last: cells.length - 1 });

  const first = HEADER_ROW + 2;
  const lastRow = Math.max(dataEnd + 1, first);
  const range = (key: TaskColumn) =>
    `${columnLetters(col[key])}${first}:${columnLetters(col[key])}${lastRow}`;
  const sheet: SheetSpec = {
    name: SHEETS.tasks,
    visibility: 'visible',
    cells,
    columns: columns.map((c) => ({ width: c.width })),
    rowHeights: { ...heights, ...signature.heights },
    merges: [...merges, ...signature.merges],
    validations: taskValidations(plan, range),
    conditionalFormats: [
      statusFormats(range('status'), TASK_STATUS_COLOURS),
      statusFormats(range('warning'), OVERDUE_COLOURS),
    ],
    tables: [],
    charts: [],
    freeze: { rows: HEADER_ROW + 1, cols: 2 },
    protect: true,
    print: formPrint(plan, agency, info, 'tasks', { cells }, last),
    tabColor: '548235',
  };
  fitRowHeights(sheet, STYLES, HEADER_ROW + 1);
  if (sheet.print) sheet.print.rowBreaks = groupBreaks(sheet, groups);
  return sheet;
}

/** The drop-down, number, date and text-length rules over the input columns. */
function taskValidations(plan: Plan, range: (key: TaskColumn) => string): ValidationSpec[] {
  return [
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
  ];
}

/** The title of the row standing for the tasks addressed to every agency: what it covers, by their codes. */
export function commonTasksTitle(ids: readonly string[]): string {
  return `Các nhiệm vụ giao chung (${ids.join(', ')}): báo cáo chung một dòng; nội dung từng nhiệm vụ xem trang "${SHEETS.instructions}"`;
}

function taskRow(plan: Plan, t: FormTaskRow, info: PeriodInfo, row: number, col: Columns): CellSpec[] {
  const out: CellSpec[] = [];
  const set = (key: TaskColumn, cell: CellSpec) => {
    out[col[key]] = cell;
  };
  const [task] = t.tasks;
  const single = t.tasks.length === 1 && task;
  const deadline = single ? taskDeadline(plan, task, info) : null;
  set('id', { v: t.id, s: 'fixedCenter', fmt: FORMATS.text });
  set('title', { v: single ? task.title : commonTasksTitle(t.tasks.map((x) => x.id)), s: 'fixed' });
  // Every task of the common row is addressed to everyone: the first one's lead names them all.
  set('lead', { v: task ? leadNames(plan, task, info) : '', s: 'fixed' });
  set('role', { v: ROLE_TEXT[t.role], s: 'fixedCenter' });
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
  set('clause', { v: single ? task.clause : t.tasks.map((x) => x.clause).join('; '), s: 'fixed' });
  return out;
}
