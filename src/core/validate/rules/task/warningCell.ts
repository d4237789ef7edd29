/** Rule: the tasks sheet's "Cảnh báo" formula is intact. */
import { issue } from '../../../issues/issue';
import type { TaskRow } from '../../tasks/row';
import { computedState } from '../../values';
import type { Rule } from '../rule';

/** A warning cell overwritten with a constant (or cleared) is reported; core decides "overdue" itself anyway. */
export const taskWarningCell: Rule<TaskRow> = {
  summary:
    'The overdue warning cell keeps its formula (core judges overdue itself; a typed-over cell is reported).',
  codes: ['COMPUTED_OVERWRITTEN'],
  check(row) {
    if (!row.has('warning')) return [];
    const state = computedState(row.cell('warning'));
    return state.kind === 'overwritten'
      ? [issue('COMPUTED_OVERWRITTEN', { ...row.at('warning'), found: state.found })]
      : [];
  },
};
