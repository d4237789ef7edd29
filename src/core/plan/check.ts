/**
 * Checking a plan: the zod schema first (every structural error with its path), then cross-references
 * (unknown agencies, duplicate ids, milestones outside the year …). Problems are data; i18n renders them.
 */
import { AGENCY_KINDS, PlanSchema, type Indicator, type Plan } from './schema';
import { formulaInputs, formulaResult } from './formulas';
import { checkAmendments } from './checkAmendments';
import { checkUnits } from './checkUnits';
import { planHash } from './hash';
import type { PlanProblem } from './problems';
import { resolveAgencies } from './resolve';

/** The result of checking a plan. */
export type PlanCheck = { ok: true; plan: Plan; hash: string } | { ok: false; problems: PlanProblem[] };

/** Checks an unknown JSON value as a plan. */
export function checkPlan(json: unknown): PlanCheck {
  const parsed = PlanSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => ({
        path: i.path.map((p) => (typeof p === 'number' ? p : String(p))),
        code: i.code,
        params: zodParams(i as unknown as Record<string, unknown>),
      })),
    };
  }
  const problems = [...crossCheck(parsed.data), ...checkUnits(parsed.data), ...checkAmendments(parsed.data)];
  return problems.length
    ? { ok: false, problems }
    : { ok: true, plan: parsed.data, hash: planHash(parsed.data) };
}

function zodParams(i: Record<string, unknown>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const key of ['expected', 'received', 'minimum', 'maximum', 'format', 'origin'] as const) {
    const v = i[key];
    if (typeof v === 'string' || typeof v === 'number') out[key] = v;
    else if (typeof v === 'bigint') out[key] = Number(v);
  }
  if (Array.isArray(i.keys)) out.keys = i.keys.join(', ');
  if (Array.isArray(i.values)) out.values = i.values.map(String).join(', ');
  if (typeof i.message === 'string') out.message = i.message;
  return out;
}

function crossCheck(plan: Plan): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const add = (path: (string | number)[], code: string, params: Record<string, string | number> = {}) =>
    problems.push({ path, code, params });

  const agencyIds = new Set<string>();
  plan.agencies.forEach((a, i) => {
    if (agencyIds.has(a.id)) add(['agencies', i, 'id'], 'duplicate_id', { id: a.id });
    agencyIds.add(a.id);
  });
  const sourceIds = new Set<string>();
  (plan.sources ?? []).forEach((x, i) => {
    if (sourceIds.has(x.id)) add(['sources', i, 'id'], 'duplicate_id', { id: x.id });
    sourceIds.add(x.id);
  });
  const kinds = new Set<string>(AGENCY_KINDS);

  /**
   * Each ref must be known; for leads and reporters, a "*" or "kind:" ref must also select at least one agency,
   * else the task or indicator silently drops out of every template.
   */
  const checkRefs = (refs: readonly string[], path: (string | number)[], mustSelect = false) =>
    refs.forEach((ref, j) => {
      if (ref.startsWith('kind:') && !kinds.has(ref.slice(5))) {
        add([...path, j], 'unknown_kind', { kind: ref.slice(5), values: AGENCY_KINDS.join(', ') });
      } else if (ref !== '*' && !ref.startsWith('kind:')) {
        if (!agencyIds.has(ref)) add([...path, j], 'unknown_agency', { id: ref });
      } else if (mustSelect && resolveAgencies(plan, [ref]).length === 0) {
        add([...path, j], 'unknown_agency', { id: ref });
      }
    });

  if (!agencyIds.has(plan.reporting.recipient))
    add(['reporting', 'recipient'], 'unknown_agency', { id: plan.reporting.recipient });
  if (plan.reporting.dueDay < plan.reporting.windowEndDay) {
    add(['reporting', 'dueDay'], 'due_before_window_end', {
      dueDay: plan.reporting.dueDay,
      windowEndDay: plan.reporting.windowEndDay,
    });
  }

  const indicatorIds = new Set<string>();
  plan.indicators.forEach((ind, i) => {
    const at = (...rest: (string | number)[]) => ['indicators', i, ...rest];
    if (indicatorIds.has(ind.id)) add(at('id'), 'duplicate_id', { id: ind.id });
    indicatorIds.add(ind.id);
    if (!agencyIds.has(ind.lead)) add(at('lead'), 'unknown_agency', { id: ind.lead });
    checkRefs(ind.reporters, at('reporters'), true);
    checkIndicatorShape(plan, ind, at, add);
  });

  const taskIds = new Set<string>();
  plan.tasks.forEach((task, i) => {
    const at = (...rest: (string | number)[]) => ['tasks', i, ...rest];
    if (taskIds.has(task.id)) add(at('id'), 'duplicate_id', { id: task.id });
    taskIds.add(task.id);
    checkRefs(task.lead, at('lead'), true);
    checkRefs(task.collaborators, at('collaborators'));
    task.deadlines.forEach((d, j) => {
      if (!d.date.startsWith(`${plan.year}-`))
        add(at('deadlines', j, 'date'), 'date_outside_year', { date: d.date, year: plan.year });
    });
  });
  return problems;
}

/** A formula reads inputs the indicator declares, each exactly once; its result fits the indicator's measure. */
function checkFormulaInputs(
  ind: Indicator,
  at: (...rest: (string | number)[]) => (string | number)[],
  add: (path: (string | number)[], code: string, params?: Record<string, string | number>) => void,
): void {
  if (!ind.formula) return;
  const read = formulaInputs(ind.formula);
  read.forEach((id, i) => {
    if (!ind.inputs.some((x) => x.id === id)) add(at('formula'), 'unknown_input', { id });
    else if (read.indexOf(id) !== i) add(at('formula'), 'input_read_twice', { id });
  });
  ind.inputs.forEach((x, j) => {
    if (!read.includes(x.id))
      add(at('inputs', j, 'id'), 'input_unused', { id: x.id, kind: ind.formula?.kind ?? '' });
  });
  const percent = formulaResult(ind.formula.kind) === 'percent';
  if (percent && ind.measure !== 'percent')
    add(at('measure'), 'formula_gives_percent', { measure: ind.measure });
  if (!percent && ind.measure === 'percent')
    add(at('measure'), 'formula_gives_amount', { kind: ind.formula.kind });
}

function checkIndicatorShape(
  plan: Plan,
  ind: Indicator,
  at: (...rest: (string | number)[]) => (string | number)[],
  add: (path: (string | number)[], code: string, params?: Record<string, string | number>) => void,
): void {
  const inputIds = ind.inputs.map((x) => x.id);
  if (new Set(inputIds).size !== inputIds.length)
    add(at('inputs'), 'duplicate_id', { id: inputIds.join(', ') });
  if (ind.formula) checkFormulaInputs(ind, at, add);
  else if (ind.inputs.length > 0) add(at('formula'), 'inputs_without_formula', {});
  if (ind.aggregation === 'ratioOfSums' && !ind.formula) add(at('aggregation'), 'ratio_needs_formula', {});
  if (ind.aggregation === 'lead' && !resolveAgencies(plan, ind.reporters).some((a) => a.id === ind.lead)) {
    add(at('aggregation'), 'lead_not_reporting', { id: ind.lead });
  }
  if (ind.aggregation === 'sum' && ind.measure === 'percent') add(at('aggregation'), 'sum_of_percent', {});
  if (ind.min !== undefined && ind.max !== undefined && ind.min > ind.max)
    add(at('min'), 'min_above_max', { min: ind.min, max: ind.max });
  if ((ind.min !== undefined && ind.target < ind.min) || (ind.max !== undefined && ind.target > ind.max)) {
    add(at('target'), 'target_outside_range', { target: ind.target });
  }
  let previous = '';
  ind.milestones.forEach((m, j) => {
    if ((ind.min !== undefined && m.value < ind.min) || (ind.max !== undefined && m.value > ind.max)) {
      add(at('milestones', j, 'value'), 'target_outside_range', { target: m.value });
    }
    if (!m.date.startsWith(`${plan.year}-`) || m.date >= `${plan.year}-12-31`) {
      add(at('milestones', j, 'date'), 'milestone_outside_year', { date: m.date, year: plan.year });
    }
    if (m.date <= previous) add(at('milestones', j, 'date'), 'milestones_not_increasing', { date: m.date });
    previous = m.date;
  });
}
