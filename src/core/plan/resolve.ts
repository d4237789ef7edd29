/**
 * Resolving agency references ("*", "kind:<kind>", ids) and what each agency reports and does. Given a period, only
 * the agencies in force for it (./units: on its data window's last day) are selected: a district that ended on 30/6
 * reports nothing in July, and "kind:locality" in August means the communes and wards.
 */
import type { Agency, Indicator, Plan, Task } from './schema';
import { agenciesInForce, type RosterWindow } from './units';

/**
 * Agencies a list of references selects, in plan order: "*" is every agency with the monthly reporting duty
 * (the Decision's "các sở, ban, ngành, đơn vị, địa phương"), "kind:<kind>" every agency of that kind, else an id;
 * for a period, of the agencies in force for it.
 */
export function resolveAgencies(plan: Plan, refs: readonly string[], info?: RosterWindow): Agency[] {
  const pool = agenciesInForce(plan, info);
  const wanted = new Set<string>();
  for (const ref of refs) {
    if (ref === '*') pool.filter((a) => a.reportsMonthly).forEach((a) => wanted.add(a.id));
    else if (ref.startsWith('kind:'))
      pool.filter((a) => a.kind === ref.slice(5)).forEach((a) => wanted.add(a.id));
    else wanted.add(ref);
  }
  return pool.filter((a) => wanted.has(a.id));
}

/** The agency with this id, or undefined. */
export function findAgency(plan: Plan, id: string): Agency | undefined {
  return plan.agencies.find((a) => a.id === id);
}

/** Indicators an agency reports (its rows in the indicators sheet), in plan order; for a period, if in force then. */
export function indicatorsReportedBy(plan: Plan, agencyId: string, info?: RosterWindow): Indicator[] {
  return plan.indicators.filter((i) =>
    resolveAgencies(plan, i.reporters, info).some((a) => a.id === agencyId),
  );
}

/** An agency's role in a task. */
export type TaskRole = 'lead' | 'collaborator';

/** Tasks an agency leads or shares, with its role, in plan order; for a period, if it is in force then. */
export function tasksOf(plan: Plan, agencyId: string, info?: RosterWindow): { task: Task; role: TaskRole }[] {
  const out: { task: Task; role: TaskRole }[] = [];
  for (const task of plan.tasks) {
    if (resolveAgencies(plan, task.lead, info).some((a) => a.id === agencyId))
      out.push({ task, role: 'lead' });
    else if (resolveAgencies(plan, task.collaborators, info).some((a) => a.id === agencyId))
      out.push({ task, role: 'collaborator' });
  }
  return out;
}

/** Agencies expected to send the monthly report (the consolidation's submission list); for a period, those in force. */
export function expectedAgencies(plan: Plan, info?: RosterWindow): Agency[] {
  return agenciesInForce(plan, info).filter((a) => a.reportsMonthly);
}

/**
 * Names of a task's lead agencies, joined for display ("Các sở, ban, ngành, đơn vị, địa phương" for "*"), with
 * "(suy luận)" when the text does not name them; for a period, of the agencies in force then.
 */
export function leadNames(plan: Plan, task: Task, info?: RosterWindow): string {
  const names = task.lead.includes('*')
    ? 'Các sở, ban, ngành, đơn vị, địa phương'
    : resolveAgencies(plan, task.lead, info)
        .map((a) => a.name)
        .join('; ');
  return task.leadInferred ? `${names} ${INFERRED_MARK}` : names;
}

/** How a lead or a reporter that the Decision does not name is marked wherever it is shown. */
export const INFERRED_MARK = '(suy luận)';

/** An indicator's lead agency by name, "(suy luận)" when the clause does not name it. */
export function indicatorLeadName(plan: Plan, ind: Indicator): string {
  const name = findAgency(plan, ind.lead)?.name ?? ind.lead;
  return ind.leadInferred ? `${name} ${INFERRED_MARK}` : name;
}

/**
 * An indicator's basis as a form shows it: its clause, and what of its lead and reporters the plan inferred
 * ("Điều 1 mục II.1.5 — chủ trì, cơ quan báo cáo: suy luận").
 */
export function indicatorBasis(ind: Indicator): string {
  const inferred = [ind.leadInferred ? 'chủ trì' : '', ind.reportersInferred ? 'cơ quan báo cáo' : ''].filter(
    Boolean,
  );
  return inferred.length ? `${ind.clause} — ${inferred.join(', ')}: suy luận` : ind.clause;
}
