/**
 * Consolidation with the history of earlier months ("Dữ liệu" of the workbook merged into): a running total that went
 * down is stopped, a passed milestone's outcome comes from its own month, and the province is judged the same way —
 * docs/verdicts.md, rows P12, P14, S6 and S7.
 */
import { consolidate } from '../../../src/core/consolidate/consolidate';
import type { DataRow, SubmissionInput } from '../../../src/core/consolidate/types';
import { sha256Hex } from '../../../src/core/plan/hash';
import type { WorkbookSnapshot } from '../../../src/core/snapshot/types';
import { SHEETS } from '../../../src/core/template/model';
import { validate } from '../../../src/core/validate';
import { testPlan } from '../../support/plans';
import { addressOf, cleanSubmission, fillIndicator } from '../../support/snapshots';

const plan = testPlan();

function submission(agencyId: string, period: string, edit: (s: WorkbookSnapshot) => void): SubmissionInput {
  const snap = cleanSubmission(plan, agencyId, period);
  edit(snap);
  const fileName = `${period}_${agencyId}.xlsx`;
  return { provenance: { fileName, sha256: sha256Hex(fileName), size: 1 }, report: validate(snap, plan) };
}

/** A month as an earlier consolidation kept it: the rows of that month's data. */
function earlierMonth(period: string, inputs: SubmissionInput[]): DataRow[] {
  return consolidate(plan, period, inputs).data;
}

/** ubnd-a's disbursement: allocated capital, disbursed capital (cumulative). */
const disbursement = (agencyId: string, period: string, allocated: number, disbursed: number) =>
  submission(agencyId, period, (s) => fillIndicator(s, 'CT02', { input1: allocated, input2: disbursed }));

const value = (c: ReturnType<typeof consolidate>, agencyId: string, id: string) =>
  c.values.find((v) => v.agencyId === agencyId && v.indicatorId === id);

describe('consolidation with history', () => {
  it('P12: a milestone missed in its month (July: 40 % against 50 % by 30/06) stays missed in August at 55 %', () => {
    const history = earlierMonth('2025-07', [disbursement('ubnd-a', '2025-07', 200, 80)]);
    const c = consolidate(plan, '2025-08', [disbursement('ubnd-a', '2025-08', 200, 110)], { history });
    expect(value(c, 'ubnd-a', 'CT02')?.progress).toMatchObject({
      status: 'missed',
      value: 55,
      against: { kind: 'passedMilestone', value: 50, date: '2025-06-30' },
      source: 'history',
    });
    // The verdict now needs an explanation the agency's own file could not know it owed.
    expect(c.issues).toContainEqual(
      expect.objectContaining({ code: 'EXPLANATION_MISSING', file: '2025-08_ubnd-a.xlsx', subject: 'CT02' }),
    );
  });

  it('P14: a milestone met in its month is met against it later', () => {
    const history = earlierMonth('2025-07', [disbursement('ubnd-a', '2025-07', 200, 104)]);
    const c = consolidate(plan, '2025-08', [disbursement('ubnd-a', '2025-08', 200, 110)], { history });
    expect(value(c, 'ubnd-a', 'CT02')?.progress).toMatchObject({ status: 'met', source: 'history' });
  });

  it('P12: the province is judged on its own figure of the milestone’s month, formed from the history', () => {
    const history = earlierMonth('2025-07', [
      disbursement('ubnd-a', '2025-07', 100, 30),
      disbursement('ubnd-b', '2025-07', 100, 50),
    ]);
    const c = consolidate(
      plan,
      '2025-08',
      [disbursement('ubnd-a', '2025-08', 100, 60), disbursement('ubnd-b', '2025-08', 100, 60)],
      { history },
    );
    // July: (30 + 50) / 200 = 40 % < 50 %; August: 60 % — still missed against the passed milestone.
    expect(c.indicators.find((i) => i.indicatorId === 'CT02')?.progress).toMatchObject({
      status: 'missed',
      value: 60,
      against: { kind: 'passedMilestone', value: 50 },
    });
  });

  it('S6: a running total lower than last month’s is an error at its cell and is neither judged nor summed', () => {
    const history = earlierMonth('2025-07', [
      submission('ubnd-a', '2025-07', (s) => fillIndicator(s, 'CT05', { actual: 60 })),
    ]);
    const august = submission('ubnd-a', '2025-08', (s) => fillIndicator(s, 'CT05', { actual: 55 }));
    const c = consolidate(
      plan,
      '2025-08',
      [august, submission('ubnd-b', '2025-08', (s) => fillIndicator(s, 'CT05', { actual: 20 }))],
      { history },
    );
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-08');
    expect(c.issues).toContainEqual(
      expect.objectContaining({
        code: 'CUMULATIVE_DECREASED',
        severity: 'error',
        file: '2025-08_ubnd-a.xlsx',
        sheet: SHEETS.indicators,
        cell: addressOf(snap, SHEETS.indicators, 'CT05', 'actual'),
        found: 55,
        expected: 60,
        params: { previousPeriod: '07/2025' },
      }),
    );
    expect(value(c, 'ubnd-a', 'CT05')).toMatchObject({ actual: null, progress: { status: 'invalid' } });
    expect(c.indicators.find((i) => i.indicatorId === 'CT05')).toMatchObject({ actual: 20, reporting: 1 });
    expect(
      c.data.some((r) => r.agencyId === 'ubnd-a' && r.indicatorId === 'CT05' && r.measure === 'actual'),
    ).toBe(false);
  });

  it('S7: a cumulative input that went down (capital disbursed) is an error at the input cell', () => {
    const history = earlierMonth('2025-07', [disbursement('ubnd-a', '2025-07', 200, 100)]);
    const c = consolidate(plan, '2025-08', [disbursement('ubnd-a', '2025-08', 200, 90)], { history });
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-08');
    expect(c.issues).toContainEqual(
      expect.objectContaining({
        code: 'CUMULATIVE_DECREASED',
        cell: addressOf(snap, SHEETS.indicators, 'CT02', 'input2'),
        found: 90,
        expected: 100,
      }),
    );
    expect(value(c, 'ubnd-a', 'CT02')).toMatchObject({ actual: null, progress: { status: 'invalid' } });
  });

  it('an allocation that went down (not a running total) is not a decrease', () => {
    const history = earlierMonth('2025-07', [disbursement('ubnd-a', '2025-07', 200, 100)]);
    const c = consolidate(plan, '2025-08', [disbursement('ubnd-a', '2025-08', 180, 100)], { history });
    expect(c.issues.map((i) => i.code)).not.toContain('CUMULATIVE_DECREASED');
  });

  it('merging a month again ignores that month’s own rows in the history (idempotent)', () => {
    const august = [disbursement('ubnd-a', '2025-08', 200, 110)];
    const first = consolidate(plan, '2025-08', august);
    const again = consolidate(plan, '2025-08', august, { history: first.data });
    expect(again).toEqual(first);
  });
});
