/**
 * Plan errors in amendments (docs/plan.md, "Versions and amendments"): versions 2, 3 … in order, dates in the plan
 * year and not going back, changes to indicators the plan has, amended targets inside the indicator's range.
 */
import { formatDateVi } from '../text/dates';
import type { PlanProblem } from './problems';
import type { Plan } from './schema';

/** Problems of the plan's amendments. */
export function checkAmendments(plan: Plan): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const add = (path: (string | number)[], code: string, params: Record<string, string | number> = {}) =>
    problems.push({ path, code, params });
  const indicators = new Map(plan.indicators.map((i) => [i.id, i]));
  let previous = '';
  (plan.amendments ?? []).forEach((a, i) => {
    const at = (...rest: (string | number)[]) => ['amendments', i, ...rest];
    if (a.version !== i + 2) add(at('version'), 'amendment_version', { found: a.version, expected: i + 2 });
    if (!a.date.startsWith(`${plan.year}-`))
      add(at('date'), 'date_outside_year', { date: formatDateVi(a.date), year: plan.year });
    else if (a.date < previous) add(at('date'), 'amendment_date_earlier', { date: formatDateVi(a.date) });
    previous = a.date > previous ? a.date : previous;
    const changed = new Set<string>();
    a.changes.forEach((c, j) => {
      const ind = indicators.get(c.indicator);
      if (!ind) {
        add(at('changes', j, 'indicator'), 'unknown_indicator', { id: c.indicator });
        return;
      }
      const key = `${c.indicator}|${c.field}`;
      if (changed.has(key)) add(at('changes', j), 'duplicate_id', { id: `${c.indicator} ${c.field}` });
      changed.add(key);
      if (c.field === 'tolerance' && c.value < 0) add(at('changes', j, 'value'), 'too_small', { minimum: 0 });
      const outside =
        (ind.min !== undefined && c.value < ind.min) || (ind.max !== undefined && c.value > ind.max);
      if (c.field === 'target' && outside)
        add(at('changes', j, 'value'), 'target_outside_range', { target: c.value });
    });
  });
  return problems;
}
