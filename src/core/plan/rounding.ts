/** The one rounding of computed values: 6 decimals, as the template's formulas round (ROUND(…,6)). */

/** Rounds to 6 decimals, so core and the sheet's formulas agree to the last digit they show. */
export function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
