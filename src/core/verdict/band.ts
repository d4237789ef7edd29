/** Judging one value against one reference by direction and tolerance (the band of docs/verdicts.md). */
import type { Direction } from '../plan/schema';
import type { BandStatus } from './types';

/** Values are compared after rounding to 6 decimals, as the template's formulas do (ROUND(…,6)). */
export function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** A band outcome with its gap and share of the reference. */
export interface BandOutcome {
  status: BandStatus;
  /** value − reference (negative: below). */
  gap: number;
  /** value as a percentage of the reference, one decimal; null when the reference is 0. */
  percent: number | null;
}

/**
 * atLeast: met at or above the reference, near within `tolerance` below it; atMost mirrors it;
 * about (khoảng): met within ±tolerance, near within ±2×tolerance.
 */
export function judgeBand(
  value: number,
  reference: number,
  direction: Direction,
  tolerance: number,
): BandOutcome {
  const v = round6(value);
  return {
    status: bandStatus(v, reference, direction, tolerance),
    gap: round6(v - reference),
    percent: percentOf(v, reference),
  };
}

/** value as a percentage of the reference, one decimal; null when the reference is 0. */
export function percentOf(value: number, reference: number): number | null {
  return reference === 0 ? null : Math.round((round6(value) / reference) * 1000) / 10;
}

function bandStatus(v: number, ref: number, direction: Direction, tol: number): BandStatus {
  switch (direction) {
    case 'atLeast':
      return v >= ref ? 'met' : v >= round6(ref - tol) ? 'near' : 'missed';
    case 'atMost':
      return v <= ref ? 'met' : v <= round6(ref + tol) ? 'near' : 'missed';
    case 'about': {
      const d = round6(Math.abs(v - ref));
      return d <= tol ? 'met' : d <= round6(2 * tol) ? 'near' : 'missed';
    }
  }
}
