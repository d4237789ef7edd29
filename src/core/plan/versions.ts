/**
 * Plan versions and amendments (docs/plan.md, "Versions and amendments"): version 1 is the plan as issued; each
 * amendment is the next version and changes targets or tolerances from its date on. A period is judged against the
 * values in force on the last day of its data window — the same day its roster is taken (./units) — whatever version
 * its template was issued under.
 */
import type { AmendableField, Amendment, Indicator, Plan } from './schema';
import { rosterDate, type RosterWindow } from './units';

/** The plan's version: 1 as issued, then one more for each amendment. */
export function planVersion(plan: Plan): number {
  return Math.max(1, ...(plan.amendments ?? []).map((a) => a.version));
}

/** The amendments in force for a period (dated on or before its data window's end), oldest first. */
export function amendmentsInForce(plan: Plan, info: RosterWindow): Amendment[] {
  const day = rosterDate(info);
  return (plan.amendments ?? []).filter((a) => a.date <= day).sort((a, b) => a.version - b.version);
}

/** An indicator with the amended values in force for the period. */
export function indicatorInForce(plan: Plan, ind: Indicator, info: RosterWindow): Indicator {
  let out = ind;
  for (const a of amendmentsInForce(plan, info))
    for (const c of a.changes)
      if (c.indicator === ind.id && out[c.field] !== c.value) out = { ...out, [c.field]: c.value };
  return out;
}

const inForce = new WeakMap<Plan, Map<string, Plan>>();

/**
 * The plan as it stands for a period: its indicators with the amended values in force. The same object comes back for
 * the same plan and period (and the plan itself when nothing is amended), so a batch builds it once. Its content hash
 * is not the plan's: identity is always checked against the plan itself.
 */
export function planInForce(plan: Plan, info: RosterWindow): Plan {
  const amendments = amendmentsInForce(plan, info);
  if (!amendments.length) return plan;
  const byPlan = inForce.get(plan) ?? new Map<string, Plan>();
  inForce.set(plan, byPlan);
  const key = rosterDate(info);
  const cached = byPlan.get(key);
  if (cached) return cached;
  const built = { ...plan, indicators: plan.indicators.map((i) => indicatorInForce(plan, i, info)) };
  byPlan.set(key, built);
  return built;
}

/** One value that differs between what a template was issued with and what is in force for its period. */
export interface AmendedValue {
  indicatorId: string;
  field: AmendableField;
  issued: number;
  inForce: number;
  /** The amendment that set the value in force (null when the value is the plan's own, e.g. an amendment undone). */
  version: number | null;
  basis: string | null;
}

/** The amendment that last set an indicator's field, for the period (null when none did). */
function lastSetting(plan: Plan, info: RosterWindow, indicatorId: string, field: AmendableField) {
  return (
    amendmentsInForce(plan, info)
      .filter((a) => a.changes.some((c) => c.indicator === indicatorId && c.field === field))
      .at(-1) ?? null
  );
}

/**
 * The values issued in a template (its stamp) that differ from those in force for its period, in the order issued:
 * what an amendment changed since the template was made.
 */
export function amendedValues(
  plan: Plan,
  info: RosterWindow,
  issued: readonly { id: string; target: number; tolerance: number }[],
): AmendedValue[] {
  const out: AmendedValue[] = [];
  for (const i of issued) {
    const ind = plan.indicators.find((x) => x.id === i.id);
    if (!ind) continue;
    const now = indicatorInForce(plan, ind, info);
    for (const field of ['target', 'tolerance'] as const) {
      if (i[field] === now[field]) continue;
      const setting = lastSetting(plan, info, ind.id, field);
      out.push({
        indicatorId: ind.id,
        field,
        issued: i[field],
        inForce: now[field],
        version: setting?.version ?? null,
        basis: setting?.basis ?? null,
      });
    }
  }
  return out;
}
