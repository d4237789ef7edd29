/**
 * Plan errors in reporting units with dates (docs/plan.md, "Reporting units with dates"): dates the wrong way round,
 * links to units the plan does not have, and dates that overlap (a unit and its successor both in force on a day: the
 * same area would be reported twice) or leave a gap (a day no unit reports for a locality's area). A locality that
 * ends during the plan year without a successor, or starts during it without a predecessor, leaves its area
 * unreported too.
 */
import { daysBetween, formatDateVi as day } from '../text/dates';
import type { PlanProblem } from './problems';
import type { Plan } from './schema';
import { predecessorsOf, successorsOf, unitLinks, type UnitLink } from './units';

type Add = (path: (string | number)[], code: string, params?: Record<string, string | number>) => void;

/** Problems of the agencies' dates and links. */
export function checkUnits(plan: Plan): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const add: Add = (path, code, params = {}) => problems.push({ path, code, params });
  const byId = new Map(plan.agencies.map((a, i) => [a.id, i]));
  const sources = new Set((plan.sources ?? []).map((s) => s.id));
  plan.agencies.forEach((a, i) => {
    if (a.from !== undefined && a.to !== undefined && a.from > a.to)
      add(['agencies', i, 'to'], 'unit_dates_reversed', { from: day(a.from), to: day(a.to) });
    if (a.source !== undefined && !sources.has(a.source))
      add(['agencies', i, 'source'], 'unknown_source', { id: a.source });
  });
  const seen = new Set<string>();
  for (const link of unitLinks(plan)) {
    const list = link.statedOn === 'later' ? 'replaces' : 'replacedBy';
    const at: (string | number)[] = ['agencies', link.agencyIndex, list, link.refIndex];
    const other = link.statedOn === 'later' ? link.earlier : link.later;
    if (!byId.has(other)) add(at, 'unknown_agency', { id: other });
    else if (link.earlier === link.later) add(at, 'unit_replaces_itself', { id: other });
    else if (!seen.has(`${link.earlier}>${link.later}`)) {
      seen.add(`${link.earlier}>${link.later}`);
      checkLinkDates(plan, link, byId, add);
    }
  }
  checkLocalityCoverage(plan, add);
  return problems;
}

/** The later unit starts the day after the earlier one ends: not before (overlap), not later (gap). */
function checkLinkDates(plan: Plan, link: UnitLink, byId: ReadonlyMap<string, number>, add: Add): void {
  const bi = byId.get(link.earlier) as number;
  const ai = byId.get(link.later) as number;
  const earlier = plan.agencies[bi];
  const later = plan.agencies[ai];
  if (!earlier || !later) return;
  // Ids and names both: the planner edits the ids on "Cơ quan", and reads the names.
  const pair = { earlierName: earlier.name, laterName: later.name };
  if (earlier.to === undefined) {
    add(['agencies', bi, 'to'], 'unit_needs_end', { id: earlier.id, successor: later.id, ...pair });
    return;
  }
  if (later.from === undefined) {
    add(['agencies', ai, 'from'], 'unit_needs_start', { id: later.id, predecessor: earlier.id, ...pair });
    return;
  }
  const gap = daysBetween(earlier.to, later.from);
  const params = {
    id: later.id,
    from: day(later.from),
    predecessor: earlier.id,
    to: day(earlier.to),
    ...pair,
  };
  if (gap < 1) add(['agencies', ai, 'from'], 'unit_dates_overlap', params);
  else if (gap > 1) add(['agencies', ai, 'from'], 'unit_dates_gap', { ...params, days: gap - 1 });
}

/** A locality ending or starting inside the plan year must hand its area over, or take one over. */
function checkLocalityCoverage(plan: Plan, add: Add): void {
  const first = `${plan.year}-01-01`;
  const last = `${plan.year}-12-31`;
  plan.agencies.forEach((a, i) => {
    if (a.kind !== 'locality') return;
    if (a.to !== undefined && a.to >= first && a.to < last && successorsOf(plan, a.id).length === 0)
      add(['agencies', i, 'to'], 'locality_ends_unreplaced', { id: a.id, name: a.name, to: day(a.to) });
    if (a.from !== undefined && a.from > first && a.from <= last && predecessorsOf(plan, a.id).length === 0)
      add(['agencies', i, 'from'], 'locality_starts_unreplacing', {
        id: a.id,
        name: a.name,
        from: day(a.from),
      });
  });
}
