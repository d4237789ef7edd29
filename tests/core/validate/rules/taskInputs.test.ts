/** Rule taskInputs: a task's status is a listed choice, % done is 0–100, texts read as text. */
import { taskInputs } from '../../../../src/core/validate/rules/task/inputs';
import { testPlan } from '../../../support/plans';
import { cleanSubmission, fillTask } from '../../../support/snapshots';
import { checkWith, codes, taskRow } from './rows';

const plan = testPlan();
const row = (edit: Record<string, Parameters<typeof fillTask>[2][string]>) => {
  const snap = cleanSubmission(plan, 'so-tc', '2025-07');
  fillTask(snap, 'NV1.1', edit);
  return taskRow(plan, snap, 'NV1.1');
};

describe('rule taskInputs', () => {
  it('passes a listed status (any case or spacing) and a percentage', () => {
    const r = row({ status: '  đang TRIỂN khai ', percent: 50 });
    expect(checkWith(taskInputs, r)).toEqual([]);
    expect(r.readings.status).toEqual({ state: 'ok', value: 'Đang triển khai' });
  });

  it('reports a blank status as missing, and a status not listed as invalid', () => {
    expect(codes(checkWith(taskInputs, row({ status: null })))).toEqual(['INPUT_MISSING']);
    const invalid = row({ status: 'Xong' });
    expect(codes(checkWith(taskInputs, invalid))).toEqual(['TASK_STATUS_INVALID']);
    expect(invalid.readings.status.state).toBe('invalid');
  });

  it('reports % done outside 0–100 (and does not use it), and warns on a fraction', () => {
    const over = row({ percent: 150 });
    expect(codes(checkWith(taskInputs, over))).toEqual(['TASK_PERCENT_OUT_OF_RANGE']);
    expect(over.readings.percent).toEqual({ state: 'invalid', value: null });
    expect(checkWith(taskInputs, row({ percent: 0.75 }))).toMatchObject([
      { code: 'VALUE_FRACTION_PERCENT', expected: 75 },
    ]);
  });

  it('reports a formula without a result in the results text', () => {
    expect(codes(checkWith(taskInputs, row({ results: { t: 'z', f: 'A1' } })))).toEqual([
      'FORMULA_NO_RESULT',
    ]);
  });
});
