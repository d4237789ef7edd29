/** Mẫu biểu for both shells: an agency's template for a period (the same stamp whoever builds it), and its name. */
import type { PeriodInfo } from '../core/plan/period';
import { periodInfo } from '../core/plan/period';
import { formTasks, indicatorsReportedBy } from '../core/plan/resolve';
import { COMMON_TASKS_ID } from '../core/template/model';
import type { Agency } from '../core/plan/schema';
import { agenciesInForce } from '../core/plan/units';
import { planInForce } from '../core/plan/versions';
import type { WorkbookSpec } from '../core/sheet/spec';
import { layout, resolveTemplateRequest, type TemplateRequestError } from '../core/template/layout';
import type { PlanContext } from './plan';
import type { SealKey } from '../core/seal/seal';

/** A template ready to write, insert or download. */
export interface Template {
  agency: Agency;
  info: PeriodInfo;
  spec: WorkbookSpec;
  fileName: string;
}

/** When and by what the template is built (the stamp records both). */
export interface Maker {
  /** ISO date-time. */
  generatedAt: string;
  /** Program and version, e.g. "chitieu 0.1.0 (cli)". */
  generator: string;
  /** Sở Tài chính's sealing key, when it set one: the template's stamp carries a seal (docs/seal.md). */
  seal?: SealKey | null;
}

/** The file name of an agency's template: period and agency id, ASCII only (safe on every system and mailer). */
function templateFileName(period: string, agencyId: string): string {
  return `${period}_${agencyId}.xlsx`;
}

/** Builds an agency's template for a period, or says why it cannot (with the valid choices to list). */
export function buildTemplate(
  ctx: PlanContext,
  agencyId: string,
  period: string,
  maker: Maker,
): { ok: true; template: Template } | { ok: false; error: TemplateRequestError } {
  const request = resolveTemplateRequest(ctx.plan, agencyId, period);
  if (!request.ok) return request;
  const { agency, info } = request;
  const spec = layout(ctx.plan, agency, info, maker);
  return { ok: true, template: { agency, info, spec, fileName: templateFileName(info.period, agency.id) } };
}

/** What an agency's template holds for a period: its indicators and tasks, and the period's dates. */
export function templateContents(
  ctx: PlanContext,
  agencyId: string,
  period: string,
): { indicators: number; tasks: number; info: PeriodInfo } | null {
  const info = periodInfo(ctx.plan, period);
  if (!info) return null;
  const plan = planInForce(ctx.plan, info);
  return {
    indicators: indicatorsReportedBy(plan, agencyId, info).length,
    tasks: formTasks(plan, agencyId, COMMON_TASKS_ID).length,
    info,
  };
}

/**
 * The agencies a template can be made for in a period: those in force for it (docs/plan.md — in 2025 the district
 * committees through June, the communes and wards from July), in plan order; none for a period outside the plan.
 */
export function templateAgencies(ctx: PlanContext, period: string): Agency[] {
  const info = periodInfo(ctx.plan, period);
  return info ? agenciesInForce(ctx.plan, info) : [];
}
