/** The rules every task's row is checked against, in order: add a rule here (with its tests) to add a check. */
import type { TaskRow } from '../../tasks/row';
import type { Rule } from '../rule';
import { taskConsistency } from './consistency';
import { taskDeadline } from './deadline';
import { taskInputs } from './inputs';
import { taskWarningCell } from './warningCell';

/** Names of the row rules of the tasks sheet. */
export type TaskRuleId = 'taskInputs' | 'taskConsistency' | 'taskDeadline' | 'taskWarningCell';

/** The row rules of the tasks sheet. */
export const TASK_RULES = { taskInputs, taskConsistency, taskDeadline, taskWarningCell } satisfies Record<
  TaskRuleId,
  Rule<TaskRow>
>;
