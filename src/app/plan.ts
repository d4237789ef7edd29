/** The plan a use case works on, passed to it — never a module-level singleton. */
import { planHash } from '../core/plan/hash';
import type { Plan } from '../core/plan/schema';
import { planVersion } from '../core/plan/versions';

/**
 * Where a plan came from: the one built in (seeds/sonla-2025), a file the user named or picked, the plan sheets of
 * the workbook open in Excel (what `chitieu plan export` writes), or the plan an agency's template carries.
 */
export type PlanSource =
  { kind: 'builtIn' } | { kind: 'file'; path: string } | { kind: 'workbook' } | { kind: 'template' };

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

/** What a shell says about the plan in use: which plan, which version, from where. */
export interface PlanSummary {
  id: string;
  title: string;
  year: number;
  version: number;
  hash: string;
  /** An illustration, not an issued plan. */
  example: boolean;
  source: PlanSource;
}

/** The plan in use, as a shell names it. */
export function planSummary(ctx: PlanContext): PlanSummary {
  const { plan } = ctx;
  return {
    id: plan.id,
    title: plan.title,
    year: plan.year,
    version: planVersion(plan),
    hash: ctx.hash,
    example: plan.example === true,
    source: ctx.source,
  };
}
