/** The reporting months a user can choose from a plan. */
import { planPeriods } from '../core/plan/period';
import type { PlanContext } from './plan';

/** The plan's periods, "YYYY-MM". */
export function periodChoices(ctx: PlanContext): string[] {
  return planPeriods(ctx.plan);
}

/** The current month if the plan covers it, else the plan's first month. */
export function defaultPeriod(ctx: PlanContext, now: Date): string {
  const periods = periodChoices(ctx);
  const current = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  return periods.includes(current) ? current : (periods[0] ?? current);
}
