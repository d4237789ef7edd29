/** Progress to date — docs/verdicts.md, rows P1–P23 (one test per row). */
import { judgeProgress } from '../../../src/core/verdict';
import { DISBURSEMENT, indicator, ok, windowOf } from './support';

const houses = indicator({
  valueKind: 'cumulative',
  milestones: [{ date: '2025-05-31', value: 100, label: 'Tháng 5' }],
});
const disbursement = indicator({ valueKind: 'cumulative', milestones: DISBURSEMENT });
const revenue = indicator({ valueKind: 'cumulative', target: 4305, tolerance: 86 });
const urbanization = indicator({ direction: 'about', tolerance: 0.3, target: 20.6 });
const cap = indicator({ direction: 'atMost', tolerance: 2, target: 20 });

describe('progress to date', () => {
  it('P1: a level at its annual target is met against the annual target', () => {
    const v = judgeProgress({ indicator: indicator(), window: windowOf('2025-07'), actual: ok(100) });
    expect(v).toMatchObject({ status: 'met', value: 100, against: { kind: 'annual', value: 100 }, gap: 0 });
  });

  it('P2: a level within the band below the target is near', () => {
    const v = judgeProgress({ indicator: indicator(), window: windowOf('2025-07'), actual: ok(96) });
    expect(v).toMatchObject({ status: 'near', against: { kind: 'annual' }, gap: -4, percentOfReference: 96 });
  });

  it('P3: a level below the band is missed', () => {
    expect(
      judgeProgress({ indicator: indicator(), window: windowOf('2025-07'), actual: ok(90) }).status,
    ).toBe('missed');
  });

  it('P4: atMost mirrors atLeast — a little above the cap is near', () => {
    expect(judgeProgress({ indicator: cap, window: windowOf('2025-07'), actual: ok(21.5) }).status).toBe(
      'near',
    );
  });

  it('P5: atMost — above the cap and its band is missed', () => {
    expect(judgeProgress({ indicator: cap, window: windowOf('2025-07'), actual: ok(23) }).status).toBe(
      'missed',
    );
  });

  it('P6: an approximate target (khoảng 20,6 %) is met within ±tolerance', () => {
    expect(
      judgeProgress({ indicator: urbanization, window: windowOf('2025-07'), actual: ok(20.8) }).status,
    ).toBe('met');
  });

  it('P7: an approximate target is near within ±2×tolerance', () => {
    expect(
      judgeProgress({ indicator: urbanization, window: windowOf('2025-07'), actual: ok(21.1) }).status,
    ).toBe('near');
  });

  it('P8: an approximate target is missed beyond ±2×tolerance', () => {
    expect(
      judgeProgress({ indicator: urbanization, window: windowOf('2025-07'), actual: ok(21.3) }).status,
    ).toBe('missed');
  });

  it('P9: a milestone whose date is in the window is the reference', () => {
    const v = judgeProgress({ indicator: disbursement, window: windowOf('2025-07'), actual: ok(48) });
    expect(v).toMatchObject({
      status: 'near',
      against: { kind: 'milestone', value: 50, date: '2025-06-30' },
    });
  });

  it('P10: a future milestone is not judged early: a running total is not due yet', () => {
    const v = judgeProgress({ indicator: disbursement, window: windowOf('2025-05'), actual: ok(30) });
    expect(v).toMatchObject({ status: 'notDue', against: null, percentOfAnnual: 30 });
  });

  it('P11: a running total already above the annual target is met, whatever else', () => {
    const v = judgeProgress({ indicator: revenue, window: windowOf('2025-07'), actual: ok(4480.9) });
    expect(v).toMatchObject({
      status: 'met',
      against: { kind: 'annual', value: 4305 },
      percentOfAnnual: 104.1,
    });
  });

  it('P12: a milestone missed in its month stays missed later, though today is above it', () => {
    const v = judgeProgress({
      indicator: disbursement,
      window: windowOf('2025-08'),
      actual: ok(55),
      atPassedMilestone: 40,
    });
    expect(v).toMatchObject({
      status: 'missed',
      value: 55,
      against: { kind: 'passedMilestone', value: 50, date: '2025-06-30' },
      source: 'history',
    });
  });

  it('P13: without history, a running total still below a passed milestone was below it at its date', () => {
    const v = judgeProgress({ indicator: houses, window: windowOf('2025-07'), actual: ok(88.9) });
    expect(v).toMatchObject({
      status: 'missed',
      against: { kind: 'passedMilestone', value: 100, date: '2025-05-31' },
      source: 'inferred',
    });
  });

  it('P14: a passed milestone met in its month is met', () => {
    const v = judgeProgress({
      indicator: disbursement,
      window: windowOf('2025-08'),
      actual: ok(55),
      atPassedMilestone: 52,
    });
    expect(v).toMatchObject({
      status: 'met',
      against: { kind: 'passedMilestone', value: 50 },
      source: 'history',
    });
  });

  it('P15: a passed milestone whose month is unknown and that today’s total exceeds decides nothing', () => {
    const v = judgeProgress({ indicator: disbursement, window: windowOf('2025-08'), actual: ok(55) });
    expect(v).toMatchObject({ status: 'notDue', percentOfAnnual: 55 });
  });

  it('P16: once the annual target is met, a missed milestone is over', () => {
    const v = judgeProgress({
      indicator: houses,
      window: windowOf('2025-07'),
      actual: ok(100),
      atPassedMilestone: 90,
    });
    expect(v).toMatchObject({ status: 'met', against: { kind: 'annual', value: 100 } });
  });

  it('P17: a later milestone due in the window decides over an earlier missed one', () => {
    const v = judgeProgress({
      indicator: disbursement,
      window: windowOf('2025-10'),
      actual: ok(61),
      atPassedMilestone: 40,
    });
    expect(v).toMatchObject({ status: 'met', against: { kind: 'milestone', value: 60, date: '2025-09-30' } });
  });

  it('P18: a level indicator keeps a missed milestone too, until its annual target is met', () => {
    const level = indicator({ milestones: [{ date: '2025-06-30', value: 80, label: 'Giữa năm' }] });
    const missed = judgeProgress({
      indicator: level,
      window: windowOf('2025-08'),
      actual: ok(90),
      atPassedMilestone: 70,
    });
    expect(missed).toMatchObject({ status: 'missed', against: { kind: 'passedMilestone', value: 80 } });
    const over = judgeProgress({
      indicator: level,
      window: windowOf('2025-08'),
      actual: ok(100),
      atPassedMilestone: 70,
    });
    expect(over).toMatchObject({ status: 'met', against: { kind: 'annual' } });
  });

  it('P19: a value with an error is never judged', () => {
    const v = judgeProgress({
      indicator: indicator(),
      window: windowOf('2025-07'),
      actual: { state: 'invalid' },
    });
    expect(v).toEqual({
      status: 'invalid',
      value: null,
      against: null,
      gap: null,
      percentOfReference: null,
      percentOfAnnual: null,
    });
  });

  it('P20: a blank actual is missing', () => {
    expect(
      judgeProgress({ indicator: indicator(), window: windowOf('2025-07'), actual: { state: 'missing' } })
        .status,
    ).toBe('missing');
  });

  it('P21: a ratio of a zero denominator does not apply', () => {
    const v = judgeProgress({
      indicator: indicator(),
      window: windowOf('2025-07'),
      actual: { state: 'notApplicable' },
    });
    expect(v.status).toBe('notApplicable');
  });

  it('P22: a cumulative cap already exceeded beyond its band is missed for the year', () => {
    const capTotal = indicator({ valueKind: 'cumulative', direction: 'atMost', target: 50, tolerance: 2 });
    const v = judgeProgress({ indicator: capTotal, window: windowOf('2025-07'), actual: ok(53) });
    expect(v).toMatchObject({ status: 'missed', against: { kind: 'annual', value: 50 } });
    expect(judgeProgress({ indicator: capTotal, window: windowOf('2025-07'), actual: ok(40) }).status).toBe(
      'notDue',
    );
  });

  it('P23: a running total between checkpoints is not due, with its share of the annual target', () => {
    const v = judgeProgress({ indicator: revenue, window: windowOf('2025-07'), actual: ok(3000) });
    expect(v).toMatchObject({ status: 'notDue', value: 3000, against: null, percentOfAnnual: 69.7 });
  });
});
