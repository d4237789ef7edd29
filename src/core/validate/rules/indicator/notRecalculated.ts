/** Rule: the indicators sheet was recalculated before it was saved (else its formulas show nothing, or old values). */
import { issue } from '../../../issues/issue';
import type { IndicatorRow } from '../../indicators/row';
import { computedState } from '../../values';
import type { Rule } from '../rule';
import { COMPUTED_COLUMNS } from './computedCells';

/** One note for the whole sheet, at the first formula without a saved result, with how many there are. */
export const notRecalculated: Rule<{ sheet: string; rows: readonly IndicatorRow[] }> = {
  summary:
    'Formulas have saved results (a file saved by a program that does not recalculate shows none): one note per sheet, values are recomputed anyway.',
  codes: ['COMPUTED_NOT_RECALCULATED'],
  check({ sheet, rows }) {
    const cells = rows.flatMap((row) => {
      const keys = [...(row.indicator.formula ? (['actual'] as const) : []), ...COMPUTED_COLUMNS];
      return keys
        .filter((k) => row.has(k) && computedState(row.cell(k)).kind === 'notRecalculated')
        .map((k) => row.at(k).cell);
    });
    if (!cells.length) return [];
    return [
      issue('COMPUTED_NOT_RECALCULATED', {
        sheet,
        cell: cells[0],
        subject: sheet,
        params: { count: cells.length },
      }),
    ];
  },
};
