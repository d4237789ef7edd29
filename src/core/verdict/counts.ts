/** How many indicators got each verdict — the counts a summary line or a report's opening paragraph gives. */
import type { ForecastVerdict, ProgressVerdict } from './types';

/** Counts of progress and forecast verdicts; "not judged" gathers missing, invalid and not applicable. */
export interface VerdictCounts {
  met: number;
  near: number;
  missed: number;
  notDue: number;
  other: number;
  likely: number;
  likelyNear: number;
  unlikely: number;
  noForecast: number;
}

/** Counts the verdicts of a list of judged indicators. */
export function countVerdicts(
  items: readonly { progress: ProgressVerdict; forecast: ForecastVerdict }[],
): VerdictCounts {
  const c: VerdictCounts = {
    met: 0,
    near: 0,
    missed: 0,
    notDue: 0,
    other: 0,
    likely: 0,
    likelyNear: 0,
    unlikely: 0,
    noForecast: 0,
  };
  for (const { progress, forecast } of items) {
    const p = progress.status;
    if (p === 'met' || p === 'near' || p === 'missed' || p === 'notDue') c[p] += 1;
    else c.other += 1;
    const f = forecast.status;
    if (f === 'met') c.likely += 1;
    else if (f === 'near') c.likelyNear += 1;
    else if (f === 'missed') c.unlikely += 1;
    else c.noForecast += 1;
  }
  return c;
}
