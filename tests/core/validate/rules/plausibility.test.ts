/** Rule plausibility: slips an officer would reject at once are errors at their cell — docs/verdicts.md, S1–S4. */
import { plausibility } from '../../../../src/core/validate/rules/indicator/plausibility';
import { testPlan } from '../../../support/plans';
import { addressOf, cleanSubmission, fillIndicator } from '../../../support/snapshots';
import { SHEETS } from '../../../../src/core/template/model';
import { checkWith, indicatorRow } from './rows';

const plan = testPlan();

describe('rule plausibility', () => {
  it('passes figures of the size the row expects', () => {
    const snap = cleanSubmission(plan, 'so-tc', '2025-07');
    fillIndicator(snap, 'CT01', { actual: 7.8, yearEstimate: 8.2 });
    expect(checkWith(plausibility, indicatorRow(plan, snap, 'CT01'))).toEqual([]);
  });

  it('S1: stops a growth rate typed as a fraction, and the actual is then unusable', () => {
    const snap = cleanSubmission(plan, 'so-tc', '2025-07');
    fillIndicator(snap, 'CT01', { actual: 0.078, yearEstimate: 8.2 });
    const row = indicatorRow(plan, snap, 'CT01');
    expect(checkWith(plausibility, row)).toMatchObject([
      {
        code: 'VALUE_FRACTION_SLIP',
        cell: addressOf(snap, SHEETS.indicators, 'CT01', 'actual'),
        found: 0.078,
        expected: 7.8,
      },
    ]);
    expect(row.readings.actual.state).toBe('invalid');
    expect(row.verdicts.progress.status).toBe('invalid');
  });

  it('S2: a small share with no reference to tell it by stays a figure (the softer warning is the inputs rule’s)', () => {
    const p = testPlan();
    const ct01 = p.indicators[0]!;
    Object.assign(ct01, { valueKind: 'cumulative', baseline: undefined });
    const snap = cleanSubmission(p, 'so-tc', '2025-07');
    fillIndicator(snap, 'CT01', { actual: 0.5 });
    const row = indicatorRow(p, snap, 'CT01');
    expect(checkWith(plausibility, row)).toEqual([]);
    expect(row.verdicts.progress).toMatchObject({ status: 'notDue', value: 0.5 });
  });

  it('S3: stops a year estimate typed as a fraction', () => {
    const snap = cleanSubmission(plan, 'so-tc', '2025-07');
    fillIndicator(snap, 'CT01', { actual: 7.8, yearEstimate: 0.082 });
    const row = indicatorRow(plan, snap, 'CT01');
    expect(checkWith(plausibility, row)).toMatchObject([
      { code: 'VALUE_FRACTION_SLIP', found: 0.082, expected: 8.2 },
    ]);
    expect(row.verdicts.forecast.status).toBe('invalid');
  });

  it('S4: stops a year estimate below what a running count already reached', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    fillIndicator(snap, 'CT05', { actual: 60, yearEstimate: 55 });
    const row = indicatorRow(plan, snap, 'CT05');
    expect(checkWith(plausibility, row)).toMatchObject([
      {
        code: 'ESTIMATE_BELOW_ACTUAL',
        cell: addressOf(snap, SHEETS.indicators, 'CT05', 'yearEstimate'),
        found: 55,
        expected: 60,
        params: { actualCell: addressOf(snap, SHEETS.indicators, 'CT05', 'actual') },
      },
    ]);
    expect(row.verdicts.forecast.status).toBe('invalid');
    expect(row.verdicts.progress.status).toBe('notDue');
  });
});
