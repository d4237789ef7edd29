/** Rule: a derived indicator is recomputed from its inputs, and the sheet's formula cell agrees with it. */
import { issue, type Issue } from '../../../issues/issue';
import type { IndicatorRow } from '../../indicators/row';
import { computedState } from '../../values';
import { indicatorRange } from '../../../plan/indicator';
import type { Rule } from '../rule';

/** The recomputed value in the indicator's range; the formula cell intact, not an error, and showing the same value. */
export const derived: Rule<IndicatorRow> = {
  summary:
    'A derived indicator is recomputed in core from its inputs (the sheet’s result is never trusted); the result must be in range and the formula cell must agree.',
  codes: ['DERIVED_OUT_OF_RANGE', 'COMPUTED_OVERWRITTEN', 'FORMULA_ERROR', 'DERIVED_MISMATCH'],
  check(row) {
    if (!row.indicator.formula) return [];
    const recomputed = row.readings.actual.value;
    const issues: Issue[] = [];
    const range = indicatorRange(row.indicator);
    if (recomputed !== null && (recomputed < range.min || recomputed > range.max)) {
      // Named at the cells the agency typed (each input the plan lists), not at the formula cell.
      const cells = Object.values(row.inputCells);
      const params = { cells: cells.join(', '), min: range.min, max: range.max };
      const first = row.required.find((q) => q.input && !q.missingCell)?.at ?? row.at('actual');
      issues.push(issue('DERIVED_OUT_OF_RANGE', { ...first, found: recomputed, params }));
    }
    return [...issues, ...formulaCell(row, recomputed)];
  },
};

/** The sheet's formula cell against the recomputed value (a cell never recalculated is the computed-cells rule's). */
function formulaCell(row: IndicatorRow, recomputed: number | null): Issue[] {
  const at = row.at('actual');
  const state = computedState(row.cell('actual'));
  if (state.kind === 'notRecalculated') return [];
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
