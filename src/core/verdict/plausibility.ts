/** Plausibility rules that stop typing slips before they are judged — docs/verdicts.md, rows S1–S7. */
import { round6 } from './band';

/** References below this magnitude say nothing about where a percentage should lie. */
const MIN_REFERENCE = 2;

/**
 * A fraction typed where percentage points are expected (0.078 for 7.8 %), when the row's own references make it
 * clear: the value is between −1 and 1 (not 0) and ×100 lands between half the smallest and twice the largest
 * reference of magnitude ≥ 2. Without such a reference nothing is clear (the caller may still warn).
 */
export function isClearFractionSlip(
  value: number,
  references: readonly (number | null | undefined)[],
): boolean {
  if (value === 0 || Math.abs(value) >= 1) return false;
  const refs = references
    .filter((r): r is number => typeof r === 'number' && Number.isFinite(r))
    .map(Math.abs)
    .filter((r) => r >= MIN_REFERENCE);
  if (refs.length === 0) return false;
  const scaled = Math.abs(value) * 100;
  return scaled >= Math.min(...refs) / 2 && scaled <= Math.max(...refs) * 2;
}

/** The percentage points a slipped fraction most likely meant: 0.078 → 7.8 (without float noise). */
export function fractionAsPoints(value: number): number {
  return Number((value * 100).toPrecision(12));
}

/** A year estimate below what a running total has already reached (only for amounts and counts that accumulate). */
export function isEstimateBelowActual(actual: number, yearEstimate: number): boolean {
  return round6(yearEstimate) < round6(actual);
}

/** A running total that went down since last month's figure. */
export function isCumulativeDecrease(previous: number, current: number): boolean {
  return round6(current) < round6(previous);
}
