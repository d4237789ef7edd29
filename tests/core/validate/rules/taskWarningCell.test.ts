/** Rule taskWarningCell: the overdue warning keeps its formula. */
import { taskWarningCell } from '../../../../src/core/validate/rules/task/warningCell';
import { testPlan } from '../../../support/plans';
import { cleanSubmission, fillTask } from '../../../support/snapshots';
import { checkWith, taskRow } from './rows';

const plan = testPlan();

describe('rule taskWarningCell', () => {
  it('passes the formula as issued', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    expect(checkWith(taskWarningCell, taskRow(plan, snap, 'NV3.1'))).toEqual([]);
  });

  it('reports the formula typed over or cleared', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    fillTask(snap, 'NV3.1', { warning: '' });
    expect(checkWith(taskWarningCell, taskRow(plan, snap, 'NV3.1'))).toMatchObject([
      { code: 'COMPUTED_OVERWRITTEN', found: '' },
    ]);
  });
});
