/** Derived indicators recomputed from their inputs (never taken from the sheet's formula result). */
import type { IndicatorFormula } from '../plan/schema';
import { round6 } from './judge';

/** The indicator's value in percent from its inputs; null when an input is missing or the divisor is 0. */
export function deriveValue(
  formula: IndicatorFormula,
  inputs: Readonly<Record<string, number | null>>,
): number | null {
  if (formula.kind === 'ratio') {
    const num = inputs[formula.numerator];
    const den = inputs[formula.denominator];
    if (num == null || den == null || den === 0) return null;
    return round6((num / den) * 100);
  }
  const before = inputs[formula.before];
  const after = inputs[formula.after];
  if (before == null || after == null || before === 0) return null;
  return round6((1 - after / before) * 100);
}
