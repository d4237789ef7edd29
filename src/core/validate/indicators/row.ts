/** One indicator's row as read: every value with whether it was usable, and the issues reading them raised. */
import { deriveValue } from '../../plan/formulas';
import { indicatorRange } from '../../plan/indicator';
import { applicableCheckpoint, type Checkpoint, type PeriodInfo } from '../../plan/period';
import type { Indicator, Plan } from '../../plan/schema';
import { cellAddress } from '../../sheet/a1';
import type { SnapshotCell } from '../../snapshot/types';
import type { IssuedIndicator } from '../../stamps/template';
import type { IndicatorColumn } from '../../template/model';
import type { Issue } from '../../issues/issue';
import type { LocatedSheet } from '../grid';
import { indicatorStatus, type Judged } from '../status';
import type { IndicatorReadings, Reading } from '../types';
import { numberReading, readNumber, readText, type CellRef } from '../values';

/** The indicators sheet being validated: the plan, the period, where its columns are, the targets as issued. */
export interface IndicatorsSheet {
  plan: Plan;
  info: PeriodInfo;
  located: LocatedSheet<IndicatorColumn>;
  issued: ReadonlyMap<string, IssuedIndicator>;
  /** Ids on more than one row (the first is read). */
  duplicated: ReadonlySet<string>;
  /** The template's header of each column. */
  headers: ReadonlyMap<IndicatorColumn, string>;
}

/** One indicator's row, read. */
export interface IndicatorRow {
  indicator: Indicator;
  sheet: string;
  /** Zero-based row in the sheet. */
  row: number;
  /** Whether the sheet has the column. */
  has(key: IndicatorColumn): boolean;
  /** The cell of a column on this row (null when the column or the cell is absent). */
  cell(key: IndicatorColumn): SnapshotCell | null;
  /** Where a column's cell is on this row, for issues (the column must be there). */
  at(key: IndicatorColumn): CellRef;
  /** The zero-based column of a key (the column must be there). */
  column(key: IndicatorColumn): number;
  /** The column's header, as the template writes it. */
  header(key: IndicatorColumn): string;
  checkpoint: Checkpoint;
  issued: IssuedIndicator | undefined;
  /** The columns the agency must fill on this row: the inputs of a derived indicator, else the actual. */
  required: IndicatorColumn[];
  /** Each input's cell by input id (derived indicators). */
  inputCells: Record<string, string>;
  readings: IndicatorReadings;
  /** What reading the values raised (the inputs rule reports these). */
  readIssues: Issue[];
  /** The status and value judged, from the readings. */
  judged: Judged;
}

/** The input columns of a derived indicator's inputs, in order (the template has two). */
const INPUT_COLUMNS = ['input1', 'input2'] as const;

/** Reads the row `r` of indicator `ind`. */
export function readIndicatorRow(sheet: IndicatorsSheet, ind: Indicator, r: number): IndicatorRow {
  const { located } = sheet;
  const cells = located.sheet.rows[r] ?? [];
  const name = located.sheet.name;
  const has = (key: IndicatorColumn) => located.col[key] !== undefined;
  const cell = (key: IndicatorColumn) => {
    const c = located.col[key];
    return c === undefined ? null : (cells[c] ?? null);
  };
  const at = (key: IndicatorColumn): CellRef => ({
    sheet: name,
    cell: cellAddress(r, located.col[key] ?? 0),
    subject: ind.id,
  });
  const checkpoint = applicableCheckpoint(sheet.plan, ind, sheet.info.windowEnd);
  const read = readValues(ind, checkpoint, cell, at);
  const readings: IndicatorReadings = { ...read.readings, duplicated: sheet.duplicated.has(ind.id) };
  const derived = ind.formula !== undefined;
  const judged = indicatorStatus(readings, {
    checkpoint,
    direction: ind.direction,
    tolerance: ind.tolerance,
    derived,
  });
  return {
    indicator: ind,
    sheet: name,
    row: r,
    has,
    cell,
    at,
    column: (key) => located.col[key] ?? 0,
    header: (key) => sheet.headers.get(key) ?? key,
    checkpoint,
    issued: sheet.issued.get(ind.id),
    required: derived ? ind.inputs.map((_, i) => INPUT_COLUMNS[i] ?? 'input2') : ['actual'],
    inputCells: Object.fromEntries(
      ind.inputs.map((input, i) => [input.id, at(INPUT_COLUMNS[i] ?? 'input2').cell]),
    ),
    readings,
    readIssues: read.issues,
    judged,
  };
}

/** Reads the inputs (or the typed actual), the year estimate and the notes. */
function readValues(
  ind: Indicator,
  checkpoint: Checkpoint,
  cell: (key: IndicatorColumn) => SnapshotCell | null,
  at: (key: IndicatorColumn) => CellRef,
): { readings: Omit<IndicatorReadings, 'duplicated'>; issues: Issue[] } {
  const issues: Issue[] = [];
  const range = indicatorRange(ind);
  const percentUnit = ind.measure === 'percent';
  const inputs: Record<string, Reading<number>> = {};
  let actual: Reading<number>;
  if (ind.formula) {
    ind.inputs.forEach((input, i) => {
      const key = INPUT_COLUMNS[i] ?? 'input2';
      const rule = {
        min: input.min ?? 0,
        max: input.max,
        integer: input.integer,
        percentUnit: input.unit === '%',
      };
      const value = readNumber(cell(key), at(key), rule);
      issues.push(...value.issues);
      inputs[input.id] = numberReading(value);
    });
    actual = derivedReading(ind, inputs);
  } else {
    const percentOf = percentUnit ? checkpoint.value || ind.target : undefined;
    const rule = { ...range, percentUnit, ...(percentOf !== undefined ? { percentOf } : {}) };
    const value = readNumber(cell('actual'), at('actual'), rule);
    issues.push(...value.issues);
    actual = numberReading(value);
  }
  const estimateRule = { ...range, percentUnit, ...(percentUnit ? { percentOf: ind.target } : {}) };
  const estimate = readNumber(cell('yearEstimate'), at('yearEstimate'), estimateRule);
  issues.push(...estimate.issues);
  const notes = cell('notes') === null ? null : readText(cell('notes'), at('notes'));
  issues.push(...(notes?.issues ?? []));
  return {
    readings: {
      inputs,
      actual,
      yearEstimate: numberReading(estimate),
      notes: notes?.reading ?? { state: 'missing', value: null },
    },
    issues,
  };
}

/** A derived indicator's actual: recomputed from its inputs (never taken from the sheet's formula result). */
function derivedReading(ind: Indicator, inputs: Record<string, Reading<number>>): Reading<number> {
  const value = ind.formula
    ? deriveValue(ind.formula, Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, v.value])))
    : null;
  if (value !== null) return { state: 'ok', value };
  const states = Object.values(inputs).map((i) => i.state);
  return { state: states.includes('invalid') ? 'invalid' : 'missing', value: null };
}
