/** Task classification as the Government Office tracks tasks — docs/verdicts.md, rows T1–T14. */

/** The official classes, plus "done, date unknown" when a completion date is needed and not given. */
export type TaskClass = 'doneOnTime' | 'doneLate' | 'doneUndated' | 'inProgress' | 'overdue';

/** The province's class of a task: a class, or no lead agency reported. */
export type ProvinceTaskClass = TaskClass | 'missing';

/** What classifying one agency's row needs. */
export interface TaskClassInput {
  /** The agency reported the task done (Hoàn thành). */
  done: boolean;
  /** ISO date the agency says it was completed, or null. */
  completedOn: string | null;
  /** The task's final deadline (ISO), or null for an ongoing task. */
  deadline: string | null;
  /** End of the period's data window: the date the figures are "as of". */
  windowEnd: string;
}

/**
 * Done: on time when completed by the deadline (or when the deadline is still ahead), late when after it, undated
 * when the deadline has passed and no completion date was given. Not done: overdue once the deadline is before the
 * window's end, else still within its deadline.
 */
export function classifyTask(input: TaskClassInput): TaskClass {
  const { done, completedOn, deadline, windowEnd } = input;
  if (!done) return deadline !== null && deadline < windowEnd ? 'overdue' : 'inProgress';
  if (deadline === null) return 'doneOnTime';
  if (completedOn !== null) return completedOn <= deadline ? 'doneOnTime' : 'doneLate';
  return deadline >= windowEnd ? 'doneOnTime' : 'doneUndated';
}

/** Order of precedence when the lead agencies' classes differ: the least favourable decides. */
const WORST_FIRST: readonly TaskClass[] = ['overdue', 'inProgress', 'doneUndated', 'doneLate', 'doneOnTime'];

/** One class per task for the province, from its lead agencies' rows only ('missing' when none reported). */
export function provinceTaskClass(leadClasses: readonly TaskClass[]): ProvinceTaskClass {
  return WORST_FIRST.find((c) => leadClasses.includes(c)) ?? 'missing';
}
