/** Slips stopped — docs/verdicts.md, rows S1–S7 (the pure rules; validation and consolidation raise the issues). */
import {
  fractionAsPoints,
  isClearFractionSlip,
  isCumulativeDecrease,
  isEstimateBelowActual,
} from '../../../src/core/verdict';

describe('plausibility', () => {
  it('S1: 0,078 among a target of 8, a baseline of 6,3 and an estimate of 8,2 is a clear fraction slip for 7,8', () => {
    expect(isClearFractionSlip(0.078, [8, 6.3, 8.2])).toBe(true);
    expect(fractionAsPoints(0.078)).toBe(7.8);
  });

  it('S2: a small running total with no reference is not a clear slip', () => {
    expect(isClearFractionSlip(0.5, [])).toBe(false);
    // A real 0,5 % growth among references of 6–8 is not a slip either: ×100 would be 50.
    expect(isClearFractionSlip(0.5, [8, 6.3])).toBe(false);
    // References below 2 say nothing; whole values and 0 are never fractions.
    expect(isClearFractionSlip(0.5, [1, 0.8])).toBe(false);
    expect(isClearFractionSlip(1, [100])).toBe(false);
    expect(isClearFractionSlip(0, [100])).toBe(false);
  });

  it('S3: a year estimate of 0,95 against a target of 100 is a clear slip for 95', () => {
    expect(isClearFractionSlip(0.95, [100])).toBe(true);
    expect(fractionAsPoints(0.95)).toBe(95);
  });

  it('S4: a year estimate below the running total already reached', () => {
    expect(isEstimateBelowActual(3000, 2900)).toBe(true);
    expect(isEstimateBelowActual(3000, 3000.0000001)).toBe(false);
  });

  it('S6: a running total lower than last month’s went down', () => {
    expect(isCumulativeDecrease(3100, 3000)).toBe(true);
    expect(isCumulativeDecrease(3000, 3000)).toBe(false);
  });

  it('S7: the same rule holds for a cumulative input', () => {
    expect(isCumulativeDecrease(30, 25)).toBe(true);
    expect(isCumulativeDecrease(25, 30)).toBe(false);
  });
});
