/** Validation — values typed in input cells. */
import { validate } from '../../../src/core/validate';
import { SHEETS } from '../../../src/core/template/model';
import { testPlan } from '../../support/plans';
import { addressOf, cleanSubmission, fillIndicator } from '../../support/snapshots';

const plan = testPlan();
/** A clean July submission of Sở Tài chính (reports CT01 directly and CT02 from inputs). */
const submission = () => cleanSubmission(plan, 'so-tc', '2025-07');
const cell = (snap: ReturnType<typeof submission>, id: string, key: string) =>
  addressOf(snap, SHEETS.indicators, id, key);
const ct01 = (r: ReturnType<typeof validate>) => r.indicators.find((i) => i.indicatorId === 'CT01');

describe('input values', () => {
  it('text in a number cell is an error at its cell, and the indicator is invalid', () => {
    const snap = submission();
    fillIndicator(snap, 'CT01', { actual: 'khoảng tám' });
    const report = validate(snap, plan);
    expect(report.issues).toContainEqual(
      expect.objectContaining({
        code: 'VALUE_NOT_NUMBER',
        severity: 'error',
        cell: cell(snap, 'CT01', 'actual'),
        subject: 'CT01',
        found: 'khoảng tám',
      }),
    );
    expect(ct01(report)?.status).toBe('invalid');
  });

  it.each([
    ['20,6', 20.6],
    ['7.9', 7.9],
    [' 8 ', 8],
    ['8,1%', 8.1],
  ])('numeric text %j is read as %d with a warning', (text, value) => {
    const snap = submission();
    fillIndicator(snap, 'CT01', { actual: text });
    const report = validate(snap, plan);
    expect(report.issues).toContainEqual(
      expect.objectContaining({
        code: 'VALUE_NUMERIC_TEXT',
        severity: 'warning',
        found: text,
        expected: value,
      }),
    );
    expect(ct01(report)?.actual).toBe(value);
  });

  it('a value outside the plausible range is an error (here GRDP growth of 80%)', () => {
    const snap = submission();
    fillIndicator(snap, 'CT01', { actual: 80 });
    expect(validate(snap, plan).issues).toContainEqual(
      expect.objectContaining({ code: 'VALUE_OUT_OF_RANGE', found: 80, params: { min: -20, max: 50 } }),
    );
  });

  it('numeric text with thousands separators is read in an amount input ("1.234,5" → 1234.5)', () => {
    const snap = submission();
    fillIndicator(snap, 'CT02', { input1: '1.234,5' });
    const ct02 = validate(snap, plan).indicators.find((i) => i.indicatorId === 'CT02');
    expect(ct02?.inputs.allocated).toBe(1234.5);
  });

  it('a count typed as " 1.100 " is read the Vietnamese way as 1100, and the warning shows that reading', () => {
    const snap = submission();
    fillIndicator(snap, 'CT02', { input1: ' 1.100 ' });
    const report = validate(snap, plan);
    expect(report.issues).toContainEqual(
      expect.objectContaining({ code: 'VALUE_NUMERIC_TEXT', found: ' 1.100 ', expected: 1100 }),
    );
    expect(report.indicators.find((i) => i.indicatorId === 'CT02')?.inputs.allocated).toBe(1100);
  });

  it('a negative count in an input is an error', () => {
    const snap = submission();
    fillIndicator(snap, 'CT02', { input1: -3 });
    expect(validate(snap, plan).issues).toContainEqual(
      expect.objectContaining({ code: 'VALUE_OUT_OF_RANGE', found: -3, subject: 'CT02' }),
    );
  });

  it('a percentage entered as a fraction gets a warning suggesting the fix (0.079 → 7.9)', () => {
    const snap = submission();
    fillIndicator(snap, 'CT01', { actual: 0.079 });
    expect(validate(snap, plan).issues).toContainEqual(
      expect.objectContaining({
        code: 'VALUE_FRACTION_PERCENT',
        severity: 'warning',
        found: 0.079,
        expected: 7.9,
      }),
    );
  });

  it('a genuinely small percentage near a small target is not mistaken for a fraction', () => {
    const snap = submission();
    fillIndicator(snap, 'CT01', { actual: 0.5 });
    const p = testPlan();
    p.indicators[0]!.target = 1;
    expect(validate(snap, p).issues.map((i) => i.code)).not.toContain('VALUE_FRACTION_PERCENT');
  });

  it.each(['#DIV/0!', '#N/A', '#VALUE!'])('a formula error %s is an error, never read as 0', (err) => {
    const snap = submission();
    fillIndicator(snap, 'CT01', { actual: { t: 'e', v: err, f: 'A1/0' } });
    const report = validate(snap, plan);
    expect(report.issues).toContainEqual(expect.objectContaining({ code: 'FORMULA_ERROR', found: err }));
    expect(ct01(report)?.actual).toBeNull();
  });

  it('a formula without a saved result is an error, never read as 0 or blank', () => {
    const snap = submission();
    fillIndicator(snap, 'CT01', { actual: { t: 'z', f: 'SUM(X1:X9)' } });
    const report = validate(snap, plan);
    expect(report.issues).toContainEqual(
      expect.objectContaining({ code: 'FORMULA_NO_RESULT', severity: 'error', found: '=SUM(X1:X9)' }),
    );
    expect(ct01(report)).toMatchObject({ actual: null, status: 'invalid' });
  });

  it('a formula typed into an input with a saved result is used by value, with a warning', () => {
    const snap = submission();
    fillIndicator(snap, 'CT01', { actual: { t: 'n', v: 8.2, f: 'X1+X2' } });
    const report = validate(snap, plan);
    expect(report.issues).toContainEqual(
      expect.objectContaining({ code: 'FORMULA_IN_INPUT', found: '=X1+X2', expected: 8.2 }),
    );
    expect(ct01(report)?.actual).toBe(8.2);
  });

  it('a date where a number belongs (Excel turned "20.6" into 20 June) is an error', () => {
    const snap = submission();
    fillIndicator(snap, 'CT01', { actual: { t: 'd', v: '2025-06-20' } });
    expect(validate(snap, plan).issues).toContainEqual(
      expect.objectContaining({ code: 'VALUE_NOT_NUMBER', found: '2025-06-20' }),
    );
  });

  it('a missing required input is an error and lowers completeness', () => {
    const snap = submission();
    fillIndicator(snap, 'CT01', { actual: null });
    const report = validate(snap, plan);
    expect(report.issues).toContainEqual(
      expect.objectContaining({ code: 'INPUT_MISSING', cell: cell(snap, 'CT01', 'actual') }),
    );
    expect(report.completeness.find((c) => c.sheet === SHEETS.indicators)).toEqual({
      sheet: SHEETS.indicators,
      required: 3,
      filled: 2,
    });
    expect(ct01(report)?.status).toBe('missing');
  });

  it('completeness counts required cells of rows that were deleted as unfilled', () => {
    const snap = submission();
    const s = snap.sheets.find((x) => x.name === SHEETS.indicators)!;
    s.rows = s.rows.filter((r) => !(r[0]?.t === 's' && r[0].v === 'CT01'));
    expect(validate(snap, plan).completeness.find((c) => c.sheet === SHEETS.indicators)).toEqual({
      sheet: SHEETS.indicators,
      required: 3,
      filled: 2,
    });
  });
});
