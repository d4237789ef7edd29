/** Validating the indicators sheet: its columns and rows, then every indicator's row against the row rules. */
import type { PeriodInfo } from '../plan/period';
import type { Indicator, Plan } from '../plan/schema';
import type { CellRange } from '../sheet/a1';
import { isBlank } from '../snapshot/cells';
import type { IssuedIndicator } from '../stamps/template';
import { indicatorColumns, type IndicatorColumn } from '../template/model';
import type { Issue } from '../issues/issue';
import { indexRows, type LocatedSheet } from './grid';
import { readIndicatorRow, type IndicatorRow, type IndicatorsSheet } from './indicators/row';
import { INDICATOR_RULES } from './rules/indicator';
import { notRecalculated } from './rules/indicator/notRecalculated';
import { mergesOverInputs } from './rules/merges';
import { missingColumns, type SheetOutcome } from './rules/structure';
import type { IndicatorResult } from './types';

/** Columns the validator cannot work without. */
const REQUIRED: IndicatorColumn[] = [
  'id',
  'target',
  'tolerance',
  'checkpoint',
  'input1',
  'input2',
  'actual',
  'yearEstimate',
];

/** The columns an agency types into (a row with any of them filled but no id is reported). */
const DATA_COLUMNS = ['input1', 'input2', 'actual', 'yearEstimate', 'notes'] as const;

/** Validates the indicators sheet against the plan (and the targets as issued, to tell tampering from plan change). */
export function validateIndicators(
  plan: Plan,
  info: PeriodInfo,
  expected: Indicator[],
  issued: ReadonlyMap<string, IssuedIndicator>,
  located: LocatedSheet<IndicatorColumn>,
): SheetOutcome<IndicatorResult> {
  const name = located.sheet.name;
  const defs = indicatorColumns(plan.year);
  const missing = missingColumns(located, REQUIRED, defs);
  if (missing) return missing;
  const dataCols = DATA_COLUMNS.flatMap((k) => located.col[k] ?? []);
  const index = indexRows(
    located as LocatedSheet<string>,
    located.col.id ?? 0,
    expected.map((i) => i.id),
    dataCols,
  );
  const duplicated = new Set(
    index.issues.flatMap((i) => (i.code === 'ROW_DUPLICATE' && i.subject ? [i.subject] : [])),
  );
  const sheet: IndicatorsSheet = {
    plan,
    info,
    located,
    issued,
    duplicated,
    headers: new Map(defs.map((d) => [d.key, d.header])),
  };
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
  const filled = rows.reduce((n, row) => n + row.required.filter((k) => !isBlank(row.cell(k))).length, 0);
  return {
    results: rows.map(resultOf),
    issues,
    accounts: index.accounts,
    completeness: { sheet: name, required, filled },
  };
}

/** The cells the agency fills on a row (for merges over them). */
function inputRanges(row: IndicatorRow): { range: CellRange; subject: string }[] {
  return [...row.required, 'yearEstimate' as const].map((key) => {
    const col = row.column(key);
    return { range: { top: row.row, bottom: row.row, left: col, right: col }, subject: row.indicator.id };
  });
}

/** The result of one indicator: its values, where they came from, and its status. */
function resultOf(row: IndicatorRow): IndicatorResult {
  const { indicator: ind, readings, judged } = row;
  return {
    indicatorId: ind.id,
    sheet: row.sheet,
    row: row.row + 1,
    cells: {
      ...(ind.formula ? {} : { actual: row.at('actual').cell }),
      yearEstimate: row.at('yearEstimate').cell,
      inputs: row.inputCells,
    },
    inputs: Object.fromEntries(Object.entries(readings.inputs).map(([id, r]) => [id, r.value])),
    actual: readings.actual.value,
    yearEstimate: readings.yearEstimate.value,
    judged: judged.judged,
    basis: judged.basis,
    checkpoint: row.checkpoint,
    status: judged.status,
    gap: judged.gap,
    percentOfCheckpoint: judged.percentOfCheckpoint,
    notes: readings.notes.value ?? '',
    readings,
  };
}
