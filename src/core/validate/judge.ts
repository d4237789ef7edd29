/** Judging a value against a checkpoint: met / near / missed by direction and tolerance (as the template's formula). */
import { round6 } from '../plan/rounding';
import type { Direction } from '../plan/schema';
import type { Status } from '../template/model';

/** The judgement of one value. */
export interface Judgement {
  status: Status;
  /** value − checkpoint (negative: below). */
  gap: number;
  /** value as a percentage of the checkpoint; null when the checkpoint is 0. */
  percentOfCheckpoint: number | null;
}

/**
 * atLeast: met at or above the checkpoint, near within `tolerance` below it; atMost mirrors it;
 * about: met within ±tolerance, near within ±2×tolerance.
 */
export function judge(value: number, checkpoint: number, direction: Direction, tolerance: number): Judgement {
  const v = round6(value);
  const gap = round6(v - checkpoint);
  const status = statusOf(v, checkpoint, direction, tolerance);
  const percentOfCheckpoint = checkpoint === 0 ? null : Math.round((v / checkpoint) * 1000) / 10;
  return { status, gap, percentOfCheckpoint };
}

function statusOf(v: number, cp: number, direction: Direction, tol: number): Status {
  switch (direction) {
    case 'atLeast':
      return v >= cp ? 'met' : v >= cp - tol ? 'near' : 'missed';
    case 'atMost':
      return v <= cp ? 'met' : v <= cp + tol ? 'near' : 'missed';
    case 'about': {
      const d = Math.abs(v - cp);
      return d <= tol ? 'met' : d <= 2 * tol ? 'near' : 'missed';
    }
  }
}
