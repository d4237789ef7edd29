/**
 * An indicator's status from its readings (src/core/validate/status.ts) — one test per row of the table in
 * docs/design.md, "Indicator status".
 */
import type { Checkpoint } from '../../../src/core/plan/period';
import { indicatorStatus, type Yardstick } from '../../../src/core/validate/status';
import type { IndicatorReadings, Reading } from '../../../src/core/validate/types';

const ok = (value: number): Reading<number> => ({ state: 'ok', value });
const missing: Reading<never> = { state: 'missing', value: null };
const invalid: Reading<never> = { state: 'invalid', value: null };

const annual: Checkpoint = { value: 8, date: '2025-12-31', label: 'Kế hoạch năm', annual: true };
const milestone: Checkpoint = { value: 50, date: '2025-06-30', label: 'Đợt 1', annual: false };
const against = (checkpoint: Checkpoint, derived = false): Yardstick => ({
  checkpoint,
  direction: 'atLeast',
  tolerance: 0.5,
  derived,
});
const readings = (r: Partial<IndicatorReadings>): IndicatorReadings => ({
  inputs: {},
  actual: missing,
  yearEstimate: missing,
  notes: missing,
  duplicated: false,
  ...r,
});

describe('indicator status', () => {
  it('judges the actual against a milestone (a year estimate does not count before year end)', () => {
    const judged = indicatorStatus(readings({ actual: ok(45), yearEstimate: ok(100) }), against(milestone));
    expect(judged).toEqual({
      status: 'missed',
      judged: 45,
      basis: 'actual',
      gap: -5,
      percentOfCheckpoint: 90,
    });
  });

  it('judges the year estimate against the annual target when there is one', () => {
    const judged = indicatorStatus(readings({ actual: ok(5), yearEstimate: ok(8.2) }), against(annual));
    expect(judged).toMatchObject({ status: 'met', judged: 8.2, basis: 'yearEstimate' });
  });

  it('judges the actual against the annual target when there is no year estimate', () => {
    const judged = indicatorStatus(readings({ actual: ok(7.6) }), against(annual));
    expect(judged).toMatchObject({ status: 'near', judged: 7.6, basis: 'actual' });
  });

  it('is "notApplicable" for a derived indicator whose inputs are all there but give no value (a divisor of 0)', () => {
    const r = readings({ inputs: { a: ok(0), b: ok(0) } });
    expect(indicatorStatus(r, against(annual, true)).status).toBe('notApplicable');
  });

  it('is "invalid" when nothing can be judged and something read was not usable', () => {
    expect(indicatorStatus(readings({ actual: invalid }), against(annual)).status).toBe('invalid');
    expect(indicatorStatus(readings({ notes: invalid }), against(annual)).status).toBe('invalid');
    const derived = readings({ inputs: { a: invalid, b: ok(3) }, actual: invalid });
    expect(indicatorStatus(derived, against(annual, true)).status).toBe('invalid');
  });

  it('is "invalid" when nothing can be judged and the indicator’s row was duplicated', () => {
    expect(indicatorStatus(readings({ duplicated: true }), against(annual)).status).toBe('invalid');
  });

  it('is "missing" when nothing was given', () => {
    const judged = indicatorStatus(readings({}), against(annual));
    expect(judged).toEqual({
      status: 'missing',
      judged: null,
      basis: 'actual',
      gap: null,
      percentOfCheckpoint: null,
    });
    expect(
      indicatorStatus(readings({ inputs: { a: ok(3), b: missing } }), against(annual, true)).status,
    ).toBe('missing');
  });

  it('judges what it can even when another value was not usable', () => {
    expect(indicatorStatus(readings({ actual: ok(9), notes: invalid }), against(annual)).status).toBe('met');
  });
});
