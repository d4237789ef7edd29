/**
 * What a template carries besides its stamp: the plan it was issued from (docs/plan.md, "The plan at run time"), so an
 * agency's workbook can be checked without the planner's file — but only that very plan, never an altered copy; and the
 * stamp's plan version, with stamps written before versions existed read as version 1.
 */
import { planCarriedBy } from '../../../src/app/planLoad';
import { decisionWords } from '../../../src/core/plan/decision';
import { planHash } from '../../../src/core/plan/hash';
import { CARRIED_PLAN_SHEET, carriedPlan, carriedPlanSheet } from '../../../src/core/stamps/plan';
import { findStampSheet, parseStamp } from '../../../src/core/stamps/template';
import type { WorkbookSnapshot } from '../../../src/core/snapshot/types';
import { seedPlan } from '../../browser/support/seed';
import { testPlan } from '../../support/plans';
import { blankSubmission, sheet, specToSnapshot } from '../../support/snapshots';

const plan = testPlan();

describe('the plan a template carries', () => {
  it('is the plan it was issued from, very hidden, cut into cells a spreadsheet holds', () => {
    const snap = blankSubmission(plan, 'so-tc', '2025-07');
    expect(sheet(snap, CARRIED_PLAN_SHEET).state).toBe('veryHidden');
    expect(planCarriedBy(snap)).toMatchObject({ plan, hash: planHash(plan), source: { kind: 'template' } });
    const cells = sheet(
      specToSnapshot({ ...emptyBook(), sheets: [carriedPlanSheet('x'.repeat(20001), 'h')] }),
      CARRIED_PLAN_SHEET,
    );
    expect(cells.rows.slice(3).map((r) => (r[0]?.t === 's' ? r[0].v.length : 0))).toEqual([8000, 8000, 4001]);
  });

  it('is read back whole, the Sơn La plan with its 75 communes too', () => {
    const { plan: seed } = seedPlan();
    const snap = blankSubmission(seed, 'ubnd-xa-doan-ket', '2025-08');
    expect(planCarriedBy(snap)?.hash).toBe(planHash(seed));
  });

  it('is ignored when it was altered (its hash is not the stamp’s) or cut short', () => {
    const snap = blankSubmission(plan, 'so-tc', '2025-07');
    const rows = sheet(snap, CARRIED_PLAN_SHEET).rows;
    const chunk = rows[3]?.[0];
    if (chunk?.t === 's') rows[3] = [{ t: 's', v: chunk.v.replace('"target":8', '"target":9') }];
    expect(planCarriedBy(snap)).toBeNull();
    const short = blankSubmission(plan, 'so-tc', '2025-07');
    sheet(short, CARRIED_PLAN_SHEET).rows.pop();
    expect(carriedPlan(short)).toBeNull();
    expect(planCarriedBy(short)).toBeNull();
  });

  it('is absent from a workbook that is no template', () => {
    expect(planCarriedBy(emptyBook() as unknown as WorkbookSnapshot)).toBeNull();
  });
});

describe('the stamp’s plan version', () => {
  it('is read as 1 from a stamp written before plan versions existed', () => {
    const snap = blankSubmission(plan, 'so-tc', '2025-07');
    const stamp = sheet(snap, '_stamp');
    stamp.rows = stamp.rows.filter((r) => !(r[0]?.t === 's' && r[0].v === 'planVersion'));
    const parsed = parseStamp(findStampSheet(snap)!);
    expect(parsed.ok && parsed.stamp.planVersion).toBe(1);
  });

  it('makes the stamp unreadable when it is not a whole number from 1', () => {
    const snap = blankSubmission(plan, 'so-tc', '2025-07');
    const row = sheet(snap, '_stamp').rows.find((r) => r[0]?.t === 's' && r[0].v === 'planVersion')!;
    row[1] = { t: 's', v: 'hai' };
    expect(parseStamp(findStampSheet(snap)!)).toEqual({
      ok: false,
      problem: { field: 'planVersion', found: 'hai' },
    });
  });
});

describe('the Decision as forms cite it', () => {
  it('says its number and date are not in the text rather than borrow another document’s', () => {
    const { plan: seed } = seedPlan();
    expect(decisionWords(seed)).toBe(
      'Quyết định về nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách nhà nước với mục tiêu tăng trưởng năm 2025 đạt 8% trở lên (số, ngày: không ghi trong văn bản nguồn)',
    );
    expect(decisionWords(plan)).toBe('Quyết định số QĐ 1/2025, ngày 10/01/2025');
  });
});

function emptyBook() {
  return {
    sheets: [],
    styles: {},
    properties: { title: 't', creator: 't', created: '2025-01-01T00:00:00Z' },
  };
}
