/** Rule fixedValues: the plan's fixed values and texts on an indicator's row are as issued. */
import { fixedValues } from '../../../../src/core/validate/rules/indicator/fixedValues';
import { testPlan } from '../../../support/plans';
import { cleanSubmission, fillIndicator } from '../../../support/snapshots';
import { checkWith, codes, indicatorRow } from './rows';

const plan = testPlan();

describe('rule fixedValues', () => {
  it('passes a row as issued', () => {
    const snap = cleanSubmission(plan, 'so-tc', '2025-07');
    expect(checkWith(fixedValues, indicatorRow(plan, snap, 'CT01'))).toEqual([]);
  });

  it('reports a changed target, tolerance or checkpoint as tampering, each at its cell', () => {
    const snap = cleanSubmission(plan, 'so-tc', '2025-07');
    fillIndicator(snap, 'CT01', { target: 5, tolerance: 9, checkpoint: '8' });
    const issues = checkWith(fixedValues, indicatorRow(plan, snap, 'CT01'));
    expect(issues.map((i) => [i.code, i.found, i.expected])).toEqual([
      ['TARGET_TAMPERED', 5, 8],
      ['TARGET_TAMPERED', 9, 0.5],
      ['TARGET_TAMPERED', '8', 8],
    ]);
  });

  it('warns when the indicator’s name was edited, but not for spacing or case', () => {
    const snap = cleanSubmission(plan, 'so-tc', '2025-07');
    fillIndicator(snap, 'CT01', { name: '  tốc độ TĂNG trưởng   GRDP ' });
    expect(checkWith(fixedValues, indicatorRow(plan, snap, 'CT01'))).toEqual([]);
    fillIndicator(snap, 'CT01', { name: 'GRDP' });
    expect(codes(checkWith(fixedValues, indicatorRow(plan, snap, 'CT01')))).toEqual(['LOCKED_TEXT_CHANGED']);
  });
});
