/**
 * What the demo's month holds, counted from the files it writes (not from the roles it meant to play: a plan without
 * the agencies those roles name — another province's — plays none of them, and the demo must not say it did).
 */
import type { PeriodInfo } from '../core/plan/period';
import { expectedAgencies } from '../core/plan/resolve';
import type { Plan } from '../core/plan/schema';
import { localDay } from '../core/validate/timeliness';
import type { DemoFile } from './scenario';

/** The month's events as counts: damaged files, agencies that sent again, late ones (of them, on the due day), missing ones. */
export interface DemoFacts {
  damaged: number;
  /** Files of another month sent with this month's. */
  otherPeriod: number;
  resent: number;
  late: number;
  lateOnDueDay: number;
  missing: number;
}

/** Counts what the demo's files show: a file's received day is the day it was saved, in Vietnam time. */
export function demoFacts(plan: Plan, info: PeriodInfo, files: readonly DemoFile[]): DemoFacts {
  const byAgency = new Map<string, DemoFile[]>();
  for (const f of files.filter((x) => x.period === info.period))
    byAgency.set(f.agencyId, [...(byAgency.get(f.agencyId) ?? []), f]);
  let late = 0;
  let lateOnDueDay = 0;
  for (const sent of byAgency.values()) {
    const days = sent.map((f) => localDay(f.fill.savedAt) ?? f.fill.savedAt.slice(0, 10)).sort();
    // The newest file is the one consolidated: its day is the agency's.
    const last = days[days.length - 1];
    if (!last || last <= info.dueDate) continue;
    late++;
    if (last === info.dueStated) lateOnDueDay++;
  }
  return {
    damaged: files.filter((f) => f.truncateTo !== undefined).length,
    otherPeriod: files.filter((f) => f.period !== info.period).length,
    resent: [...byAgency.values()].filter((sent) => sent.length > 1).length,
    late,
    lateOnDueDay,
    missing: expectedAgencies(plan, info).filter((a) => !byAgency.has(a.id)).length,
  };
}
