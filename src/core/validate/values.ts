/** Reading one input cell as a number or text, with the issues a careful reader of that cell would raise. */
import { cellText } from '../snapshot/cells';
import type { SnapshotCell } from '../snapshot/types';
import { parseNumberText } from '../text/numbers';
import { MAX_CELL_TEXT } from '../text/safeText';
import { issue, type Issue } from '../issues/issue';
import type { Reading } from './types';

/** Where a value is: for issue placement. */
export interface CellRef {
  sheet: string;
  cell: string;
  subject: string;
}

/** What the value is supposed to be. */
export interface NumberRule {
  /** Lowest allowed value; absent: no lower bound. */
  min?: number;
  /** Highest allowed value; absent: no upper bound. */
  max?: number;
  /** Whole numbers only (counts such as a number of procedures). */
  integer?: boolean;
  /** The unit is %: a number shown in a percent format (Excel keeps "8,5%" as 0.085) is read ×100. */
  percentUnit?: boolean;
  /** A percentage (percentage points): a fraction such as 0.206 where ~20.6 is expected gets a warning. */
  percentOf?: number;
}

/** A number read from a cell (null: empty or unusable) and what was wrong. */
export interface ReadNumber {
  value: number | null;
  /** True when the cell held something that is not a usable number (not merely empty). */
  invalid: boolean;
  issues: Issue[];
}

/**
 * Reads a numeric input: numbers as they are (×100 when shown in a percent format and the unit is %, with a note);
 * numeric text ("20,6", "1.234,5", " 42 ", "20,6%") as its number with a warning; text that reads two ways ("4,134"),
 * text, dates and booleans are errors; formula errors and formulas without a saved result are errors, never 0 or
 * blank. Out-of-range values and fractions where whole numbers belong are errors; a percentage that looks entered as
 * a fraction warns.
 */
export function readNumber(cell: SnapshotCell | null, at: CellRef, rule: NumberRule): ReadNumber {
  const issues: Issue[] = [];
  const fail = (i: Issue): ReadNumber => ({ value: null, invalid: true, issues: [...issues, i] });
  if (cell === null) return { value: null, invalid: false, issues };
  let value: number;
  switch (cell.t) {
    case 'n':
      value = cell.v;
      if (cell.percent && rule.percentUnit) {
        value = percentPoints(cell.v);
        issues.push(issue('VALUE_PERCENT_FORMAT', { ...at, found: cell.v, expected: value }));
      }
      break;
    case 's': {
      if (cell.v.trim() === '') return { value: null, invalid: false, issues };
      const parsed = parseNumberText(cell.v);
      if (!parsed) return fail(issue('VALUE_NOT_NUMBER', { ...at, found: cell.v }));
      if ('thousands' in parsed) {
        return fail(
          issue('VALUE_NUMBER_AMBIGUOUS', {
            ...at,
            found: cell.v,
            // The whole-number reading as plain digits: grouped, it would look like the text again.
            params: { decimal: parsed.decimal, thousands: String(parsed.thousands) },
          }),
        );
      }
      value = parsed.value;
      issues.push(issue('VALUE_NUMERIC_TEXT', { ...at, found: cell.v, expected: value }));
      break;
    }
    case 'e':
      return fail(issue('FORMULA_ERROR', { ...at, found: cell.v }));
    case 'z':
      return fail(issue('FORMULA_NO_RESULT', { ...at, found: `=${cell.f}` }));
    case 'd':
    case 'b':
      return fail(issue('VALUE_NOT_NUMBER', { ...at, found: cellText(cell) }));
  }
  if (cell.f !== undefined)
    issues.push(issue('FORMULA_IN_INPUT', { ...at, found: `=${cell.f}`, expected: value }));
  const range = rangeIssue(value, rule.min, rule.max, at);
  if (range) return fail(range);
  if (rule.integer && !Number.isInteger(value))
    return fail(issue('VALUE_NOT_INTEGER', { ...at, found: value }));
  if (rule.percentOf !== undefined && looksLikeFraction(value, rule.percentOf)) {
    issues.push(
      issue('VALUE_FRACTION_PERCENT', { ...at, found: value, expected: Math.round(value * 100 * 1e6) / 1e6 }),
    );
  }
  return { value, invalid: false, issues };
}

/**
 * A value outside [min, max] at a place: VALUE_OUT_OF_RANGE naming both bounds, or, when one bound is absent,
 * VALUE_BELOW_MIN / VALUE_ABOVE_MAX naming the other; null when inside.
 */
function rangeIssue(
  value: number,
  min: number | undefined,
  max: number | undefined,
  at: CellRef,
): Issue | null {
  if (max === undefined)
    return min !== undefined && value < min
      ? issue('VALUE_BELOW_MIN', { ...at, found: value, params: { min } })
      : null;
  if (min === undefined)
    return value > max ? issue('VALUE_ABOVE_MAX', { ...at, found: value, params: { max } }) : null;
  return value < min || value > max
    ? issue('VALUE_OUT_OF_RANGE', { ...at, found: value, params: { min, max } })
    : null;
}

/** A fraction shown in a percent format as the percentage points the user saw: 0.085 → 8.5 (not 8.500000000000002). */
function percentPoints(fraction: number): number {
  return Number((fraction * 100).toPrecision(12));
}

/** 0.206 where the unit is % and the reference is ~20.6: ×100 lands closer to the reference than the value. */
function looksLikeFraction(value: number, reference: number): boolean {
  if (value === 0 || Math.abs(value) >= 1 || Math.abs(reference) < 5) return false;
  return Math.abs(value * 100 - reference) < Math.abs(value - reference);
}

/** The reading of a number as read: usable, absent, or there but not usable. */
export function numberReading(read: ReadNumber): Reading<number> {
  return { state: read.value !== null ? 'ok' : read.invalid ? 'invalid' : 'missing', value: read.value };
}

/** Free text as read: the text ('' when there is none or it is unusable), its reading, and the issues. */
export interface ReadText {
  value: string;
  reading: Reading<string>;
  issues: Issue[];
}

/** Reads free text (notes, results): any scalar as text; a formula's value is used but flagged. */
export function readText(cell: SnapshotCell | null, at: CellRef): ReadText {
  const invalid = (i: Issue): ReadText => ({
    value: '',
    reading: { state: 'invalid', value: null },
    issues: [i],
  });
  if (cell === null) return { value: '', reading: { state: 'missing', value: null }, issues: [] };
  if (cell.t === 'z') return invalid(issue('FORMULA_NO_RESULT', { ...at, found: `=${cell.f}` }));
  if (cell.t === 'e') return invalid(issue('FORMULA_ERROR', { ...at, found: cell.v }));
  const value = cellText(cell).trim();
  const issues =
    cell.f !== undefined ? [issue('FORMULA_IN_INPUT', { ...at, found: `=${cell.f}`, expected: value })] : [];
  // Excel cannot hold it (another writer made the file): said at its cell, since writing it back must cut it.
  if (value.length > MAX_CELL_TEXT)
    issues.push(
      issue('VALUE_TEXT_TOO_LONG', { ...at, found: value.length, params: { limit: MAX_CELL_TEXT } }),
    );
  const reading: Reading<string> = value === '' ? { state: 'missing', value: null } : { state: 'ok', value };
  return { value, reading, issues };
}

/** A value the plan fixes (target, tolerance, milestone): a different number in the sheet is tampering. */
export function checkFixedNumber(cell: SnapshotCell | null, expected: number, at: CellRef): Issue | null {
  const found = cell?.t === 'n' ? cell.v : cell === null ? null : cellText(cell);
  if (typeof found === 'number' && Math.abs(found - expected) <= 1e-9 * Math.max(1, Math.abs(expected)))
    return null;
  return issue('TARGET_TAMPERED', { ...at, found, expected });
}

/** How a computed cell (one of the template's formulas) looks after the agency saved it. */
export type ComputedState =
  { kind: 'ok'; cell: SnapshotCell } | { kind: 'notRecalculated' } | { kind: 'overwritten'; found: string };

/** Tells an intact formula cell from one never recalculated or overwritten by a constant. */
export function computedState(cell: SnapshotCell | null): ComputedState {
  if (cell === null) return { kind: 'overwritten', found: '' };
  if (cell.t === 'z') return { kind: 'notRecalculated' };
  if (cell.f === undefined) return { kind: 'overwritten', found: cellText(cell) };
  return { kind: 'ok', cell };
}
