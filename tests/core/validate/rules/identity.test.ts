/** Validation — identity: a submission is known by its stamp, checked against the plan. */
import { validate } from '../../../../src/core/validate';
import { planHash } from '../../../../src/core/plan/hash';
import { SHEETS } from '../../../../src/core/template/model';
import { testPlan } from '../../../support/plans';
import { cleanSubmission, setCell, sheet, specToSnapshot } from '../../../support/snapshots';
import { consolidate } from '../../../../src/core/consolidate/consolidate';
import { consolidationWorkbook } from '../../../../src/core/consolidate/workbook';
import { issueMessage } from '../../../../src/i18n';

const plan = testPlan();
const codes = (r: ReturnType<typeof validate>) => r.issues.map((i) => i.code);

describe('identity of a submission', () => {
  it('reads agency and period from the stamp, not from a file name', () => {
    const report = validate(cleanSubmission(plan, 'ubnd-a', '2025-07'), plan);
    expect(report.identity).toMatchObject({
      planId: 'test-2025',
      agencyId: 'ubnd-a',
      period: '2025-07',
      planHash: planHash(plan),
    });
  });

  it('a workbook without a stamp is not a template: one error, no results', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    snap.sheets = snap.sheets.filter((s) => s.name !== SHEETS.stamp);
    const report = validate(snap, plan);
    expect(codes(report)).toEqual(['STAMP_MISSING']);
    expect(report.identity).toBeNull();
    expect(report.indicators).toEqual([]);
  });

  it('a consolidated workbook is named as such, not as a workbook without a stamp', () => {
    const workbook = consolidationWorkbook(plan, consolidate(plan, '2025-07', []), {
      generatedAt: '2025-07-19T08:00:00Z',
      generator: 'test',
      describe: (i) => issueMessage(i, 'vi'),
    }).workbook;
    const report = validate(specToSnapshot(workbook), plan);
    expect(report.issues).toEqual([
      expect.objectContaining({ code: 'SUBMISSION_IS_CONSOLIDATION', severity: 'error' }),
    ]);
    expect(report.identity).toBeNull();
  });

  it('a damaged stamp names the field that is wrong', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    const stamp = sheet(snap, SHEETS.stamp);
    const row = stamp.rows.findIndex((r) => r[0]?.t === 's' && r[0].v === 'agencyId');
    setCell(snap, SHEETS.stamp, `B${row + 1}`, null);
    expect(validate(snap, plan).issues).toEqual([
      expect.objectContaining({ code: 'STAMP_UNREADABLE', subject: 'agencyId' }),
    ]);
  });

  it('a stamp of another plan is rejected with both plan ids', () => {
    const other = { ...testPlan(), id: 'other-2025' };
    const report = validate(cleanSubmission(other, 'ubnd-a', '2025-07'), plan);
    expect(report.issues).toEqual([
      expect.objectContaining({ code: 'PLAN_UNKNOWN', found: 'other-2025', expected: 'test-2025' }),
    ]);
  });

  it('a template issued under an earlier version of the plan is judged against the current plan, with a warning', () => {
    const issuedUnder = testPlan();
    issuedUnder.title = 'Bản cũ';
    const report = validate(cleanSubmission(issuedUnder, 'ubnd-a', '2025-07'), plan);
    expect(codes(report)).toContain('PLAN_VERSION_CHANGED');
    expect(report.counts.bySeverity.error).toBe(0);
    expect(report.indicators.length).toBeGreaterThan(0);
  });

  it('an agency the plan does not know is an error', () => {
    const withExtra = testPlan();
    withExtra.agencies.push({ id: 'ubnd-z', name: 'UBND huyện Z', kind: 'locality', reportsMonthly: true });
    const report = validate(cleanSubmission(withExtra, 'ubnd-z', '2025-07'), { ...plan, id: withExtra.id });
    expect(codes(report)).toContain('AGENCY_UNKNOWN');
  });

  it('a period outside the plan year is an error', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    const stamp = sheet(snap, SHEETS.stamp);
    const row = stamp.rows.findIndex((r) => r[0]?.t === 's' && r[0].v === 'period');
    setCell(snap, SHEETS.stamp, `B${row + 1}`, '2024-13');
    expect(validate(snap, plan).issues).toEqual([
      expect.objectContaining({ code: 'PERIOD_INVALID', found: '2024-13' }),
    ]);
  });

  it('an unknown layout version is refused rather than misread', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    setCell(snap, SHEETS.stamp, 'B2', 99);
    expect(validate(snap, plan).issues).toEqual([
      expect.objectContaining({ code: 'LAYOUT_UNSUPPORTED', found: 99 }),
    ]);
  });

  it('accepts a stamp sheet that LibreOffice turned from very hidden into hidden', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    sheet(snap, SHEETS.stamp).state = 'hidden';
    expect(validate(snap, plan).identity?.agencyId).toBe('ubnd-a');
  });

  it('finds a renamed stamp sheet by its marker', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    sheet(snap, SHEETS.stamp).name = 'Sheet9';
    expect(validate(snap, plan).identity?.agencyId).toBe('ubnd-a');
  });
});
