/** Validating the tasks sheet: status choices, % done, consistency, deadlines, results text. */
import { finalDeadline, type PeriodInfo } from '../plan/period';
import type { TaskRole } from '../plan/resolve';
import type { Plan, Task } from '../plan/schema';
import { cellAddress } from '../sheet/a1';
import { cellText, isBlank } from '../snapshot/cells';
import type { SnapshotCell } from '../snapshot/types';
import { formatDateVi, serialToIso } from '../text/dates';
import {
  normaliseHeader,
  TASK_DONE,
  TASK_STATUSES,
  taskColumns,
  type TaskColumn,
  type TaskStatus,
} from '../template/model';
import type { IssuedTask } from '../stamps/template';
import { issue, type Issue } from '../issues/issue';
import { indexRows, type LocatedSheet, type RowAccount } from './grid';
import type { Completeness, TaskResult } from './types';
import { computedState, readNumber, readText, type CellRef } from './values';
import { mergesOverInputs } from './indicators';

const REQUIRED: TaskColumn[] = ['id', 'status', 'percent', 'results'];

/** Everything validating the tasks sheet produced. */
export interface TasksOutcome {
  results: TaskResult[];
  issues: Issue[];
  accounts: RowAccount[];
  completeness: Completeness;
}

const STATUS_BY_KEY = new Map(TASK_STATUSES.map((s) => [normaliseHeader(s), s]));

/** The status that says work has not begun: any progress contradicts it. */
const TASK_NOT_STARTED: TaskStatus = 'Chưa triển khai';

/** Validates the tasks sheet: each expected task found by id, its inputs read and cross-checked. */
export function validateTasks(
  plan: Plan,
  info: PeriodInfo,
  expected: { task: Task; role: TaskRole }[],
  issued: ReadonlyMap<string, IssuedTask>,
  located: LocatedSheet<TaskColumn>,
): TasksOutcome {
  const name = located.sheet.name;
  const issues: Issue[] = [];
  const missingCols = REQUIRED.filter((k) => located.col[k] === undefined);
  if (missingCols.length) {
    for (const k of missingCols) {
      issues.push(
        issue('COLUMN_MISSING', {
          sheet: name,
          expected: taskColumns().find((d) => d.key === k)?.header ?? k,
        }),
      );
    }
    return { results: [], issues, accounts: [], completeness: { sheet: name, required: 0, filled: 0 } };
  }
  const col = located.col as Record<TaskColumn, number>;
  const dataCols = (['status', 'percent', 'results', 'proposals'] as const)
    .map((k) => located.col[k])
    .filter((c): c is number => c !== undefined);
  const index = indexRows(
    located as LocatedSheet<string>,
    col.id,
    expected.map((e) => e.task.id),
    dataCols,
  );
  issues.push(...index.issues);

  const results: TaskResult[] = [];
  const inputCells: {
    range: { top: number; bottom: number; left: number; right: number };
    subject: string;
  }[] = [];
  let filled = 0;
  for (const { task, role } of expected) {
    const r = index.rowOf.get(task.id);
    if (r === undefined) continue;
    const row = located.sheet.rows[r] ?? [];
    const get = (key: TaskColumn): SnapshotCell | null => {
      const c = located.col[key];
      return c === undefined ? null : (row[c] ?? null);
    };
    const ref = (key: TaskColumn): CellRef => ({
      sheet: name,
      cell: cellAddress(r, located.col[key] ?? 0),
      subject: task.id,
    });
    for (const key of dataCols)
      inputCells.push({ range: { top: r, bottom: r, left: key, right: key }, subject: task.id });

    const status = readStatus(get('status'), ref('status'), issues);
    if (status !== undefined) filled++;
    const percentRead = readNumber(get('percent'), ref('percent'), { percentUnit: true });
    issues.push(...percentRead.issues);
    let percent = percentRead.value;
    if (percent !== null && (percent < 0 || percent > 100)) {
      issues.push(issue('TASK_PERCENT_OUT_OF_RANGE', { ...ref('percent'), found: percent }));
      percent = null;
    } else if (percent !== null && percent > 0 && percent < 1 && !Number.isInteger(percent)) {
      issues.push(
        issue('VALUE_FRACTION_PERCENT', {
          ...ref('percent'),
          found: percent,
          expected: Math.round(percent * 1e4) / 100,
        }),
      );
    }
    const results_ = readText(get('results'), ref('results'));
    const proposals = readText(get('proposals'), ref('proposals'));
    issues.push(...results_.issues, ...proposals.issues);

    if (status === TASK_DONE && percent !== null && percent < 100) {
      issues.push(issue('TASK_DONE_INCOMPLETE', { ...ref('status'), found: percent }));
    }
    if (status === TASK_NOT_STARTED && percent !== null && percent > 0) {
      issues.push(issue('TASK_NOT_STARTED_PROGRESS', { ...ref('status'), found: percent }));
    }
    if (percent === 100 && status !== undefined && status !== null && status !== TASK_DONE) {
      issues.push(issue('TASK_FULL_NOT_DONE', { ...ref('percent'), found: status }));
    }
    if (status === TASK_DONE && results_.value === '')
      issues.push(issue('TASK_RESULT_MISSING', { ...ref('results') }));
    const deadline = finalDeadline(task);
    const overdue = deadline !== null && deadline < info.windowEnd && status !== TASK_DONE;
    if (overdue) {
      issues.push(
        issue('TASK_OVERDUE', { ...ref('status'), found: status ?? '', expected: formatDateVi(deadline) }),
      );
    }
    if (located.col.deadline !== undefined) {
      const tampered = checkDeadline(get('deadline'), issued.get(task.id)?.deadline, ref('deadline'));
      if (tampered) issues.push(tampered);
    }
    if (located.col.warning !== undefined) {
      const state = computedState(get('warning'));
      if (state.kind === 'overwritten')
        issues.push(issue('COMPUTED_OVERWRITTEN', { ...ref('warning'), found: state.found }));
    }
    results.push({
      taskId: task.id,
      sheet: name,
      row: r + 1,
      role,
      status: status ?? null,
      percent,
      results: results_.value,
      proposals: proposals.value,
      deadline,
      overdue,
    });
  }
  issues.push(...mergesOverInputs(located.sheet.merges, inputCells, name));
  return {
    results,
    issues,
    accounts: index.accounts,
    completeness: { sheet: name, required: expected.length, filled },
  };
}

/** The status choice (undefined when empty, null when not a valid choice). */
function readStatus(cell: SnapshotCell | null, at: CellRef, issues: Issue[]): TaskStatus | null | undefined {
  if (isBlank(cell)) {
    issues.push(issue('INPUT_MISSING', { ...at, expected: 'Tình hình thực hiện' }));
    return undefined;
  }
  const text = readText(cell, at);
  issues.push(...text.issues);
  const status = STATUS_BY_KEY.get(normaliseHeader(text.value));
  if (!status) {
    issues.push(
      issue('TASK_STATUS_INVALID', { ...at, found: text.value, expected: TASK_STATUSES.join('; ') }),
    );
    return null;
  }
  return status;
}

/** The deadline shown must be the one issued; a changed date is tampering (judging uses the plan's). */
function checkDeadline(cell: SnapshotCell | null, issued: string | undefined, at: CellRef): Issue | null {
  if (issued === undefined) return null;
  const shown = cell?.t === 'd' ? cell.v.slice(0, 10) : cell?.t === 'n' ? serialToIso(cell.v) : '';
  if (issued === '') return null; // "Cả năm": no date was issued
  if (shown === issued) return null;
  return issue('TARGET_TAMPERED', {
    ...at,
    found: cell === null ? null : cell.t === 'd' || cell.t === 'n' ? formatDateVi(shown) : cellText(cell),
    expected: formatDateVi(issued),
  });
}
