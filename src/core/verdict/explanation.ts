/** When an agency owes an explanation (Ghi chú, giải trình) — docs/verdicts.md, rows E1–E4. */
import type { ForecastStatus, ProgressStatus } from './types';

const NEEDS_WORDS: ReadonlySet<ProgressStatus | ForecastStatus> = new Set(['near', 'missed']);

/** A near or missed verdict, on progress or on the forecast, with an empty notes cell. */
export function needsExplanation(progress: ProgressStatus, forecast: ForecastStatus, notes: string): boolean {
  return notes.trim() === '' && (NEEDS_WORDS.has(progress) || NEEDS_WORDS.has(forecast));
}
