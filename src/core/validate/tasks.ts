/** Validating the tasks sheet: its columns and rows, then every task's row against the row rules. */
import type { PeriodInfo } from '../plan/period';
import { finalDeadline } from '../plan/period';
import type { FormTaskRow } from '../plan/resolve';
import { isBlank } from '../snapshot/cells';
import { classifyTask } from '../verdict';
import type { Task } from '../plan/schema';
import type { CellRange } from '../sheet/a1';
import type { IssuedTask } from '../stamps/template';
import { TASK_DONE, taskColumns, type TaskColumn } from '../template/model';
import type { Issue } from '../issues/issue';
import { indexRows, type LocatedSheet } from './grid';
import { mergesOverInputs } from './rules/merges';
import { missingColumns, type SheetOutcome } from './rules/structure';
import { TASK_RULES } from './rules/task';
import { readTaskRow, type TaskRow } from './tasks/row';
import type { TaskResult } from './types';

const REQUIRED: TaskColumn[] = ['id', 'status', 'percent', 'results'];

/** The columns an agency types into. */
const DATA_COLUMNS = ['status', 'percent', 'completedOn', 'results', 'proposals'] as const;

/**
 * Validates the tasks sheet: each expected row found by id, its inputs read and cross-checked. A row standing for
 * several tasks (the common row) is read once and gives each of them a result; a row that may be left blank (a
 * collaborator's, layout 3) gives nothing when it is blank, and is not counted as required.
 */
export function validateTasks(
  info: PeriodInfo,
  expected: readonly FormTaskRow[],
  issued: ReadonlyMap<string, IssuedTask>,
  located: LocatedSheet<TaskColumn>,
): SheetOutcome<TaskResult> {
  const defs = taskColumns();
  const missing = missingColumns(located, REQUIRED, defs);
  if (missing) return missing;
  const dataCols = DATA_COLUMNS.flatMap((k) => located.col[k] ?? []);
  const ids = expected.map((e) => e.id);
  const index = indexRows(located as LocatedSheet<string>, located.col.id ?? 0, ids, dataCols);
  const sheet = { info, located, issued, headers: new Map(defs.map((d) => [d.key, d.header])) };
  const blank = (r: number) => dataCols.every((c) => isBlank(located.sheet.rows[r]?.[c] ?? null));
  const rows = expected.flatMap((e) => {
    const r = index.rowOf.get(e.id);
    if (r === undefined || (!e.required && blank(r))) return [];
    return [{ row: readTaskRow(sheet, rowTask(e), e.role, r), tasks: e.tasks, required: e.required }];
  });
  const issues: Issue[] = [...index.issues];
  for (const { row } of rows) for (const rule of Object.values(TASK_RULES)) issues.push(...rule.check(row));
  const inputs = rows.flatMap(({ row }) =>
    dataCols.map((c) => ({ range: cellRange(row.row, c), subject: row.task.id })),
  );
  issues.push(...mergesOverInputs.check({ sheet: located.sheet.name, merges: located.sheet.merges, inputs }));
  return {
    results: rows.flatMap(({ row, tasks }) => tasks.map((task) => resultOf(row, task, info))),
    issues,
    accounts: index.accounts,
    completeness: {
      sheet: located.sheet.name,
      required: expected.filter((e) => e.required).length,
      filled: rows.filter((x) => x.required && x.row.readings.status.state !== 'missing').length,
    },
  };
}

/** The task a row is read as: the task itself, or for the common row one standing for all of them (no deadline). */
export function rowTask(e: FormTaskRow): Task {
  const [only] = e.tasks;
  if (only && e.tasks.length === 1) return only;
  return {
    id: e.id,
    kind: 'assignment',
    title: e.id,
    lead: ['*'],
    collaborators: [],
    deadlines: [],
    clause: '',
  };
}

const cellRange = (row: number, col: number): CellRange => ({ top: row, bottom: row, left: col, right: col });

/** The result of one task read on `row` (the row's own task, or one of those the common row stands for). */
function resultOf(row: TaskRow, task: Task, info: PeriodInfo): TaskResult {
  const deadline = finalDeadline(task);
  const own = task.id === row.task.id;
  const status = row.readings.status.value;
  const completedOn = row.readings.completedOn.value;
  const taskClass =
    own || status === null
      ? row.class
      : classifyTask({ done: status === TASK_DONE, completedOn, deadline, windowEnd: info.windowEnd });
  return {
    taskId: task.id,
    sheet: row.sheet,
    row: row.row + 1,
    role: row.role,
    status,
    percent: row.readings.percent.value,
    results: row.results.value,
    proposals: row.proposals.value,
    deadline: own ? row.deadline : deadline,
    overdue: own ? row.overdue : taskClass === 'overdue',
    completedOn,
    class: taskClass,
  };
}
