/** Resolving agency references ("*", "kind:<kind>", ids) and what each agency reports and does. */
import type { Agency, Indicator, Plan, Task } from './schema';

/**
 * Agencies a list of references selects, in plan order: "*" is every agency with the monthly reporting duty
 * (the Decision's "các sở, ban, ngành, đơn vị, địa phương"), "kind:<kind>" every agency of that kind, else an id.
 */
export function resolveAgencies(plan: Plan, refs: readonly string[]): Agency[] {
  const wanted = new Set<string>();
  for (const ref of refs) {
    if (ref === '*') plan.agencies.filter((a) => a.reportsMonthly).forEach((a) => wanted.add(a.id));
    else if (ref.startsWith('kind:'))
      plan.agencies.filter((a) => a.kind === ref.slice(5)).forEach((a) => wanted.add(a.id));
    else wanted.add(ref);
  }
  return plan.agencies.filter((a) => wanted.has(a.id));
}

/** The agency with this id, or undefined. */
export function findAgency(plan: Plan, id: string): Agency | undefined {
  return plan.agencies.find((a) => a.id === id);
}

/** Indicators an agency reports (its rows in the indicators sheet), in plan order. */
export function indicatorsReportedBy(plan: Plan, agencyId: string): Indicator[] {
  return plan.indicators.filter((i) => resolveAgencies(plan, i.reporters).some((a) => a.id === agencyId));
}

/** An agency's role in a task. */
export type TaskRole = 'lead' | 'collaborator';

/** Tasks an agency leads or shares, with its role, in plan order. */
export function tasksOf(plan: Plan, agencyId: string): { task: Task; role: TaskRole }[] {
  const out: { task: Task; role: TaskRole }[] = [];
  for (const task of plan.tasks) {
    if (resolveAgencies(plan, task.lead).some((a) => a.id === agencyId)) out.push({ task, role: 'lead' });
    else if (resolveAgencies(plan, task.collaborators).some((a) => a.id === agencyId))
      out.push({ task, role: 'collaborator' });
  }
  return out;
}

/** Agencies expected to send the monthly report (the consolidation's submission list). */
export function expectedAgencies(plan: Plan): Agency[] {
  return plan.agencies.filter((a) => a.reportsMonthly);
}

/** Names of a task's lead agencies, joined for display ("Các sở, ban, ngành, đơn vị, địa phương" for "*"). */
export function leadNames(plan: Plan, task: Task): string {
  if (task.lead.includes('*')) return 'Các sở, ban, ngành, đơn vị, địa phương';
  return resolveAgencies(plan, task.lead)
    .map((a) => a.name)
    .join('; ');
}
