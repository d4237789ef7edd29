/** Validation — judging values against the target or the milestone that applies to the period. */
import { validate } from '../../../src/core/validate';
import { judge } from '../../../src/core/validate/judge';
import { applicableCheckpoint, periodInfo } from '../../../src/core/plan/period';
import { testPlan } from '../../support/plans';
import { cleanSubmission, fillIndicator } from '../../support/snapshots';

const plan = testPlan();
const disbursement = plan.indicators.find((i) => i.id === 'CT02')!;
const result = (r: ReturnType<typeof validate>, id: string) => r.indicators.find((i) => i.indicatorId === id);

describe('judge', () => {
  it.each([
    [8.2, 'met', 0.2],
    [8, 'met', 0],
    [7.6, 'near', -0.4],
    [7.5, 'near', -0.5],
    [7.4, 'missed', -0.6],
  ] as const)('at least 8 (±0.5): %d is %s with gap %d', (value, status, gap) => {
    expect(judge(value, 8, 'atLeast', 0.5)).toMatchObject({ status, gap });
  });

  it.each([
    [90, 'met'],
    [105, 'near'],
    [111, 'missed'],
  ] as const)('at most 100 (±10): %d is %s', (value, status) => {
    expect(judge(value, 100, 'atMost', 10).status).toBe(status);
  });

  it.each([
    [20.6, 'met'],
    [20.9, 'met'],
    [20.2, 'near'],
    [21.3, 'missed'],
    [19.9, 'missed'],
  ] as const)('about 20.6 (±0.3): %d is %s', (value, status) => {
    expect(judge(value, 20.6, 'about', 0.3).status).toBe(status);
  });

  it('is not fooled by floating point (0.1 + 0.2 reaches 0.3)', () => {
    expect(judge(0.1 + 0.2, 0.3, 'atLeast', 0).status).toBe('met');
  });

  it('reports the value as a percentage of the checkpoint', () => {
    expect(judge(45, 50, 'atLeast', 5).percentOfCheckpoint).toBe(90);
  });
});

describe('the milestone that applies to a period', () => {
  const at = (period: string) =>
    applicableCheckpoint(plan, disbursement, periodInfo(plan, period)!.windowEnd);

  it('June (data to 14/6) is judged against 50% by 30/6', () => {
    expect(at('2025-06')).toMatchObject({ value: 50, date: '2025-06-30', annual: false });
  });

  it('July (data to 14/7) is judged against 60% by 30/9', () => {
    expect(at('2025-07')).toMatchObject({ value: 60, date: '2025-09-30', annual: false });
  });

  it('October onwards is judged against the annual target of 100%', () => {
    expect(at('2025-10')).toMatchObject({ value: 100, date: '2025-12-31', annual: true });
  });

  it('before a deadline, 55% disbursed is met against the milestone, not missed against 100%', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-06');
    fillIndicator(snap, 'CT02', { input1: 200, input2: 110 });
    expect(result(validate(snap, plan), 'CT02')).toMatchObject({
      actual: 55,
      status: 'met',
      checkpoint: { value: 50 },
    });
  });

  it('in July the same 55% is near the 60% milestone', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    fillIndicator(snap, 'CT02', { input1: 200, input2: 110 });
    expect(result(validate(snap, plan), 'CT02')).toMatchObject({ status: 'near', gap: -5 });
  });

  it('against the annual target, the year estimate is judged when given', () => {
    const snap = cleanSubmission(plan, 'so-tc', '2025-10');
    fillIndicator(snap, 'CT02', { input1: 200, input2: 140, yearEstimate: 97 });
    expect(result(validate(snap, plan), 'CT02')).toMatchObject({
      actual: 70,
      basis: 'yearEstimate',
      judged: 97,
      status: 'near',
    });
  });

  it('against the annual target, the actual is judged when no year estimate is given', () => {
    const snap = cleanSubmission(plan, 'so-tc', '2025-07');
    fillIndicator(snap, 'CT01', { actual: 7.2 });
    expect(result(validate(snap, plan), 'CT01')).toMatchObject({
      basis: 'actual',
      status: 'missed',
      gap: -0.8,
    });
  });

  it('a status overwritten as "Đạt" when the value misses is reported', () => {
    const snap = cleanSubmission(plan, 'so-tc', '2025-07');
    fillIndicator(snap, 'CT01', { actual: 6, status: 'Đạt' });
    const report = validate(snap, plan);
    expect(report.issues).toContainEqual(
      expect.objectContaining({ code: 'STATUS_MISMATCH', found: 'Đạt', expected: 'Chưa đạt' }),
    );
    expect(report.issues).toContainEqual(
      expect.objectContaining({ code: 'COMPUTED_OVERWRITTEN', found: 'Đạt' }),
    );
  });
});
