/** Identity of a submission: its stamp, checked against the plan (plan id and version, agency, period, layout). */
import { periodInfo, type PeriodInfo } from '../plan/period';
import { findAgency } from '../plan/resolve';
import type { Agency, Plan } from '../plan/schema';
import { planHash } from '../plan/hash';
import type { WorkbookSnapshot } from '../snapshot/types';
import { SHEETS } from '../template/model';
import { findStampSheet, parseStamp, SUPPORTED_LAYOUTS, type Stamp } from '../stamps/template';
import type { IssueCode } from '../issues/codes';
import { issue, type Issue } from '../issues/issue';
import { consolidationStamp } from '../stamps/consolidation';
import { inForceFor } from '../plan/units';
import { amendedValues, planVersion } from '../plan/versions';
import { formatDateVi } from '../text/dates';

/** The identity rule as a newcomer reads it. */
export const identityRule = {
  summary:
    'The hidden stamp says which plan (and version), agency and period the template was issued for; without a usable one nothing else is judged. A consolidated workbook is told apart.',
  codes: [
    'STAMP_MISSING',
    'SUBMISSION_IS_CONSOLIDATION',
    'STAMP_UNREADABLE',
    'LAYOUT_UNSUPPORTED',
    'PLAN_UNKNOWN',
    'PLAN_VERSION_CHANGED',
    'PLAN_AMENDED',
    'TARGET_AMENDED',
    'AGENCY_UNKNOWN',
    'AGENCY_NOT_IN_FORCE',
    'PERIOD_INVALID',
  ] as const satisfies readonly IssueCode[],
};

/** A stamp that matches the plan: the agency and period it is for. */
export interface Identity {
  stamp: Stamp;
  agency: Agency;
  info: PeriodInfo;
}

/**
 * Reads and checks the stamp. Fatal problems (no stamp, damaged stamp, another plan, unknown agency or period, an
 * agency not in force for the period, unknown layout) return issues and no identity. A template issued under an
 * earlier version of an amended plan is accepted (an info, and one per value the amendments changed since); a plan
 * changed without a new version is a warning. Either way validation goes on against the plan in force.
 */
export function checkIdentity(
  snapshot: WorkbookSnapshot,
  plan: Plan,
): { identity: Identity | null; stamp: Stamp | null; issues: Issue[] } {
  const sheet = findStampSheet(snapshot);
  if (!sheet) {
    const notTemplate = consolidationStamp(snapshot)
      ? issue('SUBMISSION_IS_CONSOLIDATION', {})
      : issue('STAMP_MISSING', { expected: SHEETS.stamp });
    return { identity: null, stamp: null, issues: [notTemplate] };
  }
  const parsed = parseStamp(sheet);
  if (!parsed.ok) {
    return {
      identity: null,
      stamp: null,
      issues: [
        issue('STAMP_UNREADABLE', {
          sheet: sheet.name,
          subject: parsed.problem.field,
          found: parsed.problem.found,
        }),
      ],
    };
  }
  const stamp = parsed.stamp;
  const fatal = (i: Issue) => ({ identity: null, stamp, issues: [i] });
  if (!SUPPORTED_LAYOUTS.includes(stamp.layoutVersion)) {
    return fatal(
      issue('LAYOUT_UNSUPPORTED', {
        sheet: sheet.name,
        found: stamp.layoutVersion,
        expected: SUPPORTED_LAYOUTS.join(', '),
      }),
    );
  }
  if (stamp.planId !== plan.id)
    return fatal(issue('PLAN_UNKNOWN', { sheet: sheet.name, found: stamp.planId, expected: plan.id }));
  const agency = findAgency(plan, stamp.agencyId);
  if (!agency) return fatal(issue('AGENCY_UNKNOWN', { sheet: sheet.name, found: stamp.agencyId }));
  const info = periodInfo(plan, stamp.period);
  if (!info)
    return fatal(issue('PERIOD_INVALID', { sheet: sheet.name, found: stamp.period, expected: plan.year }));
  if (!inForceFor(agency, info)) {
    const params = {
      from: agency.from ? formatDateVi(agency.from) : '',
      to: agency.to ? formatDateVi(agency.to) : '',
    };
    return fatal(
      issue('AGENCY_NOT_IN_FORCE', { sheet: sheet.name, subject: agency.name, found: stamp.period, params }),
    );
  }
  return { identity: { stamp, agency, info }, stamp, issues: versionIssues(plan, stamp, info, sheet.name) };
}

/**
 * What a stamp of another version of the plan means: issued under an earlier version of an amended plan — said once,
 * with each value the amendments changed since (what was issued, what is in force now); any other difference of
 * content is a plan changed without a new version.
 */
function versionIssues(plan: Plan, stamp: Stamp, info: PeriodInfo, sheet: string): Issue[] {
  const current = planHash(plan);
  if (stamp.planHash === current) return [];
  const version = planVersion(plan);
  if (stamp.planVersion >= version)
    return [issue('PLAN_VERSION_CHANGED', { sheet, found: stamp.planHash, expected: current })];
  const params = { fromVersion: stamp.planVersion, toVersion: version };
  const values = amendedValues(plan, info, stamp.indicators);
  const unexplained = values.some((v) => v.version === null);
  return [
    issue('PLAN_AMENDED', { sheet, found: stamp.planVersion, expected: version, params }),
    ...values.flatMap((v) =>
      v.version === null
        ? []
        : [
            issue('TARGET_AMENDED', {
              subject: v.indicatorId,
              found: v.issued,
              expected: v.inForce,
              params: { field: v.field, version: v.version, basis: v.basis ?? '' },
            }),
          ],
    ),
    // A value that differs though no amendment set it: the plan was edited besides being amended.
    ...(unexplained
      ? [issue('PLAN_VERSION_CHANGED', { sheet, found: stamp.planHash, expected: current })]
      : []),
  ];
}
