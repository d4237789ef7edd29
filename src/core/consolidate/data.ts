/** Long-format data rows (period, agency, indicator, measure → value) and their accumulation across months. */
import type { Plan } from '../plan/schema';
import type { AgencyValue, DataRow } from './types';
import type { IndicatorResult } from '../validate/types';
import { FORECAST_TEXT, PROGRESS_TEXT } from '../verdict/words';

/** Data rows for the values of one period: actual, year estimate and every input, each with its source. */
export function dataRows(plan: Plan, period: string, values: readonly AgencyValue[]): DataRow[] {
  const out: DataRow[] = [];
  for (const v of values) {
    const ind = plan.indicators.find((i) => i.id === v.indicatorId);
    if (!ind) continue;
    const base = {
      period,
      agencyId: v.agencyId,
      agencyName: v.agencyName,
      indicatorId: v.indicatorId,
      indicatorName: ind.name,
      notes: v.notes,
    };
    // Each measure points at its own cell; the actual of a derived indicator at the inputs it comes from.
    const source = (cells = actualCells(v.cells)) => `${v.fileName}!${v.sheet}!${cells}`;
    // Each row carries the verdict on its measure: progress for the actual and inputs, the forecast for the estimate.
    const progress = PROGRESS_TEXT[v.progress.status];
    if (v.actual !== null)
      out.push({
        ...base,
        measure: 'actual',
        value: v.actual,
        unit: ind.unit,
        status: progress,
        source: source(),
      });
    if (v.yearEstimate !== null) {
      const at = source(v.cells.yearEstimate);
      const status = FORECAST_TEXT[v.forecast.status];
      out.push({
        ...base,
        measure: 'yearEstimate',
        value: v.yearEstimate,
        unit: ind.unit,
        status,
        source: at,
      });
    }
    for (const input of ind.inputs) {
      const value = v.inputs[input.id];
      if (typeof value !== 'number') continue;
      const at = source(v.cells.inputs[input.id]);
      out.push({
        ...base,
        measure: `input:${input.id}`,
        value,
        unit: input.unit,
        status: progress,
        source: at,
      });
    }
  }
  return out;
}

/**
 * Accumulates months: keeps previous rows except those of the (period, agency) pairs merged again, which are
 * replaced as a whole — so a value an agency removed in its corrected file does not linger.
 */
export function accumulateData(
  previous: readonly DataRow[],
  current: readonly DataRow[],
  mergedKeys: readonly [string, string][],
): DataRow[] {
  const replaced = new Set(mergedKeys.map(([period, agency]) => `${period}\u0000${agency}`));
  const kept = previous.filter((r) => !replaced.has(`${r.period}\u0000${r.agencyId}`));
  return [...kept, ...current].sort(
    (a, b) =>
      a.period.localeCompare(b.period) ||
      a.agencyId.localeCompare(b.agencyId) ||
      a.indicatorId.localeCompare(b.indicatorId) ||
      a.measure.localeCompare(b.measure),
  );
}

/** Where an agency's actual value stands: its cell, or the input cells (comma-separated) of a derived indicator. */
export function actualCells(cells: IndicatorResult['cells']): string {
  return cells.actual ?? Object.values(cells.inputs).join(', ');
}
