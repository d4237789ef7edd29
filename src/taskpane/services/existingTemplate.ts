/**
 * What inserting a template would replace, for the replace dialog: whose template (agency, month) the open workbook
 * already holds, from its stamp, and which of the clashing sheets a user can see — the stamp sheet is very hidden
 * and means nothing to them.
 */
import { checkIdentity } from '../../core/validate/identity';
import { readOpenWorkbook } from '../../office/readWorkbook';
import type { PlanContext } from '../../app/plan';

/** The template in the open workbook (agency and month null when it is not one of ours) and the sheets shown. */
export interface ExistingTemplate {
  agencyName: string | null;
  period: string | null;
  /** Visible sheets among the clashing names, in the workbook's order. */
  sheets: string[];
}

/** Reads the open workbook (two syncs) to describe what the clashing names belong to. */
export async function describeExisting(
  ctx: PlanContext,
  clashing: readonly string[],
): Promise<ExistingTemplate> {
  const snapshot = await readOpenWorkbook();
  const { identity } = checkIdentity(snapshot, ctx.plan);
  const names = new Set(clashing);
  return {
    agencyName: identity?.agency.name ?? null,
    period: identity?.info.period ?? null,
    sheets: snapshot.sheets.filter((s) => s.state === 'visible' && names.has(s.name)).map((s) => s.name),
  };
}
