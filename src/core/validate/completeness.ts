/** How complete a submission is: required inputs filled, summed over its sheets — the one place it is added up. */
import type { Completeness } from './types';

/** Required inputs and how many were filled, over all sheets, and the share filled in percent (one decimal). */
export interface CompletenessTotal {
  required: number;
  filled: number;
  /** 0–100, one decimal; 100 when nothing was required. */
  percent: number;
}

/** Sums the sheets' completeness into one figure. */
export function completenessOf(sheets: readonly Completeness[]): CompletenessTotal {
  const required = sheets.reduce((s, c) => s + c.required, 0);
  const filled = sheets.reduce((s, c) => s + c.filled, 0);
  return { required, filled, percent: required ? Math.round((filled / required) * 1000) / 10 : 100 };
}
