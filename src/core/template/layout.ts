/** layout(plan, agency, period) → the template workbook as plain data (instructions, indicators, tasks, stamp). */
import { periodInfo, planPeriods, type PeriodInfo } from '../plan/period';
import { findAgency, formTasks, indicatorsLedFor, indicatorsReportedBy } from '../plan/resolve';
import { agenciesInForce, inForceFor } from '../plan/units';
import { planInForce, planVersion } from '../plan/versions';
import type { Agency, Plan } from '../plan/schema';
import { taskDeadline } from '../plan/period';
import { shownMilestone } from '../verdict/formulas';
import type { WorkbookSpec } from '../sheet/spec';
import { planHash } from '../plan/hash';
import { indicatorsSheet } from './indicatorsSheet';
import { instructionsSheet } from './instructionsSheet';
import { COMMON_TASKS_ID, LAYOUT_VERSION } from './model';
import { ledSheet } from './ledSheet';
import { carriedPlanSheet } from '../stamps/plan';
import { stampSheet, type Stamp } from '../stamps/template';
import { sealOf, type SealKey } from '../seal/seal';
import { STYLES } from './styles';
import { tasksSheet } from './tasksSheet';

/** Who made a template and when (the stamp records both). */
export interface LayoutOptions {
  /** ISO date-time the template is generated. */
  generatedAt: string;
  /** Program and version, e.g. "chitieu 0.1.0 (cli)". */
  generator: string;
  /** Sở Tài chính's sealing key, when it set one: the stamp then carries a seal (core/seal, docs/seal.md). */
  seal?: SealKey | null;
}

/** A template request that failed: what was wrong and the valid choices to list to the user. */
export type TemplateRequestError =
  | { kind: 'unknownAgency'; given: string; choices: { id: string; name: string }[] }
  | {
      kind: 'agencyNotInForce';
      given: string;
      period: string;
      from: string | null;
      to: string | null;
      choices: { id: string; name: string }[];
    }
  | { kind: 'badPeriod'; given: string; choices: string[] };

/**
 * Checks an agency id and period against a plan before building templates: the agency must be in force for the
 * period (docs/plan.md: on the last day of its data window); the choices are the agencies that are.
 */
export function resolveTemplateRequest(
  plan: Plan,
  agencyId: string,
  period: string,
): { ok: true; agency: Agency; info: PeriodInfo } | { ok: false; error: TemplateRequestError } {
  const info = periodInfo(plan, period);
  if (!info) return { ok: false, error: { kind: 'badPeriod', given: period, choices: planPeriods(plan) } };
  const agency = findAgency(plan, agencyId);
  const choices = agenciesInForce(plan, info).map((a) => ({ id: a.id, name: a.name }));
  if (!agency) return { ok: false, error: { kind: 'unknownAgency', given: agencyId, choices } };
  if (!inForceFor(agency, info)) {
    const dates = { from: agency.from ?? null, to: agency.to ?? null };
    return {
      ok: false,
      error: { kind: 'agencyNotInForce', given: agencyId, period: info.period, ...dates, choices },
    };
  }
  return { ok: true, agency, info };
}

/**
 * The stamp of a template: plan identity (its content hash and version), agency, period and the targets as issued —
 * those in force for the period (`inForce`, the plan with its amendments applied); sealed when given a key.
 */
function templateStamp(
  plan: Plan,
  inForce: Plan,
  agency: Agency,
  info: PeriodInfo,
  options: LayoutOptions,
): Stamp {
  const stamp: Stamp = {
    layoutVersion: LAYOUT_VERSION,
    planId: plan.id,
    planHash: planHash(plan),
    planVersion: planVersion(plan),
    planYear: plan.year,
    agencyId: agency.id,
    agencyName: agency.name,
    period: info.period,
    generatedAt: options.generatedAt,
    generator: options.generator,
    indicators: indicatorsReportedBy(inForce, agency.id, info).map((ind) => {
      const milestone = shownMilestone(ind, info);
      return {
        id: ind.id,
        target: ind.target,
        checkpoint: milestone?.value ?? ind.target,
        checkpointDate: milestone?.date ?? '',
        tolerance: ind.tolerance,
      };
    }),
    // Every task the sheet covers, those of the common row included (their deadline: none).
    tasks: formTasks(inForce, agency.id, COMMON_TASKS_ID).flatMap((row) =>
      row.tasks.map((task) => ({
        id: task.id,
        deadline: row.tasks.length === 1 ? (taskDeadline(plan, task, info)?.date ?? '') : '',
      })),
    ),
  };
  return options.seal ? { ...stamp, seal: sealOf(options.seal, stamp) } : stamp;
}

/**
 * Builds an agency's template for a period, with the targets in force for it and the rows of the units in force then.
 * Same output for the CLI's files and the add-in's inserted sheets.
 */
export function layout(plan: Plan, agency: Agency, info: PeriodInfo, options: LayoutOptions): WorkbookSpec {
  const inForce = planInForce(plan, info);
  const tasks = formTasks(inForce, agency.id, COMMON_TASKS_ID);
  const common = tasks.find((t) => t.id === COMMON_TASKS_ID)?.tasks ?? [];
  const led = ledSheet(inForce, agency, info, indicatorsLedFor(inForce, agency.id, info));
  return {
    sheets: [
      instructionsSheet(inForce, agency, info, common),
      indicatorsSheet(inForce, agency, info, indicatorsReportedBy(inForce, agency.id, info)),
      tasksSheet(inForce, agency, info, tasks),
      ...(led ? [led] : []),
      stampSheet(templateStamp(plan, inForce, agency, info, options)),
      carriedPlanSheet(JSON.stringify(plan), planHash(plan)),
    ],
    styles: STYLES,
    properties: {
      title: `Báo cáo tháng ${info.month}/${info.year} — ${agency.name}`,
      subject: plan.title,
      creator: options.generator,
      company: plan.issuer,
      created: options.generatedAt,
    },
  };
}
