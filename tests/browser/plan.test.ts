/**
 * The task pane bundles plan.json cast to Plan, without zod (builtInPlan in src/taskpane/plan.ts): that is only safe while the file
 * is exactly what the checker accepts, so templates made in the add-in carry the same plan hash as the CLI's.
 */
import { planHash } from '../../src/core/plan/hash';
import type { Plan } from '../../src/core/plan/schema';
import { builtInPlan } from '../../src/taskpane/plan';
import { seedPlan } from './support/seed';

describe('the bundled plan', () => {
  it('is the checked seed plan, with the same content hash', () => {
    const { raw, plan } = seedPlan();
    expect(builtInPlan().plan).toEqual(plan);
    expect(planHash(raw as Plan)).toBe(planHash(plan));
  });
});
