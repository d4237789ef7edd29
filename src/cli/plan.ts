/** Loading a plan for the CLI: the built-in Sơn La 2025 plan, or --plan PATH (plan.json or a plan workbook). */
import path from 'node:path';
import type { PlanContext, PlanSource } from '../app/plan';
import { planFromJsonText, planFromSheets, problemLine, type PlanLoad } from '../app/planLoad';
import { periodInfo, planPeriods, type PeriodInfo } from '../core/plan/period';
import type { Plan } from '../core/plan/schema';
import { issueMessage, type Lang } from '../i18n';
import { readWorkbook } from '../xlsx/read';
import { UsageError } from './errors';

export { problemLine };
import { readUserFile } from './io';

/** The built-in plan shipped in seeds/ (resolved from the compiled file's location, not the working directory). */
const DEFAULT_PLAN = path.join(__dirname, '..', '..', 'seeds', 'sonla-2025', 'plan.json');

/** True for a plan workbook (the sheets `plan export` writes), by its name. */
export function isPlanWorkbook(file: string): boolean {
  return file.toLowerCase().endsWith('.xlsx');
}

/**
 * Reads and checks a plan file: JSON, or a plan workbook through the sheet import (problems at sheet!cell). An
 * unreadable workbook is a usage error.
 */
export async function readPlanFile(file: string, lang: Lang): Promise<PlanLoad> {
  const source: PlanSource = file === DEFAULT_PLAN ? { kind: 'builtIn' } : { kind: 'file', path: file };
  const bytes = await readUserFile(file);
  if (!isPlanWorkbook(file)) return planFromJsonText(bytes.toString('utf8'), source);
  const read = readWorkbook(new Uint8Array(bytes), path.basename(file));
  if (!read.ok) throw new UsageError('planUnreadable', { file, reason: issueMessage(read.issue, lang) });
  return planFromSheets(read.snapshot, source);
}

/** Loads the plan for a command (--plan, else the built-in one); an invalid plan is a usage error listing problems. */
export async function loadPlan(file: string | undefined, lang: Lang): Promise<PlanContext> {
  const target = file ?? DEFAULT_PLAN;
  const read = await readPlanFile(target, lang);
  if (read.ok) return read.ctx;
  const shown = read.problems.slice(0, 5).map((p) => problemLine(p, target, lang));
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
