/** Task classes — docs/verdicts.md, rows T1–T14. */
import { classifyTask, provinceTaskClass } from '../../../src/core/verdict';

const july = '2025-07-14';

describe('an agency’s task row', () => {
  it('T1: done by the deadline is done on time', () => {
    expect(
      classifyTask({ done: true, completedOn: '2025-05-20', deadline: '2025-05-31', windowEnd: july }),
    ).toBe('doneOnTime');
  });

  it('T2: done after the deadline is done late', () => {
    expect(
      classifyTask({ done: true, completedOn: '2025-06-10', deadline: '2025-05-31', windowEnd: july }),
    ).toBe('doneLate');
  });

  it('T3: not done with the deadline ahead is within its deadline', () => {
    expect(classifyTask({ done: false, completedOn: null, deadline: '2025-12-31', windowEnd: july })).toBe(
      'inProgress',
    );
  });

  it('T4: not done with the deadline passed is overdue', () => {
    expect(classifyTask({ done: false, completedOn: null, deadline: '2025-05-31', windowEnd: july })).toBe(
      'overdue',
    );
  });

  it('T5: done without a date while the deadline is still ahead is on time', () => {
    expect(classifyTask({ done: true, completedOn: null, deadline: '2025-12-31', windowEnd: july })).toBe(
      'doneOnTime',
    );
  });

  it('T6: done without a date after the deadline passed cannot be told on time or late', () => {
    expect(classifyTask({ done: true, completedOn: null, deadline: '2025-05-31', windowEnd: july })).toBe(
      'doneUndated',
    );
  });

  it('T7: an ongoing task (no deadline) is never overdue', () => {
    expect(classifyTask({ done: false, completedOn: null, deadline: null, windowEnd: july })).toBe(
      'inProgress',
    );
  });

  it('T8: a completion date after the window still classifies by the deadline', () => {
    expect(
      classifyTask({ done: true, completedOn: '2025-07-20', deadline: '2025-12-31', windowEnd: july }),
    ).toBe('doneOnTime');
  });
});

describe('the province’s class of a task, from its lead agencies', () => {
  it('T9: only lead rows count (the caller passes no collaborator)', () => {
    expect(provinceTaskClass(['doneOnTime'])).toBe('doneOnTime');
  });

  it('T10: one lead late makes the task done late', () => {
    expect(provinceTaskClass(['doneOnTime', 'doneLate'])).toBe('doneLate');
  });

  it('T11: one lead still working makes it not completed, within deadline', () => {
    expect(provinceTaskClass(['doneOnTime', 'inProgress'])).toBe('inProgress');
  });

  it('T12: one lead overdue makes it overdue', () => {
    expect(provinceTaskClass(['inProgress', 'overdue'])).toBe('overdue');
  });

  it('T13: no lead reported', () => {
    expect(provinceTaskClass([])).toBe('missing');
  });

  it('T14: an undated completion keeps the task undated', () => {
    expect(provinceTaskClass(['doneOnTime', 'doneUndated'])).toBe('doneUndated');
  });
});
