/** Rule computedCells: the template's computed cells keep their formulas and show core's verdicts. */
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
  it('passes formulas never recalculated, and formulas showing core’s verdicts', () => {
    expect(checkWith(computedCells, row({ actual: 8.2 }))).toEqual([]);
    const shown = {
      progress: { t: 's', v: 'Đạt', f: 'x' },
      forecast: { t: 's', v: 'Ước đạt', f: 'x' },
    } as const;
    expect(checkWith(computedCells, row({ actual: 8.2, yearEstimate: 8.4, ...shown }))).toEqual([]);
  });

  it('reports each computed cell typed over', () => {
    expect(
      codes(checkWith(computedCells, row({ actual: 8.2, progress: 'Đạt', percentOfAnnual: 100 }))),
    ).toEqual(['COMPUTED_OVERWRITTEN', 'COMPUTED_OVERWRITTEN']);
  });

  it('warns when a verdict shown is not the one core judges, progress and forecast each at its cell', () => {
    const issues = checkWith(
      computedCells,
      row({
        actual: 6,
        yearEstimate: 7,
        progress: { t: 's', v: 'Đạt', f: 'x' },
        forecast: { t: 's', v: 'Ước đạt', f: 'x' },
      }),
    );
    expect(issues).toMatchObject([
      { code: 'STATUS_MISMATCH', found: 'Đạt', expected: 'Chưa đạt' },
      { code: 'STATUS_MISMATCH', found: 'Ước đạt', expected: 'Khó đạt' },
    ]);
  });

  it('does not compare a verdict when core has none to compare with (blank, or a value with an error)', () => {
    expect(checkWith(computedCells, row({ actual: null, progress: { t: 's', v: 'Đạt', f: 'x' } }))).toEqual(
      [],
    );
    expect(
      checkWith(computedCells, row({ actual: 0.078, progress: { t: 's', v: 'Chưa đạt', f: 'x' } })),
    ).toEqual([]);
  });
});
