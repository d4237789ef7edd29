/** Validating the indicators sheet: its columns and rows, then every indicator's row against the row rules. */
import type { PeriodInfo } from '../plan/period';
import type { Indicator, Plan } from '../plan/schema';
import type { CellRange } from '../sheet/a1';
import { isBlank } from '../snapshot/cells';
import type { IssuedIndicator } from '../stamps/template';
import { indicatorColumnsOf, inputRowId, type IndicatorColumn } from '../template/model';
import type { Issue } from '../issues/issue';
import { indexRows, type LocatedSheet, type RowIndex } from './grid';
import { readIndicatorRow, type IndicatorRow, type IndicatorsSheet } from './indicators/row';
import { INDICATOR_RULES } from './rules/indicator';
import { notRecalculated } from './rules/indicator/notRecalculated';
import { mergesOverInputs } from './rules/merges';
import { missingColumns, type SheetOutcome } from './rules/structure';
import type { IndicatorResult } from './types';

/** Columns the validator cannot work without (layouts 1 and 2 also need the two input columns). */
const REQUIRED: IndicatorColumn[] = ['id', 'target', 'tolerance', 'checkpoint', 'actual', 'yearEstimate'];
const LEGACY_INPUTS: IndicatorColumn[] = ['input1', 'input2'];

/** The columns an agency types into (a row with any of them filled but no id is reported). */
const DATA_COLUMNS = ['input1', 'input2', 'actual', 'yearEstimate', 'notes'] as const;

/** The ids of the rows a layout gives the indicators: their own, and (layout 3) one per input of a derived one. */
export function indicatorRowIds(expected: readonly Indicator[], layout: number): string[] {
  return expected.flatMap((ind) => [
    ind.id,
    ...(layout >= 3 && ind.formula ? ind.inputs.map((_, i) => inputRowId(ind.id, i)) : []),
  ]);
}

/**
 * Validates the indicators sheet against the plan (and the targets as issued, to tell tampering from plan change).
 * `layout` is the stamp's: it says where a derived indicator's inputs are (docs/forms.md).
 */
export function validateIndicators(
  plan: Plan,
  info: PeriodInfo,
  expected: Indicator[],
  issued: ReadonlyMap<string, IssuedIndicator>,
  located: LocatedSheet<IndicatorColumn>,
  layout: number,
): SheetOutcome<IndicatorResult> {
  const name = located.sheet.name;
  const defs = indicatorColumnsOf(plan.year, layout);
  const missing = missingColumns(located, layout >= 3 ? REQUIRED : [...REQUIRED, ...LEGACY_INPUTS], defs);
  if (missing) return missing;
  const dataCols = DATA_COLUMNS.flatMap((k) => located.col[k] ?? []);
  const index = indexRows(
    located as LocatedSheet<string>,
    located.col.id ?? 0,
    indicatorRowIds(expected, layout),
    dataCols,
  );
  const sheet = indicatorsSheetOf(plan, info, located, issued, index, layout);
  const rows: IndicatorRow[] = [];
  let required = 0;
  for (const ind of expected) {
    const r = index.rowOf.get(ind.id);
    if (r === undefined) required += ind.formula ? ind.inputs.length : 1;
    else rows.push(readIndicatorRow(sheet, ind, r));
  }
  const issues: Issue[] = [...index.issues];
  for (const row of rows) for (const rule of Object.values(INDICATOR_RULES)) issues.push(...rule.check(row));
  issues.push(...notRecalculated.check({ sheet: name, rows }));
  issues.push(
    ...mergesOverInputs.check({
      sheet: name,
      merges: located.sheet.merges,
      inputs: rows.flatMap(inputRanges),
    }),
  );
  required += rows.reduce((n, row) => n + row.required.length, 0);
  const filled = rows.reduce((n, row) => n + row.required.filter((q) => !isBlank(q.cell)).length, 0);
  return {
    results: rows.map(resultOf),
    issues,
    accounts: index.accounts,
    completeness: { sheet: name, required, filled },
  };
}

/** What reading an indicator's row needs: the sheet, where its rows and a derived indicator's inputs are. */
export function indicatorsSheetOf(
  plan: Plan,
  info: PeriodInfo,
  located: LocatedSheet<IndicatorColumn>,
  issued: ReadonlyMap<string, IssuedIndicator>,
  index: RowIndex,
  layout: number,
): IndicatorsSheet {
  const defs = indicatorColumnsOf(plan.year, layout);
  return {
    plan,
    info,
    located,
    issued,
    duplicated: new Set(
      index.issues.flatMap((i) => (i.code === 'ROW_DUPLICATE' && i.subject ? [i.subject] : [])),
    ),
    headers: new Map(defs.map((d) => [d.key, d.header])),
    inputPlace: (ind, i, row) => {
      if (layout >= 3) {
        const own = index.rowOf.get(inputRowId(ind.id, i));
        const col = located.col.actual;
        return own === undefined || col === undefined ? null : { row: own, col };
      }
      const col = located.col[LEGACY_INPUTS[i] ?? 'input2'];
      return i < LEGACY_INPUTS.length && col !== undefined ? { row, col } : null;
    },
  };
}

/** The cells the agency fills for an indicator (for merges over them). */
function inputRanges(row: IndicatorRow): { range: CellRange; subject: string }[] {
  const estimate = { row: row.row, col: row.column('yearEstimate'), missingCell: false };
  return [...row.required, estimate].flatMap((q) =>
    q.missingCell
      ? []
      : [{ range: { top: q.row, bottom: q.row, left: q.col, right: q.col }, subject: row.indicator.id }],
  );
}

/** The result of one indicator: its usable values, where they came from, and its two verdicts. */
function resultOf(row: IndicatorRow): IndicatorResult {
  const { indicator: ind, readings, verdicts } = row;
  return {
    indicatorId: ind.id,
    sheet: row.sheet,
    row: row.row + 1,
    cells: {
      ...(ind.formula ? {} : { actual: row.at('actual').cell }),
      yearEstimate: row.at('yearEstimate').cell,
      inputs: row.inputCells,
      ...(row.has('notes') ? { notes: row.at('notes').cell } : {}),
    },
    inputs: Object.fromEntries(Object.entries(readings.inputs).map(([id, r]) => [id, r.value])),
    actual: readings.actual.value,
    yearEstimate: readings.yearEstimate.value,
    progress: verdicts.progress,
    forecast: verdicts.forecast,
    notes: readings.notes.value ?? '',
    readings,
  };
}
