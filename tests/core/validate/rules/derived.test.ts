/** Rule derived: a derived indicator is recomputed from its inputs, in range, and its formula cell agrees. */
import { derived } from '../../../../src/core/validate/rules/indicator/derived';
import { testPlan } from '../../../support/plans';
import { cleanSubmission, fillIndicator } from '../../../support/snapshots';
import { checkWith, codes, indicatorRow } from './rows';

const plan = testPlan();
const row = (edit: Record<string, Parameters<typeof fillIndicator>[2][string]>) => {
  const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
  fillIndicator(snap, 'CT02', edit);
  return indicatorRow(plan, snap, 'CT02');
};

describe('rule derived', () => {
  it('checks nothing on an indicator the agency types directly', () => {
    const snap = cleanSubmission(plan, 'so-tc', '2025-07');
    fillIndicator(snap, 'CT01', { actual: 7 });
    expect(checkWith(derived, indicatorRow(plan, snap, 'CT01'))).toEqual([]);
  });

  it('passes a formula cell that shows the recomputed value (or was never recalculated)', () => {
    expect(
      checkWith(derived, row({ input1: 400, input2: 130, actual: { t: 'n', v: 32.5, f: 'x' } })),
    ).toEqual([]);
    expect(checkWith(derived, row({ input1: 400, input2: 130 }))).toEqual([]);
  });

  it('reports a formula cell showing another value, and judges the recomputed one', () => {
    const r = row({ input1: 400, input2: 130, actual: { t: 'n', v: 90, f: 'x' } });
    expect(checkWith(derived, r)).toMatchObject([{ code: 'DERIVED_MISMATCH', found: 90, expected: 32.5 }]);
    expect(r.readings.actual).toEqual({ state: 'ok', value: 32.5 });
  });

  it('reports a formula replaced by a typed number', () => {
    expect(codes(checkWith(derived, row({ input1: 400, input2: 130, actual: 75 })))).toEqual([
      'COMPUTED_OVERWRITTEN',
    ]);
  });

  it('reports a formula error only when the inputs give a value', () => {
    expect(
      codes(checkWith(derived, row({ input1: 400, input2: 130, actual: { t: 'e', v: '#DIV/0!', f: 'x' } }))),
    ).toEqual(['FORMULA_ERROR']);
    expect(
      checkWith(derived, row({ input1: 0, input2: 0, actual: { t: 'e', v: '#DIV/0!', f: 'x' } })),
    ).toEqual([]);
  });

  it('reports a recomputed value outside the range, at the inputs the agency typed', () => {
    const [out] = checkWith(derived, row({ input1: 100, input2: 130 }));
    expect(out).toMatchObject({ code: 'DERIVED_OUT_OF_RANGE', found: 130, params: { min: 0, max: 100 } });
  });
});
