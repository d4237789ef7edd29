/** Rule inputs: what the agency types on an indicator's row reads as meant, and the required inputs are there. */
import { inputs } from '../../../../src/core/validate/rules/indicator/inputs';
import { testPlan } from '../../../support/plans';
import { cleanSubmission, fillIndicator } from '../../../support/snapshots';
import { checkWith, codes, indicatorRow } from './rows';

const plan = testPlan();

describe('rule inputs', () => {
  it('passes a clean row', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    expect(checkWith(inputs, indicatorRow(plan, snap, 'CT02'))).toEqual([]);
  });

  it('reports a blank actual as missing, naming the column', () => {
    const snap = cleanSubmission(plan, 'so-tc', '2025-07');
    fillIndicator(snap, 'CT01', { actual: null });
    const [missing] = checkWith(inputs, indicatorRow(plan, snap, 'CT01'));
    expect(missing).toMatchObject({ code: 'INPUT_MISSING', expected: 'Thực hiện lũy kế đến kỳ' });
  });

  it('reports each blank input of a derived indicator, naming the input', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    fillIndicator(snap, 'CT02', { input1: null, input2: '  ' });
    const issues = checkWith(inputs, indicatorRow(plan, snap, 'CT02'));
    expect(issues.map((i) => [i.code, i.expected])).toEqual([
      ['INPUT_MISSING', 'Kế hoạch vốn giao'],
      ['INPUT_MISSING', 'Vốn đã giải ngân'],
    ]);
  });

  it('reports what reading the values found: text, numbers as text, formulas, errors', () => {
    const snap = cleanSubmission(plan, 'so-tc', '2025-07');
    fillIndicator(snap, 'CT01', {
      actual: 'chưa có',
      yearEstimate: '8,1',
      notes: { t: 'e', v: '#REF!' },
    });
    expect(codes(checkWith(inputs, indicatorRow(plan, snap, 'CT01')))).toEqual([
      'VALUE_NOT_NUMBER',
      'VALUE_NUMERIC_TEXT',
      'FORMULA_ERROR',
    ]);
  });

  it('does not report an unusable value as missing too', () => {
    const snap = cleanSubmission(plan, 'so-tc', '2025-07');
    fillIndicator(snap, 'CT01', { actual: { t: 'z', f: 'A1*2' } });
    expect(codes(checkWith(inputs, indicatorRow(plan, snap, 'CT01')))).toEqual(['FORMULA_NO_RESULT']);
  });
});
