/** "Nhiệm vụ theo cơ quan": every agency's progress on every task it leads or shares, with where it came from. */
import type { SheetSpec } from '../../sheet/spec';
import { OVERDUE_TEXT, ROLE_TEXT, TASK_NOT_REPORTED_TEXT } from '../../template/model';
import { OVERDUE_COLOURS, TASK_CLASS_COLOURS, TASK_STATUS_COLOURS } from '../../template/styles';
import { isoToSerial } from '../../text/dates';
import { TASK_CLASS_TEXT } from '../../verdict/words';
import { CONSOLIDATED_SHEETS } from '../labels';
import { tableSheet, type TableColumn } from '../tableSheet';
import type { AgencyTask } from '../types';
import type { SheetContext } from './context';

function columns(x: SheetContext): TableColumn<AgencyTask>[] {
  const title = new Map(x.plan.tasks.map((t) => [t.id, t.title]));
  return [
    {
      key: 'agencyId',
      header: 'Mã cơ quan',
      width: 16,
      kind: 'text',
      value: (t) => t.agencyId,
      print: 'hidden',
    },
    { key: 'agencyName', header: 'Cơ quan', width: 28, kind: 'text', value: (t) => t.agencyName },
    { key: 'taskId', header: 'Mã nhiệm vụ', width: 10, kind: 'text', value: (t) => t.taskId },
    {
      key: 'title',
      header: 'Nhiệm vụ',
      width: 45,
      kind: 'text',
      value: (t) => title.get(t.taskId) ?? t.taskId,
    },
    { key: 'role', header: 'Vai trò', width: 10, kind: 'text', value: (t) => ROLE_TEXT[t.role] },
    {
      key: 'status',
      header: 'Tình hình thực hiện',
      width: 16,
      kind: 'text',
      value: (t) => t.status ?? TASK_NOT_REPORTED_TEXT,
      colours: TASK_STATUS_COLOURS,
    },
    { key: 'percent', header: '% hoàn thành', width: 10, kind: 'percent', value: (t) => t.percent },
    {
      key: 'completedOn',
      header: 'Ngày hoàn thành',
      width: 12,
      kind: 'date',
      value: (t) => (t.completedOn ? isoToSerial(t.completedOn) : null),
    },
    {
      key: 'class',
      header: 'Phân loại',
      width: 22,
      kind: 'text',
      value: (t) => (t.class ? TASK_CLASS_TEXT[t.class] : TASK_NOT_REPORTED_TEXT),
      colours: TASK_CLASS_COLOURS,
    },
    {
      key: 'warning',
      header: 'Cảnh báo',
      width: 10,
      kind: 'text',
      value: (t) => (t.overdue ? OVERDUE_TEXT : ''),
      colours: OVERDUE_COLOURS,
    },
    { key: 'results', header: 'Kết quả, khó khăn', width: 50, kind: 'userText', value: (t) => t.results },
    { key: 'proposals', header: 'Kiến nghị', width: 35, kind: 'userText', value: (t) => t.proposals },
    { key: 'file', header: 'Tệp', width: 26, kind: 'userText', value: (t) => t.fileName },
    { key: 'sheet', header: 'Trang', width: 12, kind: 'userText', value: (t) => t.sheet },
    { key: 'row', header: 'Dòng', width: 7, kind: 'integer', value: (t) => t.row },
  ];
}

/** Builds the sheet. */
export function tasksSheet(x: SheetContext): SheetSpec {
  return tableSheet({
    name: CONSOLIDATED_SHEETS.tasks,
    title: `TÌNH HÌNH THỰC HIỆN NHIỆM VỤ THEO CƠ QUAN — ${x.monthLabel.toUpperCase()}`,
    subtitle: x.subtitle,
    tableName: 'NhiemVuCoQuan',
    safety: x.safety,
    pageNote: x.pageNote,
    rows: x.c.tasks,
    groupBy: (t) => t.agencyId,
    columns: columns(x),
  });
}
