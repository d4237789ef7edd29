/** Validation — tasks: status choices, progress, consistency, deadlines. */
import { validate } from '../../../src/core/validate';
import { SHEETS } from '../../../src/core/template/model';
import { testPlan } from '../../support/plans';
import { addressOf, cleanSubmission, fillTask } from '../../support/snapshots';

const plan = testPlan();
const find = (r: ReturnType<typeof validate>, code: string) => r.issues.filter((i) => i.code === code);

describe('tasks', () => {
  it('a status that is not one of the choices is an error listing the choices', () => {
    const snap = cleanSubmission(plan, 'so-tc', '2025-07');
    fillTask(snap, 'NV1.1', { status: 'Xong rồi' });
    expect(validate(snap, plan).issues).toContainEqual(
      expect.objectContaining({
        code: 'TASK_STATUS_INVALID',
        cell: addressOf(snap, SHEETS.tasks, 'NV1.1', 'status'),
        found: 'Xong rồi',
        expected: 'Chưa triển khai; Đang triển khai; Hoàn thành; Chậm tiến độ',
      }),
    );
  });

  it('a status typed in another case or with spaces is accepted', () => {
    const snap = cleanSubmission(plan, 'so-tc', '2025-07');
    fillTask(snap, 'NV1.1', { status: '  đang triển khai ' });
    const report = validate(snap, plan);
    expect(find(report, 'TASK_STATUS_INVALID')).toEqual([]);
    expect(report.tasks.find((t) => t.taskId === 'NV1.1')?.status).toBe('Đang triển khai');
  });

  it('"Hoàn thành" with less than 100% is inconsistent', () => {
    const snap = cleanSubmission(plan, 'so-tc', '2025-07');
    fillTask(snap, 'NV1.1', { status: 'Hoàn thành', percent: 80 });
    expect(find(validate(snap, plan), 'TASK_DONE_INCOMPLETE')).toEqual([
      expect.objectContaining({ subject: 'NV1.1', found: 80 }),
    ]);
  });

  it('"Chưa triển khai" with progress above 0% is inconsistent', () => {
    const snap = cleanSubmission(plan, 'so-tc', '2025-07');
    fillTask(snap, 'NV1.1', { status: 'Chưa triển khai', percent: 30 });
    expect(find(validate(snap, plan), 'TASK_NOT_STARTED_PROGRESS')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        cell: addressOf(snap, SHEETS.tasks, 'NV1.1', 'status'),
        subject: 'NV1.1',
        found: 30,
      }),
    ]);
  });

  it('"Chưa triển khai" at 0% is consistent', () => {
    const snap = cleanSubmission(plan, 'so-tc', '2025-07');
    fillTask(snap, 'NV1.1', { status: 'Chưa triển khai', percent: 0 });
    expect(find(validate(snap, plan), 'TASK_NOT_STARTED_PROGRESS')).toEqual([]);
  });

  it('100% but not "Hoàn thành" is inconsistent', () => {
    const snap = cleanSubmission(plan, 'so-tc', '2025-07');
    fillTask(snap, 'NV1.1', { status: 'Đang triển khai', percent: 100 });
    expect(find(validate(snap, plan), 'TASK_FULL_NOT_DONE')).toEqual([
      expect.objectContaining({ found: 'Đang triển khai' }),
    ]);
  });

  it('a task past its deadline and not done is overdue', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-08');
    const report = validate(snap, plan);
    expect(find(report, 'TASK_OVERDUE')).toEqual([
      expect.objectContaining({ subject: 'NV3.1', expected: '15/07/2025' }),
    ]);
    expect(report.tasks.find((t) => t.taskId === 'NV3.1')?.overdue).toBe(true);
  });

  it('the same task before its deadline is not overdue', () => {
    expect(find(validate(cleanSubmission(plan, 'so-tc', '2025-07'), plan), 'TASK_OVERDUE')).toEqual([]);
  });

  it('a task with several deadlines is overdue only after the last one', () => {
    const october = validate(cleanSubmission(plan, 'so-tc', '2025-10'), plan);
    expect(find(october, 'TASK_OVERDUE')).toEqual([]);
    const december = validate(cleanSubmission(plan, 'so-tc', '2025-12'), plan);
    expect(find(december, 'TASK_OVERDUE').map((i) => i.subject)).toEqual(['NV5.1']);
  });

  it('progress outside 0–100 is an error', () => {
    const snap = cleanSubmission(plan, 'so-tc', '2025-07');
    fillTask(snap, 'NV1.1', { percent: 150 });
    expect(find(validate(snap, plan), 'TASK_PERCENT_OUT_OF_RANGE')).toEqual([
      expect.objectContaining({ found: 150, severity: 'error' }),
    ]);
  });

  it('progress typed as a fraction (0.75) gets a warning suggesting 75', () => {
    const snap = cleanSubmission(plan, 'so-tc', '2025-07');
    fillTask(snap, 'NV1.1', { percent: 0.75 });
    expect(find(validate(snap, plan), 'VALUE_FRACTION_PERCENT')).toEqual([
      expect.objectContaining({ found: 0.75, expected: 75 }),
    ]);
  });

  it('progress shown in a percent format (0.85 as "85%") is read as 85, with a note and no fraction warning', () => {
    const snap = cleanSubmission(plan, 'so-tc', '2025-07');
    fillTask(snap, 'NV1.1', { percent: { t: 'n', v: 0.85, percent: true } });
    const report = validate(snap, plan);
    expect(report.tasks.find((t) => t.taskId === 'NV1.1')?.percent).toBe(85);
    expect(report.issues.filter((i) => i.subject === 'NV1.1')).toEqual([
      expect.objectContaining({ code: 'VALUE_PERCENT_FORMAT', found: 0.85, expected: 85 }),
    ]);
  });

  it('a task marked done without results text is reported', () => {
    const snap = cleanSubmission(plan, 'so-tc', '2025-07');
    fillTask(snap, 'NV1.1', { status: 'Hoàn thành', percent: 100, results: '  ' });
    expect(find(validate(snap, plan), 'TASK_RESULT_MISSING')).toEqual([
      expect.objectContaining({ subject: 'NV1.1' }),
    ]);
  });

  it('a missing status is an error and lowers completeness', () => {
    const snap = cleanSubmission(plan, 'so-tc', '2025-07');
    fillTask(snap, 'NV1.1', { status: null });
    const report = validate(snap, plan);
    expect(find(report, 'INPUT_MISSING')).toEqual([
      expect.objectContaining({ subject: 'NV1.1', sheet: SHEETS.tasks }),
    ]);
    expect(report.completeness.find((c) => c.sheet === SHEETS.tasks)).toEqual({
      sheet: SHEETS.tasks,
      required: 3,
      filled: 2,
    });
  });

  it('a changed deadline is tampering', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    fillTask(snap, 'NV3.1', { deadline: { t: 'd', v: '2025-12-31' } });
    expect(find(validate(snap, plan), 'TARGET_TAMPERED')).toEqual([
      expect.objectContaining({ subject: 'NV3.1', found: '31/12/2025', expected: '15/07/2025' }),
    ]);
  });
});
