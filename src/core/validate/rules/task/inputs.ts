/** Rule: what an agency fills on a task's row is usable — a listed status, % done 0–100, results as text. */
import type { TaskRow } from '../../tasks/row';
import type { Rule } from '../rule';

/** Reading's issues: a blank or unlisted status, % done out of range or a fraction, formulas in text cells. */
export const taskInputs: Rule<TaskRow> = {
  summary:
    'Status is one of the listed choices, % done is a number from 0 to 100 (a fraction like 0,75 is flagged), results and proposals read as text, the completion date is a date.',
  codes: [
    'INPUT_MISSING',
    'TASK_STATUS_INVALID',
    'TASK_PERCENT_OUT_OF_RANGE',
    'VALUE_FRACTION_PERCENT',
    'VALUE_NOT_NUMBER',
    'VALUE_NUMERIC_TEXT',
    'VALUE_NUMBER_AMBIGUOUS',
    'VALUE_PERCENT_FORMAT',
    'FORMULA_ERROR',
    'FORMULA_NO_RESULT',
    'FORMULA_IN_INPUT',
    'VALUE_NOT_DATE',
    'VALUE_TEXT_TOO_LONG',
  ],
  check: (row) => row.readIssues,
};
