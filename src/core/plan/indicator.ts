/** Domain facts about one indicator that both the template and the validator rely on. */
import type { Indicator } from './schema';

/** The range a value of this indicator may take: the plan's bounds, else sensible defaults by what it measures. */
export function indicatorRange(indicator: Indicator): { min: number; max: number } {
  const fallbackMin = indicator.measure === 'percent' ? -1000 : 0;
  const fallbackMax = indicator.measure === 'percent' ? 1000 : 1e12;
  return { min: indicator.min ?? fallbackMin, max: indicator.max ?? fallbackMax };
}
