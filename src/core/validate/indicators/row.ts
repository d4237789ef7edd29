/** One indicator's row as read: every value with whether it was usable, and the issues reading them raised. */
import { deriveValue } from '../../plan/formulas';
import { indicatorRange } from '../../plan/indicator';
import type { PeriodInfo } from '../../plan/period';
import type { Indicator, IndicatorInput, Milestone, Plan } from '../../plan/schema';
import { cellAddress } from '../../sheet/a1';
import type { SnapshotCell } from '../../snapshot/types';
import type { IssuedIndicator } from '../../stamps/template';
import type { IndicatorColumn } from '../../template/model';
import type { Issue } from '../../issues/issue';
import type { LocatedSheet } from '../grid';
import { indicatorVerdicts, type Verdicts } from '../status';
import { shownMilestone } from '../../verdict/formulas';
import { checkPlausibility } from './plausibility';
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
  /**
   * Where input `index` (the plan's order) of a derived indicator on row `row` is: on a row of its own under it
   * (layout 3), in a column of the indicator's row (layouts 1 and 2); null when the sheet has no such cell.
   */
  inputPlace(ind: Indicator, index: number, row: number): { row: number; col: number } | null;
}

/** A value the agency must type for an indicator: its actual, or one input of a derived indicator. */
export interface RequiredCell {
  /** The input it holds (absent: the actual). */
  input?: IndicatorInput;
  /** Zero-based row and column (meaningless when `missingCell`). */
  row: number;
  col: number;
  at: CellRef;
  cell: SnapshotCell | null;
  /** The sheet has no cell for it (the input's row is gone): nothing can be typed there. */
  missingCell: boolean;
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
  /** The milestone the template shows for the period (due, or for a running total the latest passed), if any. */
  milestone: Milestone | null;
  issued: IssuedIndicator | undefined;
  /** What the agency must fill: the inputs of a derived indicator (in the plan's order), else the actual. */
  required: RequiredCell[];
  /** Each input's cell by input id (derived indicators). */
  inputCells: Record<string, string>;
  readings: IndicatorReadings;
  /** What reading the values raised (the inputs rule reports these). */
  readIssues: Issue[];
  /** Slips the plausibility rules stopped: each turned its value invalid (the plausibility rule reports these). */
  slipIssues: Issue[];
  /** Progress to date and the forecast, judged from the readings (without history). */
  verdicts: Verdicts;
}

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
  const required = requiredCells(sheet, ind, r, at('actual'), cell('actual'));
  const milestone = shownMilestone(ind, sheet.info);
  const read = readValues(ind, milestone?.value ?? ind.target, required, cell, at);
  const slips = checkPlausibility(ind, sheet.info, read.readings, at);
  const readings: IndicatorReadings = { ...slips.readings, duplicated: sheet.duplicated.has(ind.id) };
  return {
    indicator: ind,
    sheet: name,
    row: r,
    has,
    cell,
    at,
    column: (key) => located.col[key] ?? 0,
    header: (key) => sheet.headers.get(key) ?? key,
    milestone,
    issued: sheet.issued.get(ind.id),
    required,
    inputCells: Object.fromEntries(
      required.flatMap((q) => (q.input && !q.missingCell ? [[q.input.id, q.at.cell]] : [])),
    ),
    readings,
    // A clear slip replaces the softer "looks like a fraction" warning on the same cell.
    readIssues: read.issues.filter(
      (i) => !(i.code === 'VALUE_FRACTION_PERCENT' && slips.issues.some((x) => x.cell === i.cell)),
    ),
    slipIssues: slips.issues,
    verdicts: indicatorVerdicts(ind, sheet.info, readings),
  };
}

/** The cells an indicator's row needs typed: each input of a derived indicator where the layout puts it, else the actual. */
function requiredCells(
  sheet: IndicatorsSheet,
  ind: Indicator,
  r: number,
  actualAt: CellRef,
  actual: SnapshotCell | null,
): RequiredCell[] {
  if (!ind.formula) {
    const col = sheet.located.col.actual ?? 0;
    return [{ row: r, col, at: actualAt, cell: actual, missingCell: false }];
  }
  return ind.inputs.map((input, i) => {
    const place = sheet.inputPlace(ind, i, r);
    if (!place) return { input, row: r, col: 0, at: actualAt, cell: null, missingCell: true };
    const at = { sheet: sheet.located.sheet.name, cell: cellAddress(place.row, place.col), subject: ind.id };
    const cell = sheet.located.sheet.rows[place.row]?.[place.col] ?? null;
    return { input, row: place.row, col: place.col, at, cell, missingCell: false };
  });
}

/** Reads the inputs (or the typed actual), the year estimate and the notes. */
function readValues(
  ind: Indicator,
  reference: number,
  required: readonly RequiredCell[],
  cell: (key: IndicatorColumn) => SnapshotCell | null,
  at: (key: IndicatorColumn) => CellRef,
): { readings: Omit<IndicatorReadings, 'duplicated'>; issues: Issue[] } {
  const issues: Issue[] = [];
  const range = indicatorRange(ind);
  const percentUnit = ind.measure === 'percent';
  const inputs: Record<string, Reading<number>> = {};
  let actual: Reading<number>;
  if (ind.formula) {
    for (const q of required) {
      if (!q.input) continue;
      const rule = {
        min: q.input.min ?? 0,
        max: q.input.max,
        integer: q.input.integer,
        percentUnit: q.input.unit === '%',
      };
      const value = readNumber(q.cell, q.at, rule);
      issues.push(...value.issues);
      inputs[q.input.id] = numberReading(value);
    }
    actual = derivedReading(ind, inputs);
  } else {
    const percentOf = percentUnit ? reference || ind.target : undefined;
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
