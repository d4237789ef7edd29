/**
 * Reporting units with dates (docs/plan.md, "Reporting units with dates"): which agencies are in force for a period,
 * and the links between a unit and the units that replaced it. A period's roster is the units in force on the last
 * day of its data window — the day its figures are "as of" — so July 2025 (window 15/6–14/7) is reported by the
 * communes and wards in force from 1/7, and no district that ended on 30/6 is ever expected after its end.
 */
import type { Agency, Plan } from './schema';

/** A period's dates as far as the roster needs them. */
export interface RosterWindow {
  windowEnd: string;
}

/** The day a period's roster is taken: the end of its data window. */
export function rosterDate(info: RosterWindow): string {
  return info.windowEnd;
}

/** True when the agency is in force on the ISO date (its `from` and `to` both included). */
export function inForceOn(agency: Pick<Agency, 'from' | 'to'>, date: string): boolean {
  return (agency.from === undefined || agency.from <= date) && (agency.to === undefined || date <= agency.to);
}

/** True when the agency reports for the period: it is in force on the period's roster date. */
export function inForceFor(agency: Pick<Agency, 'from' | 'to'>, info: RosterWindow): boolean {
  return inForceOn(agency, rosterDate(info));
}

/** The agencies in force for a period, in plan order; every agency when no period is given. */
export function agenciesInForce(plan: Plan, info?: RosterWindow): Agency[] {
  return info ? plan.agencies.filter((a) => inForceFor(a, info)) : plan.agencies;
}

/** One link between a unit and a unit that took its place, from either side's `replaces` / `replacedBy`. */
export interface UnitLink {
  earlier: string;
  later: string;
  /** Where the link is stated: on the later unit (`replaces`) or on the earlier one (`replacedBy`). */
  statedOn: 'later' | 'earlier';
  /** Index of the agency that states it, and of the id in its list. */
  agencyIndex: number;
  refIndex: number;
}

/** Every link the plan states, each once per side that states it. */
export function unitLinks(plan: Plan): UnitLink[] {
  const out: UnitLink[] = [];
  plan.agencies.forEach((a, agencyIndex) => {
    (a.replaces ?? []).forEach((earlier, refIndex) =>
      out.push({ earlier, later: a.id, statedOn: 'later', agencyIndex, refIndex }),
    );
    (a.replacedBy ?? []).forEach((later, refIndex) =>
      out.push({ earlier: a.id, later, statedOn: 'earlier', agencyIndex, refIndex }),
    );
  });
  return out;
}

/** The units an agency was replaced by, and the ones it replaces, from both sides' links (ids, sorted). */
export function successorsOf(plan: Plan, agencyId: string): string[] {
  return [
    ...new Set(
      unitLinks(plan)
        .filter((l) => l.earlier === agencyId)
        .map((l) => l.later),
    ),
  ].sort();
}

/** The units the agency replaces, from both sides' links (ids, sorted). */
export function predecessorsOf(plan: Plan, agencyId: string): string[] {
  return [
    ...new Set(
      unitLinks(plan)
        .filter((l) => l.later === agencyId)
        .map((l) => l.earlier),
    ),
  ].sort();
}
