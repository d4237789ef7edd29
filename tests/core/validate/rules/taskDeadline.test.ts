/** Rule taskDeadline: past its final deadline a task is done, and the deadline shown is the one issued. */
import { taskDeadline } from '../../../../src/core/validate/rules/task/deadline';
import { testPlan } from '../../../support/plans';
import { cleanSubmission, fillTask } from '../../../support/snapshots';
import { checkWith, codes, taskRow } from './rows';

const plan = testPlan();

describe('rule taskDeadline', () => {
  it('passes a task before its deadline', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    expect(checkWith(taskDeadline, taskRow(plan, snap, 'NV3.1'))).toEqual([]);
  });

  it('reports a task past its final deadline and not done as overdue', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-08');
    const row = taskRow(plan, snap, 'NV3.1');
    expect(checkWith(taskDeadline, row)).toMatchObject([{ code: 'TASK_OVERDUE', expected: '15/07/2025' }]);
    expect(row.overdue).toBe(true);
  });

  it('does not call a done task overdue', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-08');
    fillTask(snap, 'NV3.1', { status: 'Hoàn thành', percent: 100, results: 'Xong.' });
    expect(checkWith(taskDeadline, taskRow(plan, snap, 'NV3.1'))).toEqual([]);
  });

  it('reports a changed deadline as tampering', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    fillTask(snap, 'NV3.1', { deadline: 'cuối năm' });
    expect(codes(checkWith(taskDeadline, taskRow(plan, snap, 'NV3.1')))).toEqual(['TARGET_TAMPERED']);
  });
});
