/** The counts Tổng hợp's summary opens with: verdicts of each kind apart, task classes in the official order. */
import type { ProvinceTask } from '../../src/core/consolidate/types';
import type { ForecastVerdict, ProgressVerdict } from '../../src/core/verdict';
import { taskClassTally, tasksByClass, verdictTallies } from '../../src/taskpane/components/tallies';

const progress = (status: ProgressVerdict['status']): ProgressVerdict => ({
  status,
  value: null,
  against: null,
  gap: null,
  percentOfReference: null,
  percentOfAnnual: null,
});
const forecast = (status: ForecastVerdict['status']): ForecastVerdict => ({
  status,
  basis: null,
  value: null,
  target: 1,
  gap: null,
  percentOfTarget: null,
});
const task = (taskId: string, cls: ProvinceTask['class']): ProvinceTask => ({
  taskId,
  class: cls,
  leadsReporting: 1,
  leads: 1,
  deadline: null,
});

describe('the summary tallies', () => {
  it('counts progress and forecast apart, each status on its own, judged ones first, empty ones left out', () => {
    const items = [
      { progress: progress('missed'), forecast: forecast('met') },
      { progress: progress('met'), forecast: forecast('met') },
      { progress: progress('invalid'), forecast: forecast('invalid') },
      { progress: progress('notDue'), forecast: forecast('near') },
      { progress: progress('met'), forecast: forecast('missing') },
    ];
    expect(verdictTallies(items)).toEqual({
      progress: [
        { status: 'met', count: 2 },
        { status: 'missed', count: 1 },
        { status: 'notDue', count: 1 },
        { status: 'invalid', count: 1 },
      ],
      forecast: [
        { status: 'met', count: 2 },
        { status: 'near', count: 1 },
        { status: 'invalid', count: 1 },
        { status: 'missing', count: 1 },
      ],
    });
  });

  it('no indicator: nothing to count', () => {
    expect(verdictTallies([])).toEqual({ progress: [], forecast: [] });
  });

  it('task classes in the Government Office order, without the empty ones', () => {
    expect(
      taskClassTally({ doneOnTime: 3, doneLate: 0, doneUndated: 1, inProgress: 0, overdue: 2, missing: 4 }),
    ).toEqual([
      { status: 'doneOnTime', count: 3 },
      { status: 'doneUndated', count: 1 },
      { status: 'overdue', count: 2 },
      { status: 'missing', count: 4 },
    ]);
  });

  it('tasks grouped by class in that order, each group in the plan order', () => {
    const groups = tasksByClass([
      task('NV1', 'overdue'),
      task('NV2', 'doneOnTime'),
      task('NV3', 'overdue'),
      task('NV4', 'missing'),
    ]);
    expect(groups.map((g) => [g.status, g.tasks.map((t) => t.taskId)])).toEqual([
      ['doneOnTime', ['NV2']],
      ['overdue', ['NV1', 'NV3']],
      ['missing', ['NV4']],
    ]);
  });
});
