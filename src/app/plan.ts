/** The plan a use case works on, passed to it — never a module-level singleton. */
import { planHash } from '../core/plan/hash';
import type { Plan } from '../core/plan/schema';

/** Where a plan came from: the one built in (seeds/sonla-2025), or a file the user named. */
export type PlanSource = { kind: 'builtIn' } | { kind: 'file'; path: string };

/** The plan, its content hash (what every template's stamp records), and where it came from. */
export interface PlanContext {
  readonly plan: Plan;
  readonly hash: string;
  readonly source: PlanSource;
}

/** The context of a checked plan. */
export function planContext(plan: Plan, source: PlanSource): PlanContext {
  return { plan, hash: planHash(plan), source };
}
