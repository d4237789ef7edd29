/** Validation — what each indicator of a submission is judged against, and the two verdicts it gets. */
import { validate } from '../../../src/core/validate';
import { judgeBand } from '../../../src/core/verdict';
import { testPlan } from '../../support/plans';
import { cleanSubmission, fillIndicator } from '../../support/snapshots';

const plan = testPlan();
const result = (r: ReturnType<typeof validate>, id: string) => r.indicators.find((i) => i.indicatorId === id);

describe('the band', () => {
  it.each([
    [8.2, 'met', 0.2],
    [8, 'met', 0],
    [7.6, 'near', -0.4],
    [7.5, 'near', -0.5],
    [7.4, 'missed', -0.6],
  ] as const)('at least 8 (±0.5): %d is %s with gap %d', (value, status, gap) => {
    expect(judgeBand(value, 8, 'atLeast', 0.5)).toMatchObject({ status, gap });
  });

  it.each([
    [90, 'met'],
    [105, 'near'],
    [111, 'missed'],
  ] as const)('at most 100 (±10): %d is %s', (value, status) => {
    expect(judgeBand(value, 100, 'atMost', 10).status).toBe(status);
  });

  it.each([
    [20.6, 'met'],
    [20.9, 'met'],
    [20.2, 'near'],
    [21.3, 'missed'],
    [19.9, 'missed'],
  ] as const)('about 20.6 (±0.3): %d is %s', (value, status) => {
    expect(judgeBand(value, 20.6, 'about', 0.3).status).toBe(status);
  });

  it('is not fooled by floating point (0.1 + 0.2 reaches 0.3)', () => {
    expect(judgeBand(0.1 + 0.2, 0.3, 'atLeast', 0).status).toBe('met');
  });

  it('gives the value as a percentage of the reference', () => {
    expect(judgeBand(45, 50, 'atLeast', 5).percent).toBe(90);
  });
});

describe('a submission’s indicators, judged', () => {
  it('P10: in June a running total is not judged against the milestone of 30/06, which is still ahead', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-06');
    fillIndicator(snap, 'CT02', { input1: 200, input2: 80 });
    expect(result(validate(snap, plan), 'CT02')).toMatchObject({
      actual: 40,
      progress: { status: 'notDue', against: null, percentOfAnnual: 40 },
    });
  });

  it('P9: in July (data 15/6–14/7) disbursement is judged against 50 % by 30/06, in the window', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    fillIndicator(snap, 'CT02', { input1: 200, input2: 96 });
    expect(result(validate(snap, plan), 'CT02')).toMatchObject({
      actual: 48,
      progress: { status: 'near', against: { kind: 'milestone', value: 50, date: '2025-06-30' }, gap: -2 },
    });
  });

  it('P13: in August, still below the passed 50 % milestone, it stays missed against it', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-08');
    fillIndicator(snap, 'CT02', { input1: 200, input2: 80 });
    expect(result(validate(snap, plan), 'CT02')).toMatchObject({
      progress: { status: 'missed', against: { kind: 'passedMilestone', value: 50 }, source: 'inferred' },
    });
  });

  it('F1: the year estimate is judged as a forecast, never as progress', () => {
    const snap = cleanSubmission(plan, 'so-tc', '2025-10');
    fillIndicator(snap, 'CT02', { input1: 200, input2: 140, yearEstimate: 97 });
    expect(result(validate(snap, plan), 'CT02')).toMatchObject({
      actual: 70,
      // October's window (15/9–14/10) holds the milestone of 30/09: 70 % against its 60 %.
      progress: { status: 'met', value: 70, against: { kind: 'milestone', value: 60 } },
      forecast: { status: 'near', basis: 'yearEstimate', value: 97, target: 100 },
    });
  });

  it('P3: a level is judged against the annual target when no milestone applies, whatever the estimate', () => {
    const snap = cleanSubmission(plan, 'so-tc', '2025-07');
    fillIndicator(snap, 'CT01', { actual: 7.2, yearEstimate: 8.2 });
    expect(result(validate(snap, plan), 'CT01')).toMatchObject({
      progress: { status: 'missed', value: 7.2, against: { kind: 'annual', value: 8 }, gap: -0.8 },
      forecast: { status: 'met', value: 8.2 },
    });
  });

  it('a verdict overwritten as "Đạt" when the value misses is reported', () => {
    const snap = cleanSubmission(plan, 'so-tc', '2025-07');
    fillIndicator(snap, 'CT01', { actual: 6, progress: 'Đạt' });
    const report = validate(snap, plan);
    expect(report.issues).toContainEqual(
      expect.objectContaining({ code: 'STATUS_MISMATCH', found: 'Đạt', expected: 'Chưa đạt' }),
    );
    expect(report.issues).toContainEqual(
      expect.objectContaining({ code: 'COMPUTED_OVERWRITTEN', found: 'Đạt' }),
    );
  });
});
