/**
 * An indicator's status from what was read — one pure function, the only place a status is decided, for one
 * agency's values (validate) and for the province-wide value (consolidate) alike. It never looks at issues: a new
 * issue code cannot change a status by accident.
 *
 * - A value to judge (the year estimate against the annual target when given, else the actual) → met/near/missed.
 * - No value, but a derived indicator whose inputs are all there (its divisor is 0) → notApplicable.
 * - No value, and something read was not usable (or the row was duplicated) → invalid.
 * - Otherwise → missing.
 */
import type { Checkpoint } from '../plan/period';
import type { Direction } from '../plan/schema';
import { judge } from './judge';
import type { IndicatorReadings, IndicatorResult } from './types';

/** What the readings are judged against. */
export interface Yardstick {
  checkpoint: Checkpoint;
  direction: Direction;
  tolerance: number;
  /** Derived from inputs by a formula (not typed by the agency). */
  derived: boolean;
}

/** The status, the value judged and how it compares with the checkpoint. */
export type Judged = Pick<IndicatorResult, 'status' | 'judged' | 'basis' | 'gap' | 'percentOfCheckpoint'>;

/** Judges an indicator from its readings (see the module comment for the rules). */
export function indicatorStatus(readings: IndicatorReadings, against: Yardstick): Judged {
  const estimate = readings.yearEstimate.value;
  const basis = against.checkpoint.annual && estimate !== null ? 'yearEstimate' : 'actual';
  const judged = basis === 'yearEstimate' ? estimate : readings.actual.value;
  if (judged !== null) {
    const j = judge(judged, against.checkpoint.value, against.direction, against.tolerance);
    return { status: j.status, judged, basis, gap: j.gap, percentOfCheckpoint: j.percentOfCheckpoint };
  }
  const inputs = Object.values(readings.inputs);
  const status =
    against.derived && inputs.every((i) => i.state === 'ok')
      ? 'notApplicable'
      : readings.duplicated || unusable(readings)
        ? 'invalid'
        : 'missing';
  return { status, judged: null, basis, gap: null, percentOfCheckpoint: null };
}

/** True when any value read is there but not usable. */
function unusable(r: IndicatorReadings): boolean {
  return [...Object.values(r.inputs), r.actual, r.yearEstimate, r.notes].some((x) => x.state === 'invalid');
}
