/** Kiểm tra: the open workbook validated by the app layer, and the glue to select and colour problem cells. */
import type { PlanContext } from '../../app/plan';
import { checkWorkbook } from '../../app/submission';
import type { Issue } from '../../core/issues/issue';
import type { Report } from '../../core/validate/types';
import type { HighlightTarget } from '../../office/highlightTargets';
import { readOpenWorkbook } from '../../office/readWorkbook';

/** Reads the open workbook (two syncs) and validates it against the pane's plan. */
export async function checkOpenWorkbook(ctx: PlanContext): Promise<Report> {
  return checkWorkbook(ctx, await readOpenWorkbook());
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
