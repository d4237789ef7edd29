/**
 * Who reports for a period (docs/plan.md, "Reporting units with dates", rows R1–R10): the units in force on the last
 * day of its data window — in the test plan's two tiers, districts A and B through June, communes X, Y, Z from July.
 */
import { consolidate } from '../../../src/core/consolidate/consolidate';
import type { SubmissionInput } from '../../../src/core/consolidate/types';
import { sha256Hex } from '../../../src/core/plan/hash';
import { periodInfo } from '../../../src/core/plan/period';
import { expectedAgencies, indicatorsReportedBy, resolveAgencies } from '../../../src/core/plan/resolve';
import { agenciesInForce } from '../../../src/core/plan/units';
import type { WorkbookSnapshot } from '../../../src/core/snapshot/types';
import { resolveTemplateRequest } from '../../../src/core/template/layout';
import { validate } from '../../../src/core/validate';
import { seedPlan } from '../../browser/support/seed';
import { twoTierPlan } from '../../support/plans';
import {
  blankSubmission,
  cleanSubmission,
  fillInputs,
  templateSpec,
  specToSnapshot,
} from '../../support/snapshots';

const plan = twoTierPlan();
const info = (period: string) => periodInfo(plan, period)!;
const ids = (list: { id: string }[]) => list.map((a) => a.id);

function submission(
  agencyId: string,
  period: string,
  edit: (s: WorkbookSnapshot) => void = () => {},
): SubmissionInput {
  const snap = cleanSubmission(plan, agencyId, period);
  edit(snap);
  const fileName = `${period}_${agencyId}.xlsx`;
  return { provenance: { fileName, sha256: sha256Hex(fileName), size: 1 }, report: validate(snap, plan) };
}

describe('the roster of a period', () => {
  it('R1: a district in force to 30/06 reports for June, is expected, and is missing if it sends nothing', () => {
    expect(ids(expectedAgencies(plan, info('2025-06')))).toEqual(['so-tc', 'so-xd', 'ubnd-a', 'ubnd-b']);
    const c = consolidate(plan, '2025-06', [submission('so-tc', '2025-06'), submission('ubnd-a', '2025-06')]);
    expect(c.submissions.filter((s) => s.status === 'missing').map((s) => s.agencyId)).toEqual([
      'so-xd',
      'ubnd-b',
    ]);
  });

  it('R2: a district that ended on 30/06 has no template for July and is never missing after its end', () => {
    expect(resolveTemplateRequest(plan, 'ubnd-a', '2025-07').ok).toBe(false);
    const c = consolidate(plan, '2025-07', [submission('so-tc', '2025-07')]);
    expect(c.submissions.map((s) => s.agencyId)).not.toContain('ubnd-a');
    expect(c.issues.filter((i) => i.code === 'SUBMISSION_MISSING').map((i) => i.params?.agencyId)).toEqual([
      'so-xd',
      'ubnd-xa-x',
      'ubnd-xa-y',
      'ubnd-xa-z',
    ]);
  });

  it('R3: a commune in force from 01/07 reports for July, whose window (15/06–14/07) ends after it started', () => {
    expect(ids(expectedAgencies(plan, info('2025-07')))).toEqual([
      'so-tc',
      'so-xd',
      'ubnd-xa-x',
      'ubnd-xa-y',
      'ubnd-xa-z',
    ]);
    const c = consolidate(plan, '2025-07', [submission('ubnd-xa-x', '2025-07')]);
    expect(c.submissions.find((s) => s.agencyId === 'ubnd-xa-x')?.status).toBe('submitted');
  });

  it('R4: a commune has no template for June and is not expected then', () => {
    expect(resolveTemplateRequest(plan, 'ubnd-xa-x', '2025-06').ok).toBe(false);
    expect(ids(expectedAgencies(plan, info('2025-06')))).not.toContain('ubnd-xa-x');
  });

  it('R5: Sơn La’s January goes to huyện Mộc Châu, February to June to thị xã Mộc Châu', () => {
    const seed = seedPlan().plan;
    const localities = (period: string) =>
      ids(agenciesInForce(seed, periodInfo(seed, period)!).filter((a) => a.kind === 'locality'));
    expect(localities('2025-01')).toContain('ubnd-huyen-moc-chau');
    expect(localities('2025-01')).not.toContain('ubnd-moc-chau');
    expect(localities('2025-02')).toContain('ubnd-moc-chau');
    expect(localities('2025-02')).not.toContain('ubnd-huyen-moc-chau');
  });

  it('R6: an agency without dates reports every month', () => {
    for (const period of ['2025-01', '2025-06', '2025-07', '2025-12'])
      expect(ids(expectedAgencies(plan, info(period)))).toContain('so-tc');
  });

  it('R7: "kind:locality" means the districts in June and the communes in August', () => {
    expect(ids(resolveAgencies(plan, ['kind:locality'], info('2025-06')))).toEqual(['ubnd-a', 'ubnd-b']);
    expect(ids(resolveAgencies(plan, ['kind:locality'], info('2025-08')))).toEqual([
      'ubnd-xa-x',
      'ubnd-xa-y',
      'ubnd-xa-z',
    ]);
    expect(ids(indicatorsReportedBy(plan, 'ubnd-xa-z', info('2025-08')))).toEqual(['CT02', 'CT03', 'CT05']);
    expect(indicatorsReportedBy(plan, 'ubnd-a', info('2025-08'))).toEqual([]);
  });

  it('R8: July’s province-wide value comes from the communes, the June figure of a passed milestone from the districts', () => {
    const dated = twoTierPlan();
    const ct02 = dated.indicators.find((i) => i.id === 'CT02')!;
    ct02.milestones = [{ date: '2025-06-10', value: 50, label: 'Mốc thử: 50 % đến 10/06' }];
    const disbursed = (agencyId: string, period: string, allocated: number, value: number) => {
      const snap = cleanSubmission(dated, agencyId, period);
      fillInputs(snap, dated, 'CT02', { allocated, disbursed: value });
      const fileName = `${period}_${agencyId}.xlsx`;
      return {
        provenance: { fileName, sha256: sha256Hex(fileName), size: 1 },
        report: validate(snap, dated),
      };
    };
    // June (window 15/05–14/06 holds 10/06): the districts at 40 and 45 of 100 each — 42.5 %, below 50 %.
    const june = consolidate(dated, '2025-06', [
      disbursed('ubnd-a', '2025-06', 100, 40),
      disbursed('ubnd-b', '2025-06', 100, 45),
    ]);
    // July: the three communes, 110 of 200 — 55 %; the milestone missed in June stays missed (docs/verdicts.md P12).
    const july = consolidate(
      dated,
      '2025-07',
      [
        disbursed('ubnd-xa-x', '2025-07', 50, 30),
        disbursed('ubnd-xa-y', '2025-07', 50, 20),
        disbursed('ubnd-xa-z', '2025-07', 100, 60),
      ],
      { history: june.data },
    );
    expect(july.indicators.find((i) => i.indicatorId === 'CT02')).toMatchObject({
      actual: 55,
      reporting: 3,
      // The two departments and the three communes; the districts are no longer expected.
      expected: 5,
      progress: {
        status: 'missed',
        value: 55,
        against: { kind: 'passedMilestone', value: 50, date: '2025-06-10' },
        source: 'history',
      },
    });
  });

  it('R9: a file stamped for a unit not in force for its period is not judged (AGENCY_NOT_IN_FORCE)', () => {
    // Made under a plan that did not yet date the districts, sent for July once the plan does.
    const undated = twoTierPlan();
    for (const a of undated.agencies) if (a.id === 'ubnd-a') delete a.to;
    undated.agencies = undated.agencies.filter((a) => !a.replaces?.includes('ubnd-a'));
    const snap = specToSnapshot(templateSpec(undated, 'ubnd-a', '2025-07'));
    const report = validate(snap, plan);
    expect(report.identity).toBeNull();
    expect(report.issues.map((i) => [i.code, i.subject, i.found])).toEqual([
      ['AGENCY_NOT_IN_FORCE', 'UBND huyện A', '2025-07'],
    ]);
    const c = consolidate(plan, '2025-07', [
      { provenance: { fileName: 'a.xlsx', sha256: 'a', size: 1 }, report },
    ]);
    expect(c.files.map((f) => [f.fileName, f.status, f.reason?.code])).toEqual([
      ['a.xlsx', 'rejected', 'AGENCY_NOT_IN_FORCE'],
    ]);
  });

  it('R10: a template asked for a unit not in force is refused, offering the units in force', () => {
    const refused = resolveTemplateRequest(plan, 'ubnd-a', '2025-08');
    expect(refused).toMatchObject({
      ok: false,
      error: { kind: 'agencyNotInForce', given: 'ubnd-a', period: '2025-08', from: null, to: '2025-06-30' },
    });
    if (!refused.ok && refused.error.kind === 'agencyNotInForce')
      expect(ids(refused.error.choices)).toEqual([
        'so-tc',
        'so-xd',
        'mttq',
        'ubnd-xa-x',
        'ubnd-xa-y',
        'ubnd-xa-z',
      ]);
    expect(blankSubmission(plan, 'ubnd-a', '2025-06').sheets.length).toBeGreaterThan(0);
  });
});
