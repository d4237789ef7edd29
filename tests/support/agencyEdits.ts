/** Edits made to a real template by a second client (openpyxl), for integration tests of validate and merge. */
import path from 'node:path';
import { SHEETS } from '../../src/core/template/model';
import { python } from './external';
import { mkdirSync, readFileSync, utimesSync } from 'node:fs';

/** One edit (see openpyxl_edit.py). */
export type Edit =
  | { op: 'set'; sheet: string; id: string; header: string; value: string | number | null }
  | { op: 'setCell'; sheet: string; cell: string; value: string | number | null }
  | { op: 'setText'; sheet: string; id: string; header: string; value: string }
  | { op: 'formula'; sheet: string; id: string; header: string; formula: string }
  | { op: 'reverseRows'; sheet: string }
  | { op: 'merge'; sheet: string; range: string }
  | { op: 'reportDate'; value: string }
  | { op: 'allTasks'; status: string; percent: number };

const SCRIPT = readFileSync(path.join(__dirname, 'openpyxl_edit.py'), 'utf8');

/**
 * Applies edits to `src` with openpyxl and saves as `dest`. A file the edits give a report date is dated that day
 * (09:00 in Vietnam), as if it had been received then: the CLI judges lateness on the file's modification time.
 */
export function editWithOpenpyxl(src: string, dest: string, edits: readonly Edit[]): void {
  mkdirSync(path.dirname(dest), { recursive: true });
  python(SCRIPT, [src, dest, JSON.stringify(edits)]);
  const reportDate = edits
    .filter((e): e is Extract<Edit, { op: 'reportDate' }> => e.op === 'reportDate')
    .at(-1);
  if (reportDate) receivedOn(dest, reportDate.value);
}

/** Dates a file as received on an ISO day (09:00 in Vietnam, 02:00 UTC). */
export function receivedOn(file: string, isoDay: string): void {
  const t = new Date(`${isoDay}T02:00:00Z`);
  utimesSync(file, t, t);
}

/** Typing a value into an indicator's column. */
export const setIndicator = (id: string, header: string, value: string | number | null): Edit => ({
  op: 'set',
  sheet: SHEETS.indicators,
  id,
  header,
  value,
});

/** Typing a value into a task's column. */
export const setTask = (id: string, header: string, value: string | number | null): Edit => ({
  op: 'set',
  sheet: SHEETS.tasks,
  id,
  header,
  value,
});
