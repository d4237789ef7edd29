/** The plan the add-in ships with (Sơn La 2025) and the generator name its stamps record. */
import type { Plan } from '../core/plan/schema';
import planJson from '../../seeds/sonla-2025/plan.json';
import pkg from '../../package.json';

/**
 * The built-in plan, cast rather than parsed: it is our own file, checked with zod by the plan tests
 * (tests/core/plan/seed.test.ts, and tests/browser/plan.test.ts proves the cast plan hashes like the checked one),
 * and bundling zod and the checker would weigh on the task pane's first load for nothing.
 */
export const PLAN = planJson as unknown as Plan;

/** "chitieu 0.1.0 (add-in)": recorded in the stamp and document properties of what the add-in writes. */
export const GENERATOR = `chitieu ${pkg.version} (add-in)`;
