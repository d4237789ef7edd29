/** Validation — values typed in input cells. */
import { validate } from '../../../src/core/validate';
import { readNumber } from '../../../src/core/validate/values';
import { SHEETS } from '../../../src/core/template/model';
import { testPlan } from '../../support/plans';
import { addressOf, cleanSubmission, fillIndicator } from '../../support/snapshots';
import { issueMessage } from '../../../src/i18n';

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
    expect(ct01(report)?.progress.status).toBe('invalid');
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

  it('S5: a value outside the plausible range is an error (GRDP growth of 80 %), and it is not judged', () => {
    const snap = submission();
    fillIndicator(snap, 'CT01', { actual: 80 });
    const report = validate(snap, plan);
    expect(report.issues).toContainEqual(
      expect.objectContaining({ code: 'VALUE_OUT_OF_RANGE', found: 80, params: { min: -20, max: 50 } }),
    );
    expect(ct01(report)).toMatchObject({ actual: null, progress: { status: 'invalid', value: null } });
  });

  it.each([
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1.234.567', 1234567],
    [' 42 ', 42],
    ['20.60', 20.6],
    ['0,206', 0.206],
  ])('an amount typed as %j in an input is read as %d with a warning', (text, value) => {
    const snap = submission();
    fillIndicator(snap, 'CT02', { input1: text });
    const report = validate(snap, plan);
    expect(report.issues).toContainEqual(
      expect.objectContaining({ code: 'VALUE_NUMERIC_TEXT', found: text, expected: value }),
    );
    expect(report.indicators.find((i) => i.indicatorId === 'CT02')?.inputs.allocated).toBe(value);
  });

  it.each([
    ['4,134', 4.134, '4134'],
    ['4.134', 4.134, '4134'],
    [' 1.100 ', 1.1, '1100'],
    ['8.125', 8.125, '8125'],
  ])(
    'an amount typed as %j (the decimal %d or %s) is an error naming both readings, never a guess',
    (text, decimal, thousands) => {
      const snap = submission();
      fillIndicator(snap, 'CT02', { input1: text });
      const report = validate(snap, plan);
      expect(report.issues).toContainEqual(
        expect.objectContaining({
          code: 'VALUE_NUMBER_AMBIGUOUS',
          severity: 'error',
          cell: cell(snap, 'CT02', 'input1'),
          found: text,
          params: { decimal, thousands },
        }),
      );
      expect(report.indicators.find((i) => i.indicatorId === 'CT02')).toMatchObject({
        inputs: { allocated: null },
        progress: { status: 'invalid' },
      });
    },
  );

  it('the message for an ambiguous number names both readings and how to type it unambiguously', () => {
    const snap = submission();
    fillIndicator(snap, 'CT02', { input1: '4,134' });
    const found = validate(snap, plan).issues.find((i) => i.code === 'VALUE_NUMBER_AMBIGUOUS');
    expect(issueMessage(found!, 'vi')).toContain(
      '"4,134" có thể là số thập phân 4,134 hoặc số nguyên 4134 — không đoán. Hãy nhập dạng số (không nhập dạng chữ), hoặc gõ không có dấu phân cách, ví dụ 4134.',
    );
    expect(issueMessage(found!, 'en')).toContain('could be the decimal 4.134 or the whole number 4134');
  });

  it('an ambiguous actual value makes the indicator invalid rather than judged', () => {
    const snap = submission();
    fillIndicator(snap, 'CT01', { actual: '8.125' });
    expect(ct01(validate(snap, plan))).toMatchObject({ actual: null, progress: { status: 'invalid' } });
  });

  it('a negative amount in an input without a maximum is an error naming only the minimum', () => {
    const snap = submission();
    fillIndicator(snap, 'CT02', { input1: -3 });
    const found = validate(snap, plan).issues.filter((i) => i.subject === 'CT02' && i.severity === 'error');
    expect(found).toEqual([
      expect.objectContaining({
        code: 'VALUE_BELOW_MIN',
        cell: cell(snap, 'CT02', 'input1'),
        found: -3,
        params: { min: 0 },
      }),
    ]);
  });

  it('the message for an input without a maximum says "≥ 0", not a range up to the largest double', () => {
    const snap = submission();
    fillIndicator(snap, 'CT02', { input1: -5 });
    const found = validate(snap, plan).issues.find((i) => i.subject === 'CT02' && i.severity === 'error');
    expect(issueMessage(found!, 'vi')).toBe(
      `Ô ${cell(snap, 'CT02', 'input1')} (CT02): -5 không hợp lệ — giá trị phải ≥ 0.`,
    );
  });

  it('a huge value is written compactly in the message, not as 300 digits', () => {
    const snap = submission();
    fillIndicator(snap, 'CT01', { actual: 1e308 });
    const found = validate(snap, plan).issues.find((i) => i.code === 'VALUE_OUT_OF_RANGE');
    expect(issueMessage(found!, 'vi')).toBe(
      `Ô ${cell(snap, 'CT01', 'actual')} (CT01): 1E308 nằm ngoài khoảng cho phép -20 – 50.`,
    );
  });

  it('a huge amount in an input without a maximum is accepted', () => {
    const snap = submission();
    fillIndicator(snap, 'CT02', { input1: 1e15, input2: 1e15 });
    const report = validate(snap, plan);
    expect(report.issues.filter((i) => i.subject === 'CT02')).toEqual([]);
  });

  describe('inputs the plan marks as whole numbers', () => {
    const countPlan = testPlan();
    for (const input of countPlan.indicators.find((i) => i.id === 'CT02')?.inputs ?? []) input.integer = true;

    it('a fraction is an error at its cell, and the indicator is invalid', () => {
      const snap = cleanSubmission(countPlan, 'so-tc', '2025-07');
      fillIndicator(snap, 'CT02', { input1: 100.5 });
      const report = validate(snap, countPlan);
      expect(report.issues).toContainEqual(
        expect.objectContaining({
          code: 'VALUE_NOT_INTEGER',
          severity: 'error',
          cell: cell(snap, 'CT02', 'input1'),
          subject: 'CT02',
          found: 100.5,
        }),
      );
      expect(report.indicators.find((i) => i.indicatorId === 'CT02')?.progress.status).toBe('invalid');
    });

    it('a whole number, also one typed as text, is accepted', () => {
      const snap = cleanSubmission(countPlan, 'so-tc', '2025-07');
      fillIndicator(snap, 'CT02', { input1: 120, input2: '96' });
      const codes = validate(snap, countPlan).issues.map((i) => i.code);
      expect(codes).not.toContain('VALUE_NOT_INTEGER');
    });

    it('the same fraction in an input not marked whole is accepted', () => {
      const snap = submission();
      fillIndicator(snap, 'CT02', { input1: 100.5 });
      expect(validate(snap, plan).issues.map((i) => i.code)).not.toContain('VALUE_NOT_INTEGER');
    });
  });

  describe('numbers in a percent format (Excel keeps "8,5%" as 0.085)', () => {
    it('are read as percentage points where the unit is %, with a note naming the reading', () => {
      const snap = submission();
      fillIndicator(snap, 'CT01', { actual: { t: 'n', v: 0.085, percent: true } });
      const report = validate(snap, plan);
      expect(ct01(report)?.actual).toBe(8.5);
      expect(report.issues.filter((i) => i.subject === 'CT01')).toEqual([
        expect.objectContaining({
          code: 'VALUE_PERCENT_FORMAT',
          severity: 'info',
          cell: cell(snap, 'CT01', 'actual'),
          found: 0.085,
          expected: 8.5,
        }),
      ]);
    });

    it('are judged as the percentage the agency saw', () => {
      const snap = submission();
      fillIndicator(snap, 'CT01', { actual: { t: 'n', v: 0.085, percent: true } });
      expect(ct01(validate(snap, plan))).toMatchObject({ progress: { status: 'met', value: 8.5 } });
    });

    it('apply to the year estimate too', () => {
      const snap = submission();
      fillIndicator(snap, 'CT01', { yearEstimate: { t: 'n', v: 0.081, percent: true } });
      expect(ct01(validate(snap, plan))?.yearEstimate).toBe(8.1);
    });

    it('are kept as they are where the unit is not % (an amount in tỷ đồng)', () => {
      const snap = submission();
      fillIndicator(snap, 'CT02', { input1: { t: 'n', v: 0.5, percent: true } });
      const report = validate(snap, plan);
      expect(report.indicators.find((i) => i.indicatorId === 'CT02')?.inputs.allocated).toBe(0.5);
      expect(report.issues.map((i) => i.code)).not.toContain('VALUE_PERCENT_FORMAT');
    });
  });

  it('S1: a growth rate typed as a fraction among a target of 8 and a baseline of 6,3 is an error, not judged', () => {
    const snap = submission();
    fillIndicator(snap, 'CT01', { actual: 0.079, yearEstimate: 8.2 });
    const report = validate(snap, plan);
    expect(report.issues).toContainEqual(
      expect.objectContaining({
        code: 'VALUE_FRACTION_SLIP',
        severity: 'error',
        cell: cell(snap, 'CT01', 'actual'),
        found: 0.079,
        expected: 7.9,
      }),
    );
    // The softer warning is not repeated on the same cell, and the forecast still stands on its own value.
    expect(report.issues.map((i) => i.code)).not.toContain('VALUE_FRACTION_PERCENT');
    expect(ct01(report)).toMatchObject({
      actual: null,
      progress: { status: 'invalid' },
      forecast: { status: 'met' },
    });
  });

  it('S3: a year estimate typed as a fraction is an error and the forecast is not judged', () => {
    const snap = submission();
    fillIndicator(snap, 'CT01', { actual: 7.9, yearEstimate: 0.082 });
    const report = validate(snap, plan);
    expect(report.issues).toContainEqual(
      expect.objectContaining({
        code: 'VALUE_FRACTION_SLIP',
        cell: cell(snap, 'CT01', 'yearEstimate'),
        expected: 8.2,
      }),
    );
    expect(ct01(report)).toMatchObject({ progress: { status: 'near' }, forecast: { status: 'invalid' } });
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
    expect(ct01(report)).toMatchObject({ actual: null, progress: { status: 'invalid' } });
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
    expect(ct01(report)?.progress.status).toBe('missing');
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

describe('readNumber bounds', () => {
  const at = { sheet: SHEETS.indicators, cell: 'K7', subject: 'CT02' };

  it('without a minimum, a value above the maximum is an error naming only the maximum', () => {
    expect(readNumber({ t: 'n', v: 120 }, at, { max: 100 }).issues).toEqual([
      expect.objectContaining({ code: 'VALUE_ABOVE_MAX', found: 120, params: { max: 100 } }),
    ]);
  });

  it('without either bound, any number is accepted', () => {
    expect(readNumber({ t: 'n', v: -1e300 }, at, {})).toEqual({ value: -1e300, invalid: false, issues: [] });
  });
});
