/** "Tiến độ nhiệm vụ": one line per task of the plan, its class for the province from its lead agencies' rows. */
import { leadNames } from '../../plan/resolve';
import type { SheetSpec } from '../../sheet/spec';
import { TASK_CLASS_COLOURS } from '../../template/styles';
import { isoToSerial } from '../../text/dates';
import { TASK_CLASS_TEXT } from '../../verdict/words';
import { CONSOLIDATED_SHEETS } from '../labels';
import { tableSheet, type TableColumn } from '../tableSheet';
import type { ProvinceTask } from '../types';
import type { SheetContext } from './context';

function columns(x: SheetContext): TableColumn<ProvinceTask>[] {
  const task = new Map(x.plan.tasks.map((t) => [t.id, t]));
  return [
    { key: 'taskId', header: 'Mã nhiệm vụ', width: 10, kind: 'text', value: (t) => t.taskId },
    {
      key: 'title',
      header: 'Nhiệm vụ',
      width: 60,
      kind: 'text',
      value: (t) => task.get(t.taskId)?.title ?? t.taskId,
    },
    {
      key: 'lead',
      header: 'Cơ quan chủ trì',
      width: 26,
      kind: 'text',
      value: (t) => {
        const found = task.get(t.taskId);
        return found ? leadNames(x.plan, found, x.info ?? undefined) : '';
      },
    },
    {
      key: 'deadline',
      header: 'Thời hạn',
      width: 12,
      kind: 'date',
      value: (t) => (t.deadline ? isoToSerial(t.deadline) : null),
    },
    {
      key: 'class',
      header: 'Phân loại',
      width: 26,
      kind: 'text',
      value: (t) => TASK_CLASS_TEXT[t.class],
      colours: TASK_CLASS_COLOURS,
    },
    {
      key: 'leadsReporting',
      header: 'Cơ quan chủ trì đã báo cáo',
      width: 12,
      kind: 'integer',
      value: (t) => t.leadsReporting,
    },
    { key: 'leads', header: 'Số cơ quan chủ trì', width: 10, kind: 'integer', value: (t) => t.leads },
  ];
}

/** Builds the sheet. */
export function provinceTasksSheet(x: SheetContext): SheetSpec {
  return tableSheet({
    name: CONSOLIDATED_SHEETS.provinceTasks,
    title: `TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ TOÀN TỈNH — ${x.monthLabel.toUpperCase()}`,
    subtitle: `${x.subtitle} — mỗi nhiệm vụ phân loại theo báo cáo của cơ quan chủ trì`,
    tableName: 'TienDoNhiemVu',
    safety: x.safety,
    pageNote: x.pageNote,
    rows: x.c.provinceTasks,
    columns: columns(x),
  });
}
