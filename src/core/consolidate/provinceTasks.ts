/** One class per task for the province, from its lead agencies' rows (docs/verdicts.md, rows T9–T14). */
import { finalDeadline, type PeriodInfo } from '../plan/period';
import { resolveAgencies } from '../plan/resolve';
import type { Plan } from '../plan/schema';
import { provinceTaskClass, type ProvinceTaskClass, type TaskClass } from '../verdict';
import type { AgencyTask, ProvinceTask } from './types';

/** Every task of the plan with its province class; collaborators' rows never decide it; leads in force for the period. */
export function provinceTasks(plan: Plan, info: PeriodInfo, tasks: readonly AgencyTask[]): ProvinceTask[] {
  return plan.tasks.map((task) => {
    const leadRows = tasks.filter((t) => t.taskId === task.id && t.role === 'lead');
    const classes = leadRows.flatMap((t): TaskClass[] => (t.class === null ? [] : [t.class]));
    return {
      taskId: task.id,
      class: provinceTaskClass(classes),
      leadsReporting: new Set(leadRows.filter((t) => t.class !== null).map((t) => t.agencyId)).size,
      leads: resolveAgencies(plan, task.lead, info).length,
      deadline: finalDeadline(task),
    };
  });
}

/** How many tasks are in each class. */
export function countTaskClasses(tasks: readonly ProvinceTask[]): Record<ProvinceTaskClass, number> {
  const counts: Record<ProvinceTaskClass, number> = {
    doneOnTime: 0,
    doneLate: 0,
    doneUndated: 0,
    inProgress: 0,
    overdue: 0,
    missing: 0,
  };
  for (const t of tasks) counts[t.class] += 1;
  return counts;
}
