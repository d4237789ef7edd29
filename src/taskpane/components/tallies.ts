/**
 * The counts Tổng hợp's summary opens with: how many indicators got each progress verdict and each forecast (kept
 * apart, never blended), and how many tasks are in each official class, with the tasks of each class. Every status
 * is its own count (an error and a missing figure are not lumped together); statuses nobody got are left out. Pure,
 * so it is tested without a browser (tests/browser/tallies.test.ts).
 */
import type { ProvinceTask } from '../../core/consolidate/types';
import {
  TASK_CLASS_TEXT,
  type ForecastStatus,
  type ForecastVerdict,
  type ProgressStatus,
  type ProgressVerdict,
  type ProvinceTaskClass,
} from '../../core/verdict';

/** Progress statuses in the order a summary names them: the judged ones first. */
export const PROGRESS_ORDER: readonly ProgressStatus[] = [
  'met',
  'near',
  'missed',
  'notDue',
  'invalid',
  'missing',
  'notApplicable',
];

/** Forecast statuses in the order a summary names them. */
export const FORECAST_ORDER: readonly ForecastStatus[] = ['met', 'near', 'missed', 'invalid', 'missing'];

/**
 * The official task classes in the Government Office's order (docs/verdicts.md, "Tasks"): the order core lists their
 * words in (core/verdict/words.ts), as the consolidated overview does.
 */
export const TASK_CLASS_ORDER = Object.keys(TASK_CLASS_TEXT) as readonly ProvinceTaskClass[];

/** One count of a tally. */
export interface Count<S extends string> {
  status: S;
  count: number;
}

function tally<S extends string>(order: readonly S[], statuses: readonly S[]): Count<S>[] {
  return order
    .map((status) => ({ status, count: statuses.filter((s) => s === status).length }))
    .filter((c) => c.count > 0);
}

/** How many indicators got each progress verdict, and each forecast. */
export function verdictTallies(items: readonly { progress: ProgressVerdict; forecast: ForecastVerdict }[]): {
  progress: Count<ProgressStatus>[];
  forecast: Count<ForecastStatus>[];
} {
  return {
    progress: tally(
      PROGRESS_ORDER,
      items.map((i) => i.progress.status),
    ),
    forecast: tally(
      FORECAST_ORDER,
      items.map((i) => i.forecast.status),
    ),
  };
}

/** The consolidation's task class counts in the official order, without the empty classes. */
export function taskClassTally(counts: Record<ProvinceTaskClass, number>): Count<ProvinceTaskClass>[] {
  return TASK_CLASS_ORDER.map((status) => ({ status, count: counts[status] })).filter((c) => c.count > 0);
}

/** The province's tasks grouped by class, in the official order, each group in the plan's order. */
export function tasksByClass(
  tasks: readonly ProvinceTask[],
): { status: ProvinceTaskClass; tasks: ProvinceTask[] }[] {
  return TASK_CLASS_ORDER.map((status) => ({
    status,
    tasks: tasks.filter((t) => t.class === status),
  })).filter((g) => g.tasks.length > 0);
}
