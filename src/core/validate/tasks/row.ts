/** One task's row as read: status choice, % done, results and proposals, each with whether it was usable. */
import { finalDeadline, type PeriodInfo } from '../../plan/period';
import type { TaskRole } from '../../plan/resolve';
import type { Task } from '../../plan/schema';
import { cellAddress } from '../../sheet/a1';
import { isBlank } from '../../snapshot/cells';
import type { SnapshotCell } from '../../snapshot/types';
import type { IssuedTask } from '../../stamps/template';
import {
  normaliseHeader,
  TASK_DONE,
  TASK_STATUSES,
  type TaskColumn,
  type TaskStatus,
} from '../../template/model';
import { issue, type Issue } from '../../issues/issue';
import type { LocatedSheet } from '../grid';
import type { Reading } from '../types';
import { numberReading, readNumber, readText, type CellRef, type ReadText } from '../values';

/** The tasks sheet being validated. */
export interface TasksSheet {
  info: PeriodInfo;
  located: LocatedSheet<TaskColumn>;
  issued: ReadonlyMap<string, IssuedTask>;
  /** The template's header of each column. */
  headers: ReadonlyMap<TaskColumn, string>;
}

/** What a task's row holds, each value with whether it was usable. */
export interface TaskReadings {
  status: Reading<TaskStatus>;
  percent: Reading<number>;
  results: Reading<string>;
  proposals: Reading<string>;
}

/** One task's row, read. */
export interface TaskRow {
  task: Task;
  role: TaskRole;
  sheet: string;
  /** Zero-based row in the sheet. */
  row: number;
  has(key: TaskColumn): boolean;
  cell(key: TaskColumn): SnapshotCell | null;
  at(key: TaskColumn): CellRef;
  issued: IssuedTask | undefined;
  readings: TaskReadings;
  /** The results text as read ('' when none); the proposals likewise. */
  results: ReadText;
  proposals: ReadText;
  /** What reading the values raised (the task inputs rule reports these). */
  readIssues: Issue[];
  /** ISO date of the task's final deadline, if any. */
  deadline: string | null;
  /** Past its final deadline at the end of the data window, and not done. */
  overdue: boolean;
}

const STATUS_BY_KEY = new Map(TASK_STATUSES.map((s) => [normaliseHeader(s), s]));

/** Reads the row `r` of a task. */
export function readTaskRow(sheet: TasksSheet, task: Task, role: TaskRole, r: number): TaskRow {
  const { located } = sheet;
  const cells = located.sheet.rows[r] ?? [];
  const cell = (key: TaskColumn) => {
    const c = located.col[key];
    return c === undefined ? null : (cells[c] ?? null);
  };
  const at = (key: TaskColumn): CellRef => ({
    sheet: located.sheet.name,
    cell: cellAddress(r, located.col[key] ?? 0),
    subject: task.id,
  });
  const issues: Issue[] = [];
  const status = readStatus(cell('status'), at('status'), sheet.headers.get('status') ?? '', issues);
  const percent = readPercent(cell('percent'), at('percent'), issues);
  const results = readText(cell('results'), at('results'));
  const proposals = readText(cell('proposals'), at('proposals'));
  issues.push(...results.issues, ...proposals.issues);
  const deadline = finalDeadline(task);
  return {
    task,
    role,
    sheet: located.sheet.name,
    row: r,
    has: (key) => located.col[key] !== undefined,
    cell,
    at,
    issued: sheet.issued.get(task.id),
    readings: { status, percent, results: results.reading, proposals: proposals.reading },
    results,
    proposals,
    readIssues: issues,
    deadline,
    overdue: deadline !== null && deadline < sheet.info.windowEnd && status.value !== TASK_DONE,
  };
}

/** The status choice: missing when blank, invalid when not one of the choices. */
function readStatus(
  cell: SnapshotCell | null,
  at: CellRef,
  header: string,
  issues: Issue[],
): Reading<TaskStatus> {
  if (isBlank(cell)) {
    issues.push(issue('INPUT_MISSING', { ...at, expected: header }));
    return { state: 'missing', value: null };
  }
  const text = readText(cell, at);
  issues.push(...text.issues);
  const status = STATUS_BY_KEY.get(normaliseHeader(text.value));
  if (status) return { state: 'ok', value: status };
  issues.push(issue('TASK_STATUS_INVALID', { ...at, found: text.value, expected: TASK_STATUSES.join('; ') }));
  return { state: 'invalid', value: null };
}

/** % done, 0–100 (a percent format is read as shown); a fraction such as 0.75 is flagged, not changed. */
function readPercent(cell: SnapshotCell | null, at: CellRef, issues: Issue[]): Reading<number> {
  const read = readNumber(cell, at, { percentUnit: true });
  issues.push(...read.issues);
  const percent = read.value;
  if (percent !== null && (percent < 0 || percent > 100)) {
    issues.push(issue('TASK_PERCENT_OUT_OF_RANGE', { ...at, found: percent }));
    return { state: 'invalid', value: null };
  }
  if (percent !== null && percent > 0 && percent < 1 && !Number.isInteger(percent)) {
    const expected = Math.round(percent * 1e4) / 100;
    issues.push(issue('VALUE_FRACTION_PERCENT', { ...at, found: percent, expected }));
  }
  return numberReading(read);
}
