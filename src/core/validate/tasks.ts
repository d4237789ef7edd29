/** Validating the tasks sheet: its columns and rows, then every task's row against the row rules. */
import type { PeriodInfo } from '../plan/period';
import type { TaskRole } from '../plan/resolve';
import type { Task } from '../plan/schema';
import type { CellRange } from '../sheet/a1';
import type { IssuedTask } from '../stamps/template';
import { taskColumns, type TaskColumn } from '../template/model';
import type { Issue } from '../issues/issue';
import { indexRows, type LocatedSheet } from './grid';
import { mergesOverInputs } from './rules/merges';
import { missingColumns, type SheetOutcome } from './rules/structure';
import { TASK_RULES } from './rules/task';
import { readTaskRow, type TaskRow } from './tasks/row';
import type { TaskResult } from './types';

const REQUIRED: TaskColumn[] = ['id', 'status', 'percent', 'results'];

/** The columns an agency types into. */
const DATA_COLUMNS = ['status', 'percent', 'results', 'proposals'] as const;

/** Validates the tasks sheet: each expected task found by id, its inputs read and cross-checked. */
export function validateTasks(
  info: PeriodInfo,
  expected: { task: Task; role: TaskRole }[],
  issued: ReadonlyMap<string, IssuedTask>,
  located: LocatedSheet<TaskColumn>,
): SheetOutcome<TaskResult> {
  const defs = taskColumns();
  const missing = missingColumns(located, REQUIRED, defs);
  if (missing) return missing;
  const dataCols = DATA_COLUMNS.flatMap((k) => located.col[k] ?? []);
  const ids = expected.map((e) => e.task.id);
  const index = indexRows(located as LocatedSheet<string>, located.col.id ?? 0, ids, dataCols);
  const sheet = { info, located, issued, headers: new Map(defs.map((d) => [d.key, d.header])) };
  const rows = expected.flatMap(({ task, role }) => {
    const r = index.rowOf.get(task.id);
    return r === undefined ? [] : [readTaskRow(sheet, task, role, r)];
  });
  const issues: Issue[] = [...index.issues];
  for (const row of rows) for (const rule of Object.values(TASK_RULES)) issues.push(...rule.check(row));
  const inputs = rows.flatMap((row) =>
    dataCols.map((c) => ({ range: cellRange(row.row, c), subject: row.task.id })),
  );
  issues.push(...mergesOverInputs.check({ sheet: located.sheet.name, merges: located.sheet.merges, inputs }));
  return {
    results: rows.map(resultOf),
    issues,
    accounts: index.accounts,
    completeness: {
      sheet: located.sheet.name,
      required: expected.length,
      filled: rows.filter((row) => row.readings.status.state !== 'missing').length,
    },
  };
}

const cellRange = (row: number, col: number): CellRange => ({ top: row, bottom: row, left: col, right: col });

/** The result of one task. */
function resultOf(row: TaskRow): TaskResult {
  return {
    taskId: row.task.id,
    sheet: row.sheet,
    row: row.row + 1,
    role: row.role,
    status: row.readings.status.value,
    percent: row.readings.percent.value,
    results: row.results.value,
    proposals: row.proposals.value,
    deadline: row.deadline,
    overdue: row.overdue,
  };
}
