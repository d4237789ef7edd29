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

/**
 * Tasks an agency leads or shares, with its role, in plan order — everything that names it, "*" included: the rows
 * of layouts 1 and 2, which listed every such task. Layout 3 lists what `formTasks` says.
 */
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

/** How a list of references names an agency: by its id or its kind, only through "*" (everyone), or not at all. */
export function namedBy(plan: Plan, refs: readonly string[], agency: Agency): 'named' | 'everyone' | null {
  if (refs.some((r) => r === agency.id || r === `kind:${agency.kind}`)) return 'named';
  return refs.includes('*') && agency.reportsMonthly ? 'everyone' : null;
}

/** Where a row goes on the tasks sheet: the tasks it leads, those addressed to everyone, those it helps with. */
export type FormSection = 'lead' | 'common' | 'collaborator';

/** One row of an agency's tasks sheet (layout 3). */
export interface FormTaskRow {
  /** The row's id: the task's, or COMMON_TASKS_ID for the row standing for several tasks. */
  id: string;
  /** The task, or the tasks the row stands for. */
  tasks: Task[];
  role: TaskRole;
  /** A collaborator's row may be left blank; every other row must be filled. */
  required: boolean;
  section: FormSection;
}

/**
 * The rows of an agency's tasks sheet — only what it answers for (docs/forms.md, "Which tasks a form lists"): the
 * tasks whose lead names it (by id or kind); the tasks addressed to every agency ("*") it is not named in, each with
 * a dated deadline on a row of its own and the others on one row `commonId` (or each on its own row when the plan's
 * `reporting.commonTasks` is "separate"); and, optional, the tasks whose collaborators name it. Being one of
 * "everyone" as a collaborator lists nothing. Order: those sections, each in plan order.
 */
export function formTasks(plan: Plan, agencyId: string, commonId: string): FormTaskRow[] {
  const agency = findAgency(plan, agencyId);
  if (!agency) return [];
  const lead: FormTaskRow[] = [];
  const common: FormTaskRow[] = [];
  const grouped: Task[] = [];
  const helping: FormTaskRow[] = [];
  const separate = plan.reporting.commonTasks === 'separate';
  for (const task of plan.tasks) {
    const asLead = namedBy(plan, task.lead, agency);
    const row = (role: TaskRole, section: FormSection): FormTaskRow => ({
      id: task.id,
      tasks: [task],
      role,
      required: role === 'lead',
      section,
    });
    if (asLead === 'named') lead.push(row('lead', 'lead'));
    else if (namedBy(plan, task.collaborators, agency) === 'named')
      helping.push(row('collaborator', 'collaborator'));
    else if (asLead === 'everyone' && (separate || task.deadlines.length > 0))
      common.push(row('lead', 'common'));
    else if (asLead === 'everyone') grouped.push(task);
  }
  if (grouped.length === 1 && grouped[0])
    common.push({ id: grouped[0].id, tasks: grouped, role: 'lead', required: true, section: 'common' });
  else if (grouped.length > 1)
    common.push({ id: commonId, tasks: grouped, role: 'lead', required: true, section: 'common' });
  return [...lead, ...common, ...helping];
}

/** Indicators an agency leads that other agencies report (shown to it read-only: what it is accountable for). */
export function indicatorsLedFor(plan: Plan, agencyId: string, info?: RosterWindow): Indicator[] {
  return plan.indicators.filter(
    (i) => i.lead === agencyId && resolveAgencies(plan, i.reporters, info).some((a) => a.id !== agencyId),
  );
}

/** Names of an indicator's reporters for a reader: kinds and "*" in words, agencies by name. */
export function reporterNames(plan: Plan, refs: readonly string[], info?: RosterWindow): string {
  return refs
    .map((ref) => {
      if (ref === '*') return 'các sở, ban, ngành, đơn vị, địa phương';
      if (ref.startsWith('kind:'))
        return (
          KIND_PLURAL[ref.slice(5)] ??
          resolveAgencies(plan, [ref], info)
            .map((a) => a.name)
            .join('; ')
        );
      return findAgency(plan, ref)?.name ?? ref;
    })
    .join('; ');
}

/** Agencies of a kind, as a report names them together. */
const KIND_PLURAL: Readonly<Record<string, string>> = {
  department: 'các sở, ban, ngành',
  locality: 'các địa phương',
};
