/**
 * Identity of a submission: its stamp, checked against the plan (plan id and version, agency, period, layout), against
 * its seal when Sở Tài chính set a key (docs/seal.md), and against what the visible sheets and the file name say.
 */
import { periodInfo, type PeriodInfo } from '../plan/period';
import { findAgency } from '../plan/resolve';
import type { Agency, Plan } from '../plan/schema';
import { planHash } from '../plan/hash';
import type { SheetSnapshot, WorkbookSnapshot } from '../snapshot/types';
import { cellAddress } from '../sheet/a1';
import { SHEETS } from '../template/model';
import { findStampSheet, parseStamp, SEAL_FIELD, SUPPORTED_LAYOUTS, type Stamp } from '../stamps/template';
import type { IssueCode } from '../issues/codes';
import { issue, type Issue } from '../issues/issue';
import { consolidationStamp } from '../stamps/consolidation';
import { checkSeal, sealKeyId, type SealKey } from '../seal/seal';
import { agencyClaims, fold, type AgencyClaim } from './agencyClaims';

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
    'AGENCY_UNKNOWN',
    'PERIOD_INVALID',
    'SEAL_MISSING',
    'SEAL_INVALID',
    'SEAL_OTHER_KEY',
    'AGENCY_NAME_MISMATCH',
    'AGENCY_CODE_MISMATCH',
    'AGENCY_FILE_NAME_MISMATCH',
  ] as const satisfies readonly IssueCode[],
};

/** What identity knows beyond the workbook and the plan. */
export interface IdentityOptions {
  /** Sở Tài chính's sealing key: when given, a stamp without a valid seal is not accepted. */
  seal?: SealKey | null;
  /** The file's name, when there is one: an agency id it carries is compared with the stamp's. */
  fileName?: string;
}

/** A stamp that matches the plan: the agency and period it is for. */
export interface Identity {
  stamp: Stamp;
  agency: Agency;
  info: PeriodInfo;
}

/**
 * Reads and checks the stamp. Fatal problems (no stamp, damaged stamp, another plan, unknown agency or period,
 * unknown layout; with a key, a seal missing or not valid; a visible sheet naming another agency) return issues and
 * no identity; a changed plan version and a file name carrying another agency's id are warnings and validation goes on.
 */
export function checkIdentity(
  snapshot: WorkbookSnapshot,
  plan: Plan,
  options: IdentityOptions = {},
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
  const findings = [
    ...(options.seal ? sealFindings(options.seal, stamp, sheet) : []),
    ...claimFindings(
      agencyClaims(snapshot, plan, knownAgencies(plan, stamp), options.fileName),
      stamp,
      agency,
      options.fileName,
    ),
  ];
  if (findings.some((i) => i.severity === 'error')) return { identity: null, stamp, issues: findings };
  const issues: Issue[] = [...findings];
  const current = planHash(plan);
  if (stamp.planHash !== current) {
    issues.push(
      issue('PLAN_VERSION_CHANGED', { sheet: sheet.name, found: stamp.planHash, expected: current }),
    );
  }
  return { identity: { stamp, agency, info }, stamp, issues };
}

/** The seal's finding under the key: none when it verifies, else why the stamp cannot be trusted (at its cell). */
function sealFindings(key: SealKey, stamp: Stamp, sheet: SheetSnapshot): Issue[] {
  const check = checkSeal(key, stamp, stamp.seal);
  const row = sheet.rows.findIndex((r) => r[0]?.t === 's' && r[0].v.trim() === SEAL_FIELD);
  const at = { sheet: sheet.name, subject: stamp.agencyId, params: { agency: stamp.agencyName } };
  const cell = row < 0 ? {} : { cell: cellAddress(row, 1) };
  switch (check.status) {
    case 'valid':
      return [];
    case 'missing':
      return [issue('SEAL_MISSING', at)];
    case 'otherKey':
      return [issue('SEAL_OTHER_KEY', { ...at, ...cell, found: check.keyId, expected: sealKeyId(key) })];
    case 'invalid':
      return [issue('SEAL_INVALID', { ...at, ...cell })];
  }
}

/** The plan's agencies, and the stamp's agency under the name it was issued with (the plan may have renamed it). */
function knownAgencies(plan: Plan, stamp: Stamp) {
  return [
    ...plan.agencies.map((a) => ({ id: a.id, name: a.name })),
    { id: stamp.agencyId, name: stamp.agencyName },
  ];
}

/**
 * What the visible sheets and the file name say against the stamp: the instructions sheet's agency name or code
 * differing from it; a sheet whose title rows name agencies, none of them the stamp's; a file name carrying agency
 * ids, none of them the stamp's (a warning: names are the user's to choose).
 */
function claimFindings(
  claims: readonly AgencyClaim[],
  stamp: Stamp,
  agency: Agency,
  fileName: string | undefined,
): Issue[] {
  const names = new Set([fold(stamp.agencyName), fold(agency.name)]);
  const base = { subject: stamp.agencyId, expected: stamp.agencyName, params: { agency: stamp.agencyName } };
  const out: Issue[] = [];
  const named: Extract<AgencyClaim, { agencyId: string }>[] = [];
  for (const c of claims) {
    if (c.kind === 'nameCell' && !names.has(fold(c.found)))
      out.push(issue('AGENCY_NAME_MISMATCH', { ...base, ...at(c), found: c.found }));
    else if (c.kind === 'codeCell' && fold(c.found) !== fold(stamp.agencyId))
      out.push(
        issue('AGENCY_CODE_MISMATCH', { ...base, ...at(c), found: c.found, expected: stamp.agencyId }),
      );
    else if (c.kind === 'title' || c.kind === 'fileName') named.push(c);
  }
  // Per sheet (and for the file name): the agencies named there, when none of them is the stamp's.
  const places = new Map<string, typeof named>();
  for (const c of named) {
    const place = c.kind === 'title' ? c.sheet : '';
    places.set(place, [...(places.get(place) ?? []), c]);
  }
  for (const list of places.values()) {
    const first = list[0];
    if (!first || list.some((c) => c.agencyId === stamp.agencyId)) continue;
    if (first.kind === 'title')
      out.push(issue('AGENCY_NAME_MISMATCH', { ...base, ...at(first), found: first.found }));
    else {
      const params = { ...base.params, fileName: fileName ?? '' };
      out.push(
        issue('AGENCY_FILE_NAME_MISMATCH', { ...base, params, found: first.found, expected: stamp.agencyId }),
      );
    }
  }
  return out;
}

const at = (c: { sheet: string; cell: string }) => ({ sheet: c.sheet, cell: c.cell });
