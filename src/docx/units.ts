/** Word's units: twips (1/20 pt, 1/1440 inch) for lengths, half-points for font sizes. */

/** Millimetres to twips, rounded. */
export function mmToTwips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

/** Points to twips. */
export function ptToTwips(pt: number): number {
  return Math.round(pt * 20);
}

/** Points to half-points (the unit of `w:sz`). */
export function halfPoints(pt: number): number {
  return Math.round(pt * 2);
}
