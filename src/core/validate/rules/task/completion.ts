/** Rule: a task reported done says when (docs/verdicts.md, rows T6 and T8). */
import { issue, type Issue } from '../../../issues/issue';
import { formatDateVi } from '../../../text/dates';
import type { TaskRow } from '../../tasks/row';
import type { Rule } from '../rule';

/** Done after its deadline passed but undated → warning; a completion date after the window's end → warning. */
export const taskCompletion: Rule<TaskRow> = {
  summary:
    'A task reported done after its deadline passed gives its completion date (else on time or late cannot be told); a completion date is not after the data window’s end.',
  codes: ['TASK_COMPLETION_DATE_MISSING', 'TASK_COMPLETION_DATE_LATER'],
  check(row) {
    const issues: Issue[] = [];
    if (row.class === 'doneUndated' && row.deadline !== null && row.has('completedOn'))
      issues.push(
        issue('TASK_COMPLETION_DATE_MISSING', {
          ...row.at('completedOn'),
          expected: formatDateVi(row.deadline),
        }),
      );
    const done = row.readings.completedOn.value;
    if (done !== null && done > row.windowEnd)
      issues.push(
        issue('TASK_COMPLETION_DATE_LATER', {
          ...row.at('completedOn'),
          found: formatDateVi(done),
          expected: formatDateVi(row.windowEnd),
        }),
      );
    return issues;
  },
};
