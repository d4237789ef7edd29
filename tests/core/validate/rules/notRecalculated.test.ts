/** Rule notRecalculated: one note for a sheet whose formulas have no saved results. */
import { notRecalculated } from '../../../../src/core/validate/rules/indicator/notRecalculated';
import { SHEETS } from '../../../../src/core/template/model';
import { testPlan } from '../../../support/plans';
import { addressOf, cleanSubmission, fillIndicator } from '../../../support/snapshots';
import { checkWith, indicatorRow } from './rows';

const plan = testPlan();

describe('rule notRecalculated', () => {
  it('notes once, at the first formula without a result, how many there are', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    const rows = ['CT02', 'CT03'].map((id) => indicatorRow(plan, snap, id));
    const issues = checkWith(notRecalculated, { sheet: SHEETS.indicators, rows });
    // Per derived row: the actual, the judged value, the % and the status.
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'COMPUTED_NOT_RECALCULATED',
        cell: addressOf(snap, SHEETS.indicators, 'CT02', 'actual'),
        params: { count: 8 },
      }),
    ]);
  });

  it('says nothing when every formula has a saved result', () => {
    const snap = cleanSubmission(plan, 'so-tc', '2025-07');
    const saved = { t: 'n' as const, v: 1, f: 'x' };
    fillIndicator(snap, 'CT01', { judged: saved, percent: saved, status: { t: 's', v: '', f: 'x' } });
    const rows = [indicatorRow(plan, snap, 'CT01')];
    expect(checkWith(notRecalculated, { sheet: SHEETS.indicators, rows })).toEqual([]);
  });
});
