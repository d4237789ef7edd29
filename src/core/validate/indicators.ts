/** Validating the indicators sheet: ids, fixed values, inputs, recomputation and status of every indicator. */
import { applicableCheckpoint, type PeriodInfo } from '../plan/period';
import type { Indicator, Plan } from '../plan/schema';
import { cellAddress, parseRange, rangeAddress, type CellRange } from '../sheet/a1';
import { cellText, isBlank } from '../snapshot/cells';
import type { SnapshotCell } from '../snapshot/types';
import { indicatorColumns, normaliseHeader, STATUS_TEXT, type IndicatorColumn } from '../template/model';
import type { IssuedIndicator } from '../stamps/template';
import { indicatorRange } from '../plan/indicator';
import { issue, type Issue } from '../issues/issue';
import { deriveValue } from '../plan/formulas';
import { indexRows, type LocatedSheet, type RowAccount } from './grid';
import { judge } from './judge';
import type { Completeness, IndicatorResult } from './types';
import { checkFixedNumber, computedState, readNumber, readText, type CellRef } from './values';

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

/** Everything validating the indicators sheet produced. */
export interface IndicatorsOutcome {
  results: IndicatorResult[];
  issues: Issue[];
  accounts: RowAccount[];
  completeness: Completeness;
}

/** Validates the indicators sheet against the plan (and the targets as issued, to tell tampering from plan change). */
export function validateIndicators(
  plan: Plan,
  info: PeriodInfo,
  expected: Indicator[],
  issued: ReadonlyMap<string, IssuedIndicator>,
  located: LocatedSheet<IndicatorColumn>,
): IndicatorsOutcome {
  const name = located.sheet.name;
  const issues: Issue[] = [];
  const defs = indicatorColumns(plan.year);
  const missingCols = REQUIRED.filter((k) => located.col[k] === undefined);
  if (missingCols.length) {
    for (const k of missingCols) {
      issues.push(
        issue('COLUMN_MISSING', { sheet: name, expected: defs.find((d) => d.key === k)?.header ?? k }),
      );
    }
    return { results: [], issues, accounts: [], completeness: { sheet: name, required: 0, filled: 0 } };
  }
  const col = located.col as Record<IndicatorColumn, number> & Partial<Record<IndicatorColumn, number>>;
  const inputCols = (['input1', 'input2', 'actual', 'yearEstimate', 'notes'] as const)
    .map((k) => located.col[k])
    .filter((c): c is number => c !== undefined);
  const index = indexRows(
    located as LocatedSheet<string>,
    col.id,
    expected.map((i) => i.id),
    inputCols,
  );
  issues.push(...index.issues);

  const results: IndicatorResult[] = [];
  let required = 0;
  let filled = 0;
  const notRecalculated: string[] = [];
  const inputCells: { range: CellRange; subject: string }[] = [];
  for (const ind of expected) {
    const r = index.rowOf.get(ind.id);
    if (r === undefined) {
      required += ind.formula ? ind.inputs.length : 1;
      continue;
    }
    const row = located.sheet.rows[r] ?? [];
    const get = (key: IndicatorColumn): SnapshotCell | null => {
      const c = located.col[key];
      return c === undefined ? null : (row[c] ?? null);
    };
    const ref = (key: IndicatorColumn): CellRef => ({
      sheet: name,
      cell: cellAddress(r, col[key]),
      subject: ind.id,
    });
    const checkpoint = applicableCheckpoint(plan, ind, info.windowEnd);
    const issuedInd = issued.get(ind.id);

    // Fixed values: compare with what was issued (or the plan); judge with the plan's values.
    const fixed: [IndicatorColumn, number][] = [
      ['target', issuedInd?.target ?? ind.target],
      ['tolerance', issuedInd?.tolerance ?? ind.tolerance],
      ['checkpoint', issuedInd?.checkpoint ?? checkpoint.value],
    ];
    for (const [key, value] of fixed) {
      const tampered = checkFixedNumber(get(key), value, ref(key));
      if (tampered) issues.push(tampered);
    }
    if (located.col.name !== undefined) {
      const shown = cellText(get('name'));
      const original = ind.note ? `${ind.name}\n(${ind.note})` : ind.name;
      if (normaliseHeader(shown) !== normaliseHeader(original)) {
        issues.push(issue('LOCKED_TEXT_CHANGED', { ...ref('name'), found: shown, expected: original }));
      }
    }

    // Inputs.
    const range = indicatorRange(ind);
    const percentUnit = ind.measure === 'percent';
    const percentOf = percentUnit ? checkpoint.value || ind.target : undefined;
    const inputs: Record<string, number | null> = {};
    const inputAddr: Record<string, string> = {};
    let actual: number | null;
    const requiredKeys: IndicatorColumn[] = [];
    if (ind.formula) {
      ind.inputs.forEach((input, i) => {
        const key: IndicatorColumn = i === 0 ? 'input1' : 'input2';
        const read = readNumber(get(key), ref(key), {
          min: input.min ?? 0,
          max: input.max,
          integer: input.integer,
          percentUnit: input.unit === '%',
        });
        issues.push(...read.issues);
        inputs[input.id] = read.value;
        inputAddr[input.id] = ref(key).cell;
        requiredKeys.push(key);
        if (read.value === null && !read.invalid)
          issues.push(issue('INPUT_MISSING', { ...ref(key), expected: input.name }));
      });
      actual = deriveValue(ind.formula, inputs);
      if (actual !== null && (actual < range.min || actual > range.max)) {
        // Named at the cells the agency typed, not at the formula cell.
        const [input1 = '', input2 = ''] = Object.values(inputAddr);
        issues.push(
          issue('DERIVED_OUT_OF_RANGE', {
            ...ref('input1'),
            found: actual,
            params: { input1, input2, min: range.min, max: range.max },
          }),
        );
      }
      issues.push(...checkDerivedCell(get('actual'), actual, ref('actual'), notRecalculated));
    } else {
      const read = readNumber(get('actual'), ref('actual'), {
        ...range,
        percentUnit,
        ...(percentOf !== undefined ? { percentOf } : {}),
      });
      issues.push(...read.issues);
      actual = read.value;
      requiredKeys.push('actual');
      if (read.value === null && !read.invalid) {
        issues.push(
          issue('INPUT_MISSING', {
            ...ref('actual'),
            expected: defs.find((d) => d.key === 'actual')?.header ?? '',
          }),
        );
      }
    }
    required += requiredKeys.length;
    filled += requiredKeys.filter((k) => !isBlank(get(k))).length;
    for (const key of [...requiredKeys, 'yearEstimate' as const]) {
      inputCells.push({ range: { top: r, bottom: r, left: col[key], right: col[key] }, subject: ind.id });
    }

    const estimateRead = readNumber(get('yearEstimate'), ref('yearEstimate'), {
      ...range,
      percentUnit,
      ...(ind.measure === 'percent' ? { percentOf: ind.target } : {}),
    });
    issues.push(...estimateRead.issues);
    const yearEstimate = estimateRead.value;
    const notes = readText(get('notes'), ref('notes'));
    issues.push(...notes.issues);

    // Judge: the actual against a milestone; the year estimate (else the actual) against the annual target.
    const basis = checkpoint.annual && yearEstimate !== null ? 'yearEstimate' : 'actual';
    const judged = basis === 'yearEstimate' ? yearEstimate : actual;
    const hasInvalid = issues.some(
      (i) =>
        i.subject === ind.id &&
        i.severity === 'error' &&
        i.code !== 'TARGET_TAMPERED' &&
        i.code !== 'INPUT_MISSING',
    );
    const derivedNa =
      ind.formula !== undefined && actual === null && Object.values(inputs).every((v) => v !== null);
    const judgement = judged === null ? null : judge(judged, checkpoint.value, ind.direction, ind.tolerance);
    const status: IndicatorResult['status'] = judgement
      ? judgement.status
      : derivedNa
        ? 'notApplicable'
        : hasInvalid
          ? 'invalid'
          : 'missing';

    for (const key of ['judged', 'percent', 'status'] as const) {
      if (located.col[key] === undefined) continue;
      issues.push(...checkComputedCell(get(key), ref(key), notRecalculated));
    }
    const shownStatus = get('status');
    if (
      judgement &&
      shownStatus?.t === 's' &&
      shownStatus.v.trim() !== '' &&
      shownStatus.v.trim() !== STATUS_TEXT[judgement.status]
    ) {
      issues.push(
        issue('STATUS_MISMATCH', {
          ...ref('status'),
          found: shownStatus.v.trim(),
          expected: STATUS_TEXT[judgement.status],
        }),
      );
    }

    results.push({
      indicatorId: ind.id,
      sheet: name,
      row: r + 1,
      cells: {
        ...(ind.formula ? {} : { actual: ref('actual').cell }),
        yearEstimate: ref('yearEstimate').cell,
        inputs: inputAddr,
      },
      inputs,
      actual,
      yearEstimate,
      judged,
      basis,
      checkpoint,
      status,
      gap: judgement?.gap ?? null,
      percentOfCheckpoint: judgement?.percentOfCheckpoint ?? null,
      notes: notes.value,
    });
  }
  if (notRecalculated.length) {
    issues.push(
      issue('COMPUTED_NOT_RECALCULATED', {
        sheet: name,
        cell: notRecalculated[0],
        subject: name,
        params: { count: notRecalculated.length },
      }),
    );
  }
  issues.push(...mergesOverInputs(located.sheet.merges, inputCells, name));
  return { results, issues, accounts: index.accounts, completeness: { sheet: name, required, filled } };
}

/** A derived indicator's sheet cell vs the recomputed value. */
function checkDerivedCell(
  cell: SnapshotCell | null,
  recomputed: number | null,
  at: CellRef,
  notRecalculated: string[],
): Issue[] {
  const state = computedState(cell);
  if (state.kind === 'notRecalculated') {
    notRecalculated.push(at.cell);
    return [];
  }
  if (state.kind === 'overwritten') {
    return state.found === '' && recomputed === null
      ? []
      : [issue('COMPUTED_OVERWRITTEN', { ...at, found: state.found })];
  }
  const shown = state.cell;
  if (shown.t === 'e') return recomputed === null ? [] : [issue('FORMULA_ERROR', { ...at, found: shown.v })];
  if (
    shown.t === 'n' &&
    recomputed !== null &&
    Math.abs(shown.v - recomputed) > 1e-6 * Math.max(1, Math.abs(recomputed))
  ) {
    return [issue('DERIVED_MISMATCH', { ...at, found: shown.v, expected: recomputed })];
  }
  return [];
}

function checkComputedCell(cell: SnapshotCell | null, at: CellRef, notRecalculated: string[]): Issue[] {
  const state = computedState(cell);
  if (state.kind === 'notRecalculated') notRecalculated.push(at.cell);
  if (state.kind === 'overwritten') return [issue('COMPUTED_OVERWRITTEN', { ...at, found: state.found })];
  return [];
}

/** A merged range over input cells hides every covered cell's value but the first. */
export function mergesOverInputs(
  merges: readonly string[],
  inputs: { range: CellRange; subject: string }[],
  sheet: string,
): Issue[] {
  const out: Issue[] = [];
  for (const ref of merges) {
    const m = parseRange(ref);
    if (!m) continue;
    const hit = inputs.find(
      ({ range }) =>
        range.left <= m.right && range.right >= m.left && range.top <= m.bottom && range.bottom >= m.top,
    );
    if (hit) out.push(issue('MERGE_OVER_INPUT', { sheet, cell: rangeAddress(m), subject: hit.subject }));
  }
  return out;
}
