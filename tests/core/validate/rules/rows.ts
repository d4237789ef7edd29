/** Test helpers: one indicator's or task's row of a submission, read as validate() reads it, for a rule to check. */
import { periodInfo } from '../../../../src/core/plan/period';
import { formTasks } from '../../../../src/core/plan/resolve';
import type { Plan } from '../../../../src/core/plan/schema';
import type { WorkbookSnapshot } from '../../../../src/core/snapshot/types';
import { findStampSheet, parseStamp } from '../../../../src/core/stamps/template';
import {
  COMMON_TASKS_ID,
  indicatorColumnsOf,
  SHEETS,
  taskColumns,
} from '../../../../src/core/template/model';
import { indicatorRowIds, indicatorsSheetOf } from '../../../../src/core/validate/indicators';
import { rowTask } from '../../../../src/core/validate/tasks';
import { findTemplateSheet, indexRows, type LocatedSheet } from '../../../../src/core/validate/grid';
import { readIndicatorRow, type IndicatorRow } from '../../../../src/core/validate/indicators/row';
import { readTaskRow, type TaskRow } from '../../../../src/core/validate/tasks/row';
import type { Issue } from '../../../../src/core/issues/issue';
import type { Rule } from '../../../../src/core/validate/rules/rule';

/** The stamp of a snapshot (the test's submissions always have one). */
function stampOf(snapshot: WorkbookSnapshot) {
  const parsed = parseStamp(findStampSheet(snapshot)!);
  if (!parsed.ok) throw new Error('test submission without a stamp');
  return parsed.stamp;
}

/** The row of indicator `id`, read (its input rows too, on a layout-3 template). */
export function indicatorRow(plan: Plan, snapshot: WorkbookSnapshot, id: string): IndicatorRow {
  const stamp = stampOf(snapshot);
  const defs = indicatorColumnsOf(plan.year, stamp.layoutVersion);
  const located = findTemplateSheet(snapshot, SHEETS.indicators, defs)!;
  const ind = plan.indicators.find((i) => i.id === id)!;
  const ids = indicatorRowIds([ind], stamp.layoutVersion);
  const index = indexRows(located as LocatedSheet<string>, located.col.id ?? 0, ids, []);
  const info = periodInfo(plan, stamp.period)!;
  const issued = new Map(stamp.indicators.map((i) => [i.id, i]));
  const sheet = indicatorsSheetOf(plan, info, located, issued, index, stamp.layoutVersion);
  return readIndicatorRow(sheet, ind, index.rowOf.get(id)!);
}

/** The row of task `id` (or of the common row), read. */
export function taskRow(plan: Plan, snapshot: WorkbookSnapshot, id: string): TaskRow {
  const stamp = stampOf(snapshot);
  const defs = taskColumns();
  const located = findTemplateSheet(snapshot, SHEETS.tasks, defs)!;
  const index = indexRows(located as LocatedSheet<string>, located.col.id ?? 0, [id], []);
  const sheet = {
    info: periodInfo(plan, stamp.period)!,
    located,
    issued: new Map(stamp.tasks.map((t) => [t.id, t])),
    headers: new Map(defs.map((d) => [d.key, d.header])),
  };
  const row = formTasks(plan, stamp.agencyId, COMMON_TASKS_ID).find((t) => t.id === id)!;
  return readTaskRow(sheet, rowTask(row), row.role, index.rowOf.get(id)!);
}

/** Checks with a rule, and fails the test if it raises a code it does not declare. */
export function checkWith<S>(rule: Rule<S>, subject: S): Issue[] {
  const issues = rule.check(subject);
  const undeclared = issues.filter((i) => !rule.codes.includes(i.code)).map((i) => i.code);
  if (undeclared.length) throw new Error(`rule raised undeclared codes: ${undeclared.join(', ')}`);
  return issues;
}

/** The codes of issues. */
export const codes = (issues: readonly Issue[]) => issues.map((i) => i.code);
