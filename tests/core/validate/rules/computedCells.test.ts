/** Rule computedCells: the template's computed cells keep their formulas and show core's status. */
import { computedCells } from '../../../../src/core/validate/rules/indicator/computedCells';
import { testPlan } from '../../../support/plans';
import { cleanSubmission, fillIndicator } from '../../../support/snapshots';
import { checkWith, codes, indicatorRow } from './rows';

const plan = testPlan();
const row = (edit: Record<string, Parameters<typeof fillIndicator>[2][string]>) => {
  const snap = cleanSubmission(plan, 'so-tc', '2025-07');
  fillIndicator(snap, 'CT01', edit);
  return indicatorRow(plan, snap, 'CT01');
};

describe('rule computedCells', () => {
  it('passes formulas never recalculated, and formulas showing core’s status', () => {
    expect(checkWith(computedCells, row({ actual: 8.2 }))).toEqual([]);
    expect(checkWith(computedCells, row({ actual: 8.2, status: { t: 's', v: 'Đạt', f: 'x' } }))).toEqual([]);
  });

  it('reports each computed cell typed over', () => {
    expect(codes(checkWith(computedCells, row({ actual: 8.2, judged: 8.2, percent: 100 })))).toEqual([
      'COMPUTED_OVERWRITTEN',
      'COMPUTED_OVERWRITTEN',
    ]);
  });

  it('warns when the status shown is not the one core computes', () => {
    const issues = checkWith(computedCells, row({ actual: 6, status: { t: 's', v: 'Đạt', f: 'x' } }));
    expect(issues).toMatchObject([{ code: 'STATUS_MISMATCH', found: 'Đạt', expected: 'Chưa đạt' }]);
  });

  it('does not compare a status when core has none to compare with', () => {
    expect(checkWith(computedCells, row({ actual: null, status: { t: 's', v: 'Đạt', f: 'x' } }))).toEqual([]);
  });
});
