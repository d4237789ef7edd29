/** The months a user can choose: the plan's twelve periods, defaulting to the current month when it is in the plan. */
import { planPeriods } from '../../core/plan/period';
import { PLAN } from '../plan';

/** The plan's periods, "YYYY-MM". */
export const PERIODS: readonly string[] = planPeriods(PLAN);

/** The current month if the plan covers it, else the plan's first month. */
export function defaultPeriod(now: Date): string {
  const current = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  return PERIODS.includes(current) ? current : (PERIODS[0] ?? current);
}
