/** Rule: the template's own formulas on an indicator's row are intact, and the verdicts they show are core's. */
import { issue, type Issue } from '../../../issues/issue';
import { FORECAST_TEXT, PROGRESS_TEXT } from '../../../verdict/words';
import type { IndicatorRow } from '../../indicators/row';
import { computedState } from '../../values';
import type { Rule } from '../rule';

/** The computed columns of an indicator's row (the actual of a derived indicator is the derived rule's). */
export const COMPUTED_COLUMNS = ['progress', 'percentOfAnnual', 'forecast'] as const;

/** The words a verdict cell shows, or null when the sheet shows nothing for it (not judged). */
const shownWord = (words: Record<string, string>, status: string, judged: boolean) =>
  judged ? words[status] : null;

/**
 * The computed cells keep their formulas; a verdict shown that is not the one core judges (without history, as a
 * sheet can) is a warning. A value with an error is not compared: its verdict is "not judged" in core, while the
 * sheet's formula only sees a number.
 */
export const computedCells: Rule<IndicatorRow> = {
  summary:
    'The template’s computed cells (progress, % of the annual target, forecast) keep their formulas, and the verdicts shown are the ones core judges.',
  codes: ['COMPUTED_OVERWRITTEN', 'STATUS_MISMATCH'],
  check(row) {
    const issues: Issue[] = [];
    for (const key of COMPUTED_COLUMNS) {
      if (!row.has(key)) continue;
      const state = computedState(row.cell(key));
      if (state.kind === 'overwritten')
        issues.push(issue('COMPUTED_OVERWRITTEN', { ...row.at(key), found: state.found }));
    }
    const { progress, forecast } = row.verdicts;
    const judged = (s: string) => !['missing', 'invalid', 'notApplicable'].includes(s);
    const expected = [
      ['progress', shownWord(PROGRESS_TEXT, progress.status, judged(progress.status))],
      ['forecast', shownWord(FORECAST_TEXT, forecast.status, judged(forecast.status))],
    ] as const;
    for (const [key, word] of expected) {
      const shown = row.cell(key);
      if (word === null || !row.has(key) || shown?.t !== 's' || shown.v.trim() === '') continue;
      if (shown.v.trim() !== word)
        issues.push(issue('STATUS_MISMATCH', { ...row.at(key), found: shown.v.trim(), expected: word }));
    }
    return issues;
  },
};
