/**
 * The plan the pane works with: built once at the root (index.tsx) as a PlanContext and handed down through React
 * context — components read it with usePlan(), never from a module-level singleton.
 */
import { createContext, useContext } from 'react';
import { planContext, type PlanContext } from '../app/plan';
import type { Plan } from '../core/plan/schema';
import planJson from '../../seeds/sonla-2025/plan.json';
import pkg from '../../package.json';

/**
 * The built-in plan (Sơn La 2025), cast rather than parsed: it is our own file, checked with zod by the plan tests
 * (tests/core/plan/seed.test.ts, and tests/browser/plan.test.ts proves the cast plan hashes like the checked one),
 * and bundling zod and the checker would weigh on the task pane's first load for nothing.
 */
export function builtInPlan(): PlanContext {
  return planContext(planJson as unknown as Plan, { kind: 'builtIn' });
}

/** "chitieu 0.1.0 (add-in)": recorded in the stamp and document properties of what the add-in writes. */
export const GENERATOR = `chitieu ${pkg.version} (add-in)`;

const PlanReactContext = createContext<PlanContext | null>(null);

/** Gives the components below it their plan. */
export const PlanProvider = PlanReactContext.Provider;

/** The plan the pane works with (outside a PlanProvider this is a bug, not something a user did). */
export function usePlan(): PlanContext {
  const ctx = useContext(PlanReactContext);
  if (!ctx) throw new Error('usePlan() outside <PlanProvider>');
  return ctx;
}
