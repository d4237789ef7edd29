/**
 * Filling a template the way an agency does in Excel: typing into the input cells, then Excel recalculating
 * the template's formulas. The recalculated results are stored with the formulas (as Excel saves them), using
 * the same core functions the validator uses, so the demo's files look like files saved by Excel.
 */
import type { PeriodInfo } from '../core/plan/period';
import type { Indicator, Plan } from '../core/plan/schema';
import type { CellScalar, CellSpec, SheetSpec, WorkbookSpec } from '../core/sheet/spec';
import { isoToSerial } from '../core/text/dates';
import { deriveValue } from '../core/plan/formulas';
import {
  FORECAST_TEXT,
  judgeForecast,
  judgeProgress,
  percentOf,
  PROGRESS_TEXT,
  type Reading,
} from '../core/verdict';
import {
  columnIndexes,
  HEADER_ROW,
  indicatorColumns,
  inputRowId,
  OVERDUE_TEXT,
  REPORT_DATE_LABEL,
  SHEETS,
  TASK_DONE,
  taskColumns,
  type IndicatorColumn,
  type TaskColumn,
} from '../core/template/model';

/**
 * What an agency types for one indicator (strings are typed text, e.g. "20,6"): the actual (or, for a derived
 * indicator, each input by its id, typed on the input's own row), the year estimate, the notes — and a target typed
 * over, to tamper with it.
 */
export type IndicatorEntry = Partial<Record<'actual' | 'yearEstimate' | 'notes' | 'target', CellScalar>> & {
  inputs?: Record<string, CellScalar>;
};

/** What an agency types for one task. */
export type TaskEntry = Partial<Record<'status' | 'percent' | 'results' | 'proposals', CellScalar>> & {
  /** ISO date typed as the completion date. */
  completedOn?: string;
};

/** Everything an agency types into its template, and when it saves it. */
export interface TemplateFill {
  indicators: Record<string, IndicatorEntry>;
  tasks: Record<string, TaskEntry>;
  /** ISO date typed into "Ngày báo cáo", or null to leave it empty. */
  reportDate: string | null;
  /** ISO date-time the workbook is saved (its document properties). */
  savedAt: string;
}

/** Returns a copy of the template with the entries typed in and formula results recalculated. */
export function fillTemplate(
  template: WorkbookSpec,
  plan: Plan,
  info: PeriodInfo,
  fill: TemplateFill,
): WorkbookSpec {
  const spec = structuredClone(template);
  spec.properties.created = fill.savedAt;
  for (const sheet of spec.sheets) {
    if (sheet.name === SHEETS.indicators) fillIndicators(sheet, plan, info, fill.indicators);
    if (sheet.name === SHEETS.tasks) fillTasks(sheet, info, fill.tasks);
    if (sheet.name === SHEETS.instructions && fill.reportDate) {
      const row = sheet.cells.find((r) => r[0]?.v === REPORT_DATE_LABEL);
      if (row?.[1]) row[1].v = isoToSerial(fill.reportDate);
    }
  }
  return spec;
}

const num = (v: CellScalar | undefined): number | null => (typeof v === 'number' ? v : null);

function rowsById(sheet: SheetSpec): Map<string, (CellSpec | null)[]> {
  const out = new Map<string, (CellSpec | null)[]>();
  sheet.cells.forEach((row, r) => {
    if (r > HEADER_ROW && typeof row[0]?.v === 'string') out.set(row[0].v, row);
  });
  return out;
}

function fillIndicators(
  sheet: SheetSpec,
  plan: Plan,
  info: PeriodInfo,
  entries: Record<string, IndicatorEntry>,
): void {
  const col = columnIndexes(indicatorColumns(plan.year));
  const rows = rowsById(sheet);
  for (const ind of plan.indicators) {
    const row = rows.get(ind.id);
    if (!row) continue;
    const entry = entries[ind.id] ?? {};
    const type = (key: IndicatorColumn, value: CellScalar | undefined) => {
      const cell = row[col[key]];
      if (cell && value !== undefined) cell.v = value;
    };
    for (const key of ['actual', 'yearEstimate', 'notes', 'target'] as const) {
      if (!(ind.formula && key === 'actual')) type(key, entry[key]);
    }
    ind.inputs.forEach((input, i) => {
      const cell = rows.get(inputRowId(ind.id, i))?.[col.actual];
      const value = entry.inputs?.[input.id];
      if (cell && value !== undefined) cell.v = value;
    });
    recalculate(row, col, info, ind, entry);
  }
}

/**
 * What Excel computes for the row's formulas: the verdict model on the numbers as typed (the formulas only see
 * numbers — text is not one, a slip is judged as typed — and read the target cell, tampered or not).
 */
function recalculate(
  row: (CellSpec | null)[],
  col: Record<IndicatorColumn, number>,
  info: PeriodInfo,
  ind: Indicator,
  entry: IndicatorEntry,
): void {
  const set = (key: IndicatorColumn, v: CellScalar) => {
    const cell = row[col[key]];
    if (cell) cell.v = v;
  };
  const { actual, progress, forecast, target } = typedVerdicts(ind, info, entry);
  if (ind.formula) set('actual', actual ?? '');
  const shown = (status: string, words: Record<string, string>) =>
    status in SHOWN ? (words[status] ?? '') : '';
  set('progress', shown(progress.status, PROGRESS_TEXT));
  set('percentOfAnnual', actual === null || target === 0 ? '' : (percentOf(actual, target) ?? ''));
  set('forecast', shown(forecast.status, FORECAST_TEXT));
}

/**
 * The verdicts of what the agency typed, as the sheet's formulas judge them: on the numbers as typed, against the
 * target cell (tampered or not), without history. Also what the demo's agencies explain their notes by.
 */
export function typedVerdicts(ind: Indicator, info: PeriodInfo, entry: IndicatorEntry) {
  let actual = num(entry.actual);
  if (ind.formula) {
    const inputs: Record<string, number | null> = {};
    for (const input of ind.inputs) inputs[input.id] = num(entry.inputs?.[input.id]);
    actual = deriveValue(ind.formula, inputs);
  }
  const asShown = { ...ind, target: num(entry.target) ?? ind.target };
  const reading = (v: number | null): Reading =>
    v === null ? { state: 'missing' } : { state: 'ok', value: v };
  const progress = judgeProgress({ indicator: asShown, window: info, actual: reading(actual) });
  const forecast = judgeForecast({
    indicator: asShown,
    actual: reading(actual),
    yearEstimate: reading(num(entry.yearEstimate)),
  });
  return { actual, progress, forecast, target: asShown.target };
}

/** The verdicts a sheet's formula writes words for (the others leave the cell blank). */
const SHOWN: Record<string, true> = { met: true, near: true, missed: true, notDue: true };

function fillTasks(sheet: SheetSpec, info: PeriodInfo, entries: Record<string, TaskEntry>): void {
  const col = columnIndexes(taskColumns());
  for (const [id, row] of rowsById(sheet)) {
    const entry = entries[id] ?? {};
    for (const key of ['status', 'percent', 'results', 'proposals'] as const) {
      const cell = row[col[key as TaskColumn]];
      if (cell && entry[key] !== undefined) cell.v = entry[key];
    }
    const completed = row[col.completedOn];
    if (completed && entry.completedOn) completed.v = isoToSerial(entry.completedOn);
    const deadline = row[col.deadline]?.v;
    const overdue =
      typeof deadline === 'number' && deadline < isoToSerial(info.windowEnd) && entry.status !== TASK_DONE;
    const warning = row[col.warning];
    if (warning) warning.v = overdue ? OVERDUE_TEXT : '';
  }
}
