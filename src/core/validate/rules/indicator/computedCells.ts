/** Rule: the template's own formulas on an indicator's row are intact, and the status they show is the right one. */
import { issue, type Issue } from '../../../issues/issue';
import { STATUS_TEXT } from '../../../template/model';
import type { IndicatorRow } from '../../indicators/row';
import { computedState } from '../../values';
import type { Rule } from '../rule';

/** The computed columns of an indicator's row (the actual of a derived indicator is the derived rule's). */
export const COMPUTED_COLUMNS = ['judged', 'percent', 'status'] as const;

/** Judged value, % of checkpoint and status keep their formulas; a status shown differs from core's → warning. */
export const computedCells: Rule<IndicatorRow> = {
  summary:
    'The template’s computed cells (value judged, % of checkpoint, status) keep their formulas, and the status shown is the one core computes.',
  codes: ['COMPUTED_OVERWRITTEN', 'STATUS_MISMATCH'],
  check(row) {
    const issues: Issue[] = [];
    for (const key of COMPUTED_COLUMNS) {
      if (!row.has(key)) continue;
      const state = computedState(row.cell(key));
      if (state.kind === 'overwritten')
        issues.push(issue('COMPUTED_OVERWRITTEN', { ...row.at(key), found: state.found }));
    }
    const shown = row.cell('status');
    const status = row.judged.status;
    if (status !== 'met' && status !== 'near' && status !== 'missed') return issues;
    if (shown?.t === 's' && shown.v.trim() !== '' && shown.v.trim() !== STATUS_TEXT[status]) {
      const expected = STATUS_TEXT[status];
      issues.push(issue('STATUS_MISMATCH', { ...row.at('status'), found: shown.v.trim(), expected }));
    }
    return issues;
  },
};
