/** Kiểm tra: the open workbook validated by the app layer, and the glue to select and colour problem cells. */
import type { PlanContext } from '../../app/plan';
import { checkWorkbook } from '../../app/submission';
import type { Issue } from '../../core/issues/issue';
import type { Report } from '../../core/validate/types';
import type { HighlightTarget } from '../../office/highlightTargets';
import type { WorkbookSnapshot } from '../../core/snapshot/types';
import { carriedPlan } from '../../core/stamps/plan';
import { findStampSheet, parseStamp } from '../../core/stamps/template';
import { readOpenWorkbook } from '../../office/readWorkbook';

/**
 * Reads the open workbook (two syncs) and validates it: against the pane's plan, or — when the template was issued
 * under another plan (another id: an agency checking its report on the add-in's built-in plan) — against the plan the
 * template carries, whole and matching its stamp. A template of an earlier version of the pane's own plan is judged
 * against the pane's plan, whose amendments are in force (docs/plan.md, "Versions and amendments").
 */
export async function checkOpenWorkbook(ctx: PlanContext): Promise<Report> {
  const snapshot = await readOpenWorkbook();
  return checkWorkbook(await planFor(ctx, snapshot), snapshot);
}

/** The plan to judge a workbook against: the pane's, or the one its template carries (see checkOpenWorkbook). */
async function planFor(ctx: PlanContext, snapshot: WorkbookSnapshot): Promise<PlanContext> {
  const sheet = findStampSheet(snapshot);
  const stamp = sheet ? parseStamp(sheet) : null;
  if (!stamp?.ok || stamp.stamp.planId === ctx.plan.id || !carriedPlan(snapshot)) return ctx;
  // The checker (and zod) load only for such a workbook.
  const { planCarriedBy } = await import(/* webpackChunkName: "plan-load" */ '../../app/planLoad');
  return planCarriedBy(snapshot) ?? ctx;
}

/** An issue that points at a cell the user can be taken to. */
export type LocatedIssue = Issue & { sheet: string; cell: string };

/** True when the issue has a sheet and a cell. */
export function isLocated(issue: Issue): issue is LocatedIssue {
  return Boolean(issue.sheet && issue.cell);
}

/** The cells to colour for a report's issues, with their severity. */
export function highlightTargets(report: Report): HighlightTarget[] {
  return report.issues.filter(isLocated).map((i) => ({ sheet: i.sheet, cell: i.cell, severity: i.severity }));
}
