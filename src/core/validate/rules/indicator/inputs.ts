/** Rule: every value the agency types on an indicator's row is usable, and the required ones are there. */
import { issue } from '../../../issues/issue';
import type { IndicatorRow } from '../../indicators/row';
import type { Rule } from '../rule';

/** Reading's issues (numbers as text, fractions, out of range, formulas …) plus one INPUT_MISSING per blank input. */
export const inputs: Rule<IndicatorRow> = {
  summary:
    'Inputs, actual, year estimate and notes read as meant (numeric text, percent formats, fractions, ranges, formulas, errors), and the required inputs are filled.',
  codes: [
    'VALUE_NOT_NUMBER',
    'VALUE_NUMERIC_TEXT',
    'VALUE_FRACTION_PERCENT',
    'VALUE_OUT_OF_RANGE',
    'VALUE_BELOW_MIN',
    'VALUE_ABOVE_MAX',
    'VALUE_NUMBER_AMBIGUOUS',
    'VALUE_NOT_INTEGER',
    'VALUE_PERCENT_FORMAT',
    'FORMULA_ERROR',
    'FORMULA_NO_RESULT',
    'FORMULA_IN_INPUT',
    'INPUT_MISSING',
    'VALUE_TEXT_TOO_LONG',
  ],
  check(row) {
    const { indicator: ind, readings } = row;
    const issues = [...row.readIssues];
    if (ind.formula) {
      // Every input the plan lists, wherever the layout puts it (a row of its own, or a column); an input whose row
      // is gone is the structure rule's ROW_MISSING, not a blank.
      for (const q of row.required) {
        if (q.input && !q.missingCell && readings.inputs[q.input.id]?.state === 'missing')
          issues.push(issue('INPUT_MISSING', { ...q.at, expected: q.input.name }));
      }
    } else if (readings.actual.state === 'missing') {
      issues.push(issue('INPUT_MISSING', { ...row.at('actual'), expected: row.header('actual') }));
    }
    return issues;
  },
};
