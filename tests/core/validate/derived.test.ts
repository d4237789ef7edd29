/** Validation — derived indicators are recomputed from their inputs in core, not taken from the sheet. */
import { validate } from '../../../src/core/validate';
import { deriveValue } from '../../../src/core/plan/formulas';
import { SHEETS } from '../../../src/core/template/model';
import { issueMessage } from '../../../src/i18n';
import { testPlan } from '../../support/plans';
import { addressOf, cleanSubmission, fillIndicator } from '../../support/snapshots';

const plan = testPlan();
const result = (r: ReturnType<typeof validate>, id: string) => r.indicators.find((i) => i.indicatorId === id);

describe('derived indicators', () => {
  it('disbursement = disbursed / allocated × 100', () => {
    expect(deriveValue({ kind: 'ratio', numerator: 'd', denominator: 'a' }, { a: 400, d: 130 })).toBe(32.5);
  });

  it('procedure-time reduction = (1 − current / baseline days) × 100', () => {
    expect(deriveValue({ kind: 'reduction', before: 'b', after: 'c' }, { b: 120, c: 78 })).toBe(35);
  });

  it('has no value while an input is missing, or the divisor is 0', () => {
    expect(deriveValue({ kind: 'ratio', numerator: 'd', denominator: 'a' }, { a: 100, d: null })).toBeNull();
    expect(deriveValue({ kind: 'ratio', numerator: 'd', denominator: 'a' }, { a: 0, d: 0 })).toBeNull();
  });

  it('judges the recomputed value, whatever the sheet formula shows', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    fillIndicator(snap, 'CT02', {
      input1: 400,
      input2: 130,
      actual: { t: 'n', v: 90, f: 'ROUND(L5/J5*100,6)' },
    });
    const report = validate(snap, plan);
    expect(result(report, 'CT02')).toMatchObject({
      actual: 32.5,
      inputs: { allocated: 400, disbursed: 130 },
    });
    expect(report.issues).toContainEqual(
      expect.objectContaining({
        code: 'DERIVED_MISMATCH',
        cell: addressOf(snap, SHEETS.indicators, 'CT02', 'actual'),
        found: 90,
        expected: 32.5,
      }),
    );
  });

  it('a sheet formula that agrees is not reported', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    fillIndicator(snap, 'CT02', {
      input1: 400,
      input2: 130,
      actual: { t: 'n', v: 32.5, f: 'ROUND(L5/J5*100,6)' },
    });
    expect(validate(snap, plan).issues.map((i) => i.code)).not.toContain('DERIVED_MISMATCH');
  });

  it('a formula replaced by a typed number is reported, and the recomputed value is used', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    fillIndicator(snap, 'CT02', { input1: 400, input2: 130, actual: 75 });
    const report = validate(snap, plan);
    expect(report.issues).toContainEqual(
      expect.objectContaining({ code: 'COMPUTED_OVERWRITTEN', found: '75' }),
    );
    expect(result(report, 'CT02')?.actual).toBe(32.5);
  });

  it('a workbook saved without recalculation gets one note per sheet, not one per cell', () => {
    const report = validate(cleanSubmission(plan, 'ubnd-a', '2025-07'), plan);
    const notes = report.issues.filter((i) => i.code === 'COMPUTED_NOT_RECALCULATED');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ severity: 'info', sheet: SHEETS.indicators });
    expect(notes[0]?.params?.count).toBeGreaterThan(3);
  });

  it('a zero denominator makes the indicator not applicable for that agency, not an error', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    fillIndicator(snap, 'CT02', { input1: 0, input2: 0 });
    const report = validate(snap, plan);
    expect(result(report, 'CT02')).toMatchObject({ actual: null, progress: { status: 'notApplicable' } });
    expect(report.counts.bySeverity.error).toBe(0);
  });

  it('a share above 100% (more disbursed than allocated) is out of range, at the cells the agency typed', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    fillIndicator(snap, 'CT02', { input1: 100, input2: 130 });
    const input1 = addressOf(snap, SHEETS.indicators, 'CT02', 'input1');
    const input2 = addressOf(snap, SHEETS.indicators, 'CT02', 'input2');
    expect(validate(snap, plan).issues).toContainEqual(
      expect.objectContaining({
        code: 'DERIVED_OUT_OF_RANGE',
        severity: 'error',
        cell: input1,
        found: 130,
        subject: 'CT02',
        params: { cells: `${input1}, ${input2}`, min: 0, max: 100 },
      }),
    );
  });

  it('the message for an out-of-range share names both input cells, not the formula cell', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    fillIndicator(snap, 'CT02', { input1: 100, input2: 130 });
    const found = validate(snap, plan).issues.find((i) => i.code === 'DERIVED_OUT_OF_RANGE');
    const input1 = addressOf(snap, SHEETS.indicators, 'CT02', 'input1');
    const input2 = addressOf(snap, SHEETS.indicators, 'CT02', 'input2');
    const actual = addressOf(snap, SHEETS.indicators, 'CT02', 'actual');
    const text = issueMessage(found!, 'vi');
    expect(text).toContain(`Các ô ${input1}, ${input2} (CT02): tỷ lệ tính từ các số liệu này là 130%,`);
    expect(text).not.toContain(actual);
  });

  it('both inputs of a derived indicator are required', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    fillIndicator(snap, 'CT02', { input2: null });
    const report = validate(snap, plan);
    expect(report.issues).toContainEqual(
      expect.objectContaining({ code: 'INPUT_MISSING', expected: 'Vốn đã giải ngân' }),
    );
    expect(result(report, 'CT02')?.progress.status).toBe('missing');
  });
});
