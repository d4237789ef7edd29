/** Rule: a task's status, % done and results agree with each other. */
import { issue, type Issue } from '../../../issues/issue';
import { TASK_DONE, type TaskStatus } from '../../../template/model';
import type { TaskRow } from '../../tasks/row';
import type { Rule } from '../rule';

/** The status that says work has not begun: any progress contradicts it. */
const TASK_NOT_STARTED: TaskStatus = 'Chưa triển khai';

/** Done below 100 %, not started with progress, 100 % but not done, done without results: each a warning. */
export const taskConsistency: Rule<TaskRow> = {
  summary:
    '“Hoàn thành” needs 100 % and a result; 100 % needs “Hoàn thành”; “Chưa triển khai” means no progress.',
  codes: ['TASK_DONE_INCOMPLETE', 'TASK_NOT_STARTED_PROGRESS', 'TASK_FULL_NOT_DONE', 'TASK_RESULT_MISSING'],
  check(row) {
    const status = row.readings.status.value;
    const percent = row.readings.percent.value;
    const issues: Issue[] = [];
    if (status === TASK_DONE && percent !== null && percent < 100)
      issues.push(issue('TASK_DONE_INCOMPLETE', { ...row.at('status'), found: percent }));
    if (status === TASK_NOT_STARTED && percent !== null && percent > 0)
      issues.push(issue('TASK_NOT_STARTED_PROGRESS', { ...row.at('status'), found: percent }));
    if (percent === 100 && status !== null && status !== TASK_DONE)
      issues.push(issue('TASK_FULL_NOT_DONE', { ...row.at('percent'), found: status }));
    if (status === TASK_DONE && row.results.value === '')
      issues.push(issue('TASK_RESULT_MISSING', { ...row.at('results') }));
    return issues;
  },
};
