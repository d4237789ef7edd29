/** Rule taskCompletion: a task reported done says when — docs/verdicts.md, T5, T6 and T8. */
import { taskCompletion } from '../../../../src/core/validate/rules/task/completion';
import { SHEETS } from '../../../../src/core/template/model';
import { testPlan } from '../../../support/plans';
import { addressOf, cleanSubmission, fillTask } from '../../../support/snapshots';
import { checkWith, taskRow } from './rows';

const plan = testPlan();
const done = { status: 'Hoàn thành', percent: 100, results: 'Xong.' };

describe('rule taskCompletion', () => {
  it('T5: done while the deadline is still ahead needs no date, and is on time', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    fillTask(snap, 'NV3.1', done);
    const row = taskRow(plan, snap, 'NV3.1');
    expect(checkWith(taskCompletion, row)).toEqual([]);
    expect(row.class).toBe('doneOnTime');
  });

  it('T6: done after the deadline passed, without a date, is a warning at the date cell', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-08');
    fillTask(snap, 'NV3.1', done);
    const row = taskRow(plan, snap, 'NV3.1');
    expect(checkWith(taskCompletion, row)).toEqual([
      expect.objectContaining({
        code: 'TASK_COMPLETION_DATE_MISSING',
        cell: addressOf(snap, SHEETS.tasks, 'NV3.1', 'completedOn'),
        expected: '15/07/2025',
      }),
    ]);
    expect(row.class).toBe('doneUndated');
  });

  it('T2: a completion date after the deadline makes it done late, without a warning', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-08');
    fillTask(snap, 'NV3.1', { ...done, completedOn: { t: 'd', v: '2025-07-20' } });
    const row = taskRow(plan, snap, 'NV3.1');
    expect(checkWith(taskCompletion, row)).toEqual([]);
    expect(row.class).toBe('doneLate');
  });

  it('T8: a completion date after the window’s end is a warning, and still classifies by the deadline', () => {
    const snap = cleanSubmission(plan, 'so-tc', '2025-07');
    fillTask(snap, 'NV5.1', { ...done, completedOn: '20/07/2025' });
    const row = taskRow(plan, snap, 'NV5.1');
    expect(checkWith(taskCompletion, row)).toMatchObject([
      { code: 'TASK_COMPLETION_DATE_LATER', found: '20/07/2025', expected: '14/07/2025' },
    ]);
    expect(row.class).toBe('doneOnTime');
  });
});
