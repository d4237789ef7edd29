/**
 * Loading a plan at run time, for both shells: from JSON text (a plan.json), from the plan sheets of a workbook (what
 * `chitieu plan export` writes, edited in Excel), or from the plan an agency's template carries. Every problem comes
 * located — at sheet!cell for sheets, at its JSON path otherwise — and nothing is used until the whole plan checks.
 * This module pulls in zod and the checker: the task pane loads it only when the planner switches plans.
 */
import { checkPlan } from '../core/plan/check';
import type { PlanProblem } from '../core/plan/problems';
import { formatPlanPath } from '../core/plan/problems';
import { planFromSnapshot, PLAN_SHEETS } from '../core/plan/sheets';
import type { WorkbookSnapshot } from '../core/snapshot/types';
import { carriedPlan } from '../core/stamps/plan';
import { findStampSheet, parseStamp } from '../core/stamps/template';
import { planProblemText, type Lang } from '../i18n';
import { planContext, type PlanContext, type PlanSource } from './plan';

/** One problem of a plan, with where it is: a sheet and cell, else its path in the JSON ("indicators[3] (CT04).lead"). */
export interface LocatedProblem {
  problem: PlanProblem;
  sheet?: string;
  cell?: string;
  path: string;
}

/** A plan loaded, or every problem that stops it. */
export type PlanLoad = { ok: true; ctx: PlanContext } | { ok: false; problems: LocatedProblem[] };

/** Checks a plan's JSON value. */
export function planFromJson(json: unknown, source: PlanSource): PlanLoad {
  const checked = checkPlan(json);
  if (checked.ok) return { ok: true, ctx: planContext(checked.plan, source) };
  return {
    ok: false,
    problems: checked.problems.map((problem) => ({ problem, path: formatPlanPath(problem.path, json) })),
  };
}

/** Parses and checks a plan.json's text (a syntax error is one problem). */
export function planFromJsonText(text: string, source: PlanSource): PlanLoad {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const problem = { path: [], code: 'json_syntax', params: { message: (e as Error).message } };
    return { ok: false, problems: [{ problem, path: formatPlanPath([]) }] };
  }
  return planFromJson(json, source);
}

/** True when the workbook has the plan sheets `plan export` writes (at least its general sheet). */
export function hasPlanSheets(snapshot: WorkbookSnapshot): boolean {
  return snapshot.sheets.some((s) => s.name === PLAN_SHEETS[0]);
}

/** Reads and checks the plan sheets of a workbook; every problem at its sheet and cell. */
export function planFromSheets(snapshot: WorkbookSnapshot, source: PlanSource): PlanLoad {
  const imported = planFromSnapshot(snapshot);
  if (imported.problems.length) {
    return {
      ok: false,
      problems: imported.problems.map((p) => ({ problem: p, sheet: p.sheet, cell: p.cell, path: '' })),
    };
  }
  const checked = planFromJson(imported.json, source);
  if (checked.ok) return checked;
  return {
    ok: false,
    problems: checked.problems.map((p) => ({ ...p, ...(imported.locate(p.problem.path) ?? {}) })),
  };
}

/**
 * The plan an agency's template carries (core/stamps/plan), when it is whole, checks, and is the very plan the stamp
 * names (same content hash); null otherwise — then the workbook is judged against the shell's own plan.
 */
export function planCarriedBy(snapshot: WorkbookSnapshot): PlanContext | null {
  const carried = carriedPlan(snapshot);
  const stampSheet = findStampSheet(snapshot);
  const stamp = stampSheet ? parseStamp(stampSheet) : null;
  if (!carried || !stamp?.ok || carried.planHash !== stamp.stamp.planHash) return null;
  const loaded = planFromJsonText(carried.json, { kind: 'template' });
  return loaded.ok && loaded.ctx.hash === stamp.stamp.planHash ? loaded.ctx : null;
}

/**
 * A located problem as one line for a user: "Cơ quan!F36: …" at a cell (the cell says where; the JSON path, in
 * English keys, is for plan.json only), else "indicators[3] (CT04).lead: …", else `where` (the file) before it.
 */
export function problemLine(p: LocatedProblem, where: string, lang: Lang): string {
  const text = planProblemText(p.problem, lang);
  if (p.sheet) return `${p.sheet}!${p.cell ?? 'A1'}: ${text}`;
  return `${p.path || where}: ${text}`;
}
