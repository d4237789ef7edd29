/** Rule taskConsistency: a task's status, % done and results agree. */
import { taskConsistency } from '../../../../src/core/validate/rules/task/consistency';
import { testPlan } from '../../../support/plans';
import { cleanSubmission, fillTask } from '../../../support/snapshots';
import { checkWith, codes, taskRow } from './rows';

const plan = testPlan();
const row = (edit: Record<string, Parameters<typeof fillTask>[2][string]>) => {
  const snap = cleanSubmission(plan, 'so-tc', '2025-07');
  fillTask(snap, 'NV1.1', edit);
  return taskRow(plan, snap, 'NV1.1');
};

describe('rule taskConsistency', () => {
  it.each([
    ['Hoàn thành', 100, 'Đã xong.'],
    ['Chưa triển khai', 0, ''],
    ['Đang triển khai', 60, ''],
  ])('passes "%s" at %d %%', (status, percent, results) => {
    expect(checkWith(taskConsistency, row({ status, percent, results }))).toEqual([]);
  });

  it.each([
    ['Hoàn thành', 80, 'Đã xong.', 'TASK_DONE_INCOMPLETE'],
    ['Chưa triển khai', 10, '', 'TASK_NOT_STARTED_PROGRESS'],
    ['Đang triển khai', 100, '', 'TASK_FULL_NOT_DONE'],
    ['Hoàn thành', 100, ' ', 'TASK_RESULT_MISSING'],
  ])('reports "%s" at %d %% (results "%s") as %s', (status, percent, results, code) => {
    expect(codes(checkWith(taskConsistency, row({ status, percent, results })))).toEqual([code]);
  });

  it('does not compare a status that was not usable', () => {
    expect(checkWith(taskConsistency, row({ status: 'Xong', percent: 100 }))).toEqual([]);
  });
});
