/** Loading a plan for the CLI: the built-in Sơn La 2025 plan, or --plan PATH (plan.json or a plan workbook). */
import path from 'node:path';
import { planContext, type PlanContext, type PlanSource } from '../app/plan';
import { checkPlan } from '../core/plan/check';
import type { PlanProblem } from '../core/plan/problems';
import { periodInfo, planPeriods, type PeriodInfo } from '../core/plan/period';
import type { Plan } from '../core/plan/schema';
import { planProblemMessage, type Lang } from '../i18n';
import { UsageError } from './errors';
import { readUserFile } from './io';

/** The built-in plan shipped in seeds/ (resolved from the compiled file's location, not the working directory). */
const DEFAULT_PLAN = path.join(__dirname, '..', '..', 'seeds', 'sonla-2025', 'plan.json');

/** Result of reading a plan file: the plan, or its problems (paths and messages), or why it could not be read. */
export type PlanRead =
  { ok: true; ctx: PlanContext } | { ok: false; file: string; problems: PlanProblem[]; json?: unknown };

/** Reads and checks a plan JSON file (the built-in plan when `file` is DEFAULT_PLAN). */
export async function readPlanJson(file: string): Promise<PlanRead> {
  const text = (await readUserFile(file)).toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      file,
      problems: [{ path: [], code: 'json_syntax', params: { message: (e as Error).message } }],
    };
  }
  const checked = checkPlan(json);
  if (!checked.ok) return { ok: false, file, problems: checked.problems, json };
  const source: PlanSource = file === DEFAULT_PLAN ? { kind: 'builtIn' } : { kind: 'file', path: file };
  return { ok: true, ctx: planContext(checked.plan, source) };
}

/** Loads the plan for a command (--plan, else the built-in one); an invalid plan is a usage error listing problems. */
export async function loadPlan(file: string | undefined, lang: Lang): Promise<PlanContext> {
  const target = file ?? DEFAULT_PLAN;
  const read = await readPlanJson(target);
  if (read.ok) return read.ctx;
  const shown = read.problems.slice(0, 5).map((p) => planProblemMessage(p, lang, read.json));
  const more = read.problems.length > 5 ? ` (+${read.problems.length - 5})` : '';
  throw new UsageError('planInvalid', { file: target, problems: shown.join('; '), more });
}

/** The period's dates, or a usage error listing the plan's periods. */
export function periodOrThrow(plan: Plan, period: string): PeriodInfo {
  const info = periodInfo(plan, period);
  if (info) return info;
  const periods = planPeriods(plan);
  throw new UsageError('badPeriod', { given: period, choices: `${periods[0]} … ${periods.at(-1)}` });
}
