/**
 * Plan versions and amendments (docs/plan.md, "Versions and amendments", rows V1–V9): the Sơn La plan amended from
 * 1 August 2025 — CT02's target raised to 4.600 and CT08's tolerance cut to 4 — keeps accepting the reports made on
 * templates issued before, judges them against the values in force for their month, and says what changed once.
 */
import { planFromSheets } from '../../../src/app/planLoad';
import { consolidate } from '../../../src/core/consolidate/consolidate';
import type { SubmissionInput } from '../../../src/core/consolidate/types';
import { checkPlan } from '../../../src/core/plan/check';
import { sha256Hex } from '../../../src/core/plan/hash';
import { periodInfo } from '../../../src/core/plan/period';
import type { Plan } from '../../../src/core/plan/schema';
import { planWorkbook } from '../../../src/core/plan/sheets';
import { planInForce, planVersion } from '../../../src/core/plan/versions';
import { findStampSheet, parseStamp } from '../../../src/core/stamps/template';
import type { WorkbookSnapshot } from '../../../src/core/snapshot/types';
import { validate } from '../../../src/core/validate';
import { seedPlan } from '../../browser/support/seed';
import {
  cleanSubmission,
  fillIndicator,
  setCell,
  specToSnapshot,
  templateSpec,
} from '../../support/snapshots';

const v1 = seedPlan().plan;

/** The seed plan amended: version 2 in force from 01/08/2025. */
function amended(): Plan {
  return {
    ...structuredClone(v1),
    amendments: [
      {
        version: 2,
        date: '2025-08-01',
        basis: 'Quyết định 2000/QĐ-UBND ngày 28/07/2025',
        changes: [
          { indicator: 'CT02', field: 'target', value: 4600 },
          { indicator: 'CT08', field: 'tolerance', value: 4 },
        ],
      },
    ],
  };
}
const v2 = amended();

/** A clean report of an agency, made on a template issued under `issuedUnder`, with CT02's estimate at 4.550. */
function report(issuedUnder: Plan, agencyId: string, period: string): WorkbookSnapshot {
  const snap = cleanSubmission(issuedUnder, agencyId, period);
  if (agencyId === 'so-tai-chinh') fillIndicator(snap, 'CT02', { yearEstimate: 4550 });
  return snap;
}

const codes = (snap: WorkbookSnapshot, plan: Plan) => validate(snap, plan).issues.map((i) => i.code);

describe('plan versions', () => {
  it('V1: a plan without amendments is version 1; each amendment is the next', () => {
    expect(planVersion(v1)).toBe(1);
    expect(planVersion(v2)).toBe(2);
    expect(checkPlan(v2).ok).toBe(true);
  });

  it('V2: July is judged against the target before the amendment, August and later against the amended one', () => {
    const target = (period: string) =>
      planInForce(v2, periodInfo(v2, period)!).indicators.find((i) => i.id === 'CT02')?.target;
    expect([target('2025-07'), target('2025-08'), target('2025-12')]).toEqual([4500, 4600, 4600]);
  });

  it('V3: a report on a template issued under version 1 is accepted, judged against 4.600, the change said', () => {
    const result = validate(report(v1, 'so-tai-chinh', '2025-08'), v2);
    expect(result.identity).toMatchObject({ agencyId: 'so-tai-chinh', period: '2025-08' });
    const said = result.issues.filter((i) => i.code === 'PLAN_AMENDED' || i.code === 'TARGET_AMENDED');
    said.sort((a, b) => a.code.localeCompare(b.code) || (a.subject ?? '').localeCompare(b.subject ?? ''));
    expect(said).toEqual([
      expect.objectContaining({ code: 'PLAN_AMENDED', found: 1, expected: 2, severity: 'info' }),
      expect.objectContaining({
        code: 'TARGET_AMENDED',
        subject: 'CT02',
        found: 4500,
        expected: 4600,
        params: { field: 'target', version: 2, basis: 'Quyết định 2000/QĐ-UBND ngày 28/07/2025' },
      }),
      expect.objectContaining({ code: 'TARGET_AMENDED', subject: 'CT08', found: 5, expected: 4 }),
    ]);
    // 4.550 is within 90 of 4.600: near; against the old 4.500 it would be met.
    expect(result.indicators.find((i) => i.indicatorId === 'CT02')?.forecast).toMatchObject({
      status: 'near',
      target: 4600,
    });
    // The old target shown in the sheet is what was issued: not tampering.
    expect(codes(report(v1, 'so-tai-chinh', '2025-08'), v2)).not.toContain('TARGET_TAMPERED');
  });

  it('V4: a template issued under version 2 records it, and its report has no amendment issue', () => {
    const snap = report(v2, 'so-tai-chinh', '2025-08');
    const stamp = parseStamp(findStampSheet(snap)!);
    expect(
      stamp.ok && [stamp.stamp.planVersion, stamp.stamp.indicators.find((i) => i.id === 'CT02')?.target],
    ).toEqual([2, 4600]);
    expect(codes(snap, v2).filter((c) => /PLAN_|AMENDED/.test(c))).toEqual([]);
  });

  it('V5: reports on templates of version 1 are merged, and each change is listed once for all of them', () => {
    const input = (agencyId: string): SubmissionInput => {
      const fileName = `2025-08_${agencyId}.xlsx`;
      return {
        provenance: { fileName, sha256: sha256Hex(fileName), size: 1 },
        report: validate(report(v1, agencyId, '2025-08'), v2),
      };
    };
    const c = consolidate(v2, '2025-08', ['so-tai-chinh', 'so-xay-dung', 'so-y-te'].map(input));
    expect(c.files.map((f) => f.status)).toEqual(['merged', 'merged', 'merged']);
    const once = c.issues.filter((i) => i.code === 'PLAN_AMENDED' || i.code === 'TARGET_AMENDED');
    once.sort((a, b) => a.code.localeCompare(b.code) || (a.subject ?? '').localeCompare(b.subject ?? ''));
    expect(once.map((i) => [i.code, i.subject ?? '', i.params?.files, i.file])).toEqual([
      ['PLAN_AMENDED', '', 3, undefined],
      ['TARGET_AMENDED', 'CT02', 1, undefined],
      ['TARGET_AMENDED', 'CT08', 3, undefined],
    ]);
    expect(c.indicators.find((i) => i.indicatorId === 'CT02')?.forecast).toMatchObject({
      status: 'near',
      target: 4600,
    });
  });

  it('V6: a plan edited without a new version: a warning, judged against the plan as it is now', () => {
    const edited = structuredClone(v1);
    edited.indicators.find((i) => i.id === 'CT01')!.target = 8.5;
    expect(codes(report(v1, 'so-tai-chinh', '2025-08'), edited)).toContain('PLAN_VERSION_CHANGED');
    expect(codes(report(v1, 'so-tai-chinh', '2025-08'), edited)).not.toContain('PLAN_AMENDED');
  });

  it('V7: for July, before the amendment is in force, only the amendment itself is said', () => {
    const july = codes(report(v1, 'so-tai-chinh', '2025-07'), v2);
    expect(july).toContain('PLAN_AMENDED');
    expect(july).not.toContain('TARGET_AMENDED');
    expect(july).not.toContain('PLAN_VERSION_CHANGED');
  });

  it('V8: amendments out of order, going back in time, on an unknown indicator or outside the range are plan errors', () => {
    const broken = amended();
    const [first] = broken.amendments!;
    broken.amendments!.push(
      {
        ...first!,
        version: 4,
        date: '2025-07-01',
        changes: [{ indicator: 'CT99', field: 'target', value: 1 }],
      },
      {
        ...first!,
        version: 4,
        date: '2025-09-01',
        changes: [{ indicator: 'CT12', field: 'target', value: 120 }],
      },
    );
    const checked = checkPlan(broken);
    expect(checked.ok).toBe(false);
    if (!checked.ok)
      expect(checked.problems.map((p) => [p.code, p.path.join('.')])).toEqual([
        ['amendment_version', 'amendments.1.version'],
        ['amendment_date_earlier', 'amendments.1.date'],
        ['unknown_indicator', 'amendments.1.changes.0.indicator'],
        ['target_outside_range', 'amendments.2.changes.0.value'],
      ]);
  });

  it('V9: two rows of one version on "Sửa đổi" that give different dates are a problem at the cell that differs', () => {
    const snapshot = specToSnapshot(planWorkbook(v2, '2025-08-01T00:00:00Z', 'test'));
    setCell(snapshot, 'Sửa đổi', 'B3', { t: 'd', v: '2025-08-15' });
    const loaded = planFromSheets(snapshot, { kind: 'workbook' });
    expect(loaded.ok).toBe(false);
    if (!loaded.ok)
      expect(loaded.problems).toEqual([
        expect.objectContaining({
          sheet: 'Sửa đổi',
          cell: 'B3',
          problem: expect.objectContaining({ code: 'amendment_rows_disagree' }),
        }),
      ]);
  });

  it('an amended plan goes through its sheets and back unchanged', () => {
    const loaded = planFromSheets(specToSnapshot(planWorkbook(v2, '2025-08-01T00:00:00Z', 'test')), {
      kind: 'workbook',
    });
    expect(loaded.ok && loaded.ctx.plan).toEqual(v2);
  });

  it('a template issued under an amended plan shows the values in force for its month', () => {
    const shown = (period: string) => {
      const stamp = parseStamp(findStampSheet(specToSnapshot(templateSpec(v2, 'so-tai-chinh', period)))!);
      return stamp.ok ? stamp.stamp.indicators.find((i) => i.id === 'CT02')?.target : null;
    };
    expect([shown('2025-07'), shown('2025-08')]).toEqual([4500, 4600]);
  });
});
