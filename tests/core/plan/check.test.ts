/**
 * Checking a plan: each broken plan is the seed plan with exactly one thing broken, and the check names that one
 * thing — its code and its exact path — so a planner can find it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkPlan } from '../../../src/core/plan/check';
import { formatPlanPath, type PlanProblem } from '../../../src/core/plan/problems';

const SEED = path.join(__dirname, '..', '..', '..', 'seeds', 'sonla-2025', 'plan.json');
const SEED_JSON = JSON.parse(readFileSync(SEED, 'utf8')) as unknown;

/* eslint-disable @typescript-eslint/no-explicit-any -- broken plans are deliberately not of type Plan */
/** A deep copy of the seed plan, as plain JSON to break. */
const seed = (): any => structuredClone(SEED_JSON);
/** Position of an item by id in an array of the seed. */
const at = (list: 'indicators' | 'tasks' | 'agencies', id: string): number =>
  (SEED_JSON as any)[list].findIndex((x: { id: string }) => x.id === id);
/* eslint-enable @typescript-eslint/no-explicit-any */

function problemsOf(json: unknown): PlanProblem[] {
  const checked = checkPlan(json);
  if (checked.ok) throw new Error('expected the plan to be rejected');
  return checked.problems;
}

const CT01 = at('indicators', 'CT01');
const CT03 = at('indicators', 'CT03');
const CT04 = at('indicators', 'CT04');
const CT08 = at('indicators', 'CT08');
const CT12 = at('indicators', 'CT12');

describe('checkPlan', () => {
  it('accepts the seed plan and gives its content hash', () => {
    const checked = checkPlan(seed());
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(checked.hash).toMatch(/^[0-9a-f]{16,}$/);
  });

  it('gives the same hash for the same plan', () => {
    const a = checkPlan(seed());
    const b = checkPlan(seed());
    expect(a.ok && b.ok && a.hash === b.hash).toBe(true);
  });

  it('gives a different hash when a target changes', () => {
    const changed = seed();
    changed.indicators[CT01].target = 8.5;
    const a = checkPlan(seed());
    const b = checkPlan(changed);
    expect(a.ok && b.ok && a.hash !== b.hash).toBe(true);
  });

  describe('structure (schema)', () => {
    it('rejects a target written as text, at indicators[i].target', () => {
      const broken = seed();
      broken.indicators[CT01].target = 'tám';
      expect(problemsOf(broken)).toEqual([
        expect.objectContaining({
          path: ['indicators', CT01, 'target'],
          code: 'invalid_type',
          params: expect.objectContaining({ expected: 'number' }),
        }),
      ]);
    });

    it('rejects a target that is not a finite number (NaN)', () => {
      const broken = seed();
      broken.indicators[CT01].target = Number.NaN;
      expect(problemsOf(broken)).toEqual([
        expect.objectContaining({ path: ['indicators', CT01, 'target'], code: 'invalid_type' }),
      ]);
    });

    it('rejects a negative tolerance', () => {
      const broken = seed();
      broken.indicators[CT12].tolerance = -0.3;
      expect(problemsOf(broken)).toEqual([
        expect.objectContaining({
          path: ['indicators', CT12, 'tolerance'],
          code: 'too_small',
          params: expect.objectContaining({ minimum: 0 }),
        }),
      ]);
    });

    it('rejects an unknown field on an indicator, naming the field', () => {
      const broken = seed();
      broken.indicators[CT04].colour = 'red';
      expect(problemsOf(broken)).toEqual([
        expect.objectContaining({
          path: ['indicators', CT04],
          code: 'unrecognized_keys',
          params: expect.objectContaining({ keys: 'colour' }),
        }),
      ]);
    });

    it('rejects an unknown field at the top of the plan, at the root path', () => {
      const broken = seed();
      broken.owner = 'Sở Tài chính';
      expect(problemsOf(broken)).toEqual([
        expect.objectContaining({
          path: [],
          code: 'unrecognized_keys',
          params: expect.objectContaining({ keys: 'owner' }),
        }),
      ]);
    });

    it('rejects a direction that is not atLeast, atMost or about', () => {
      const broken = seed();
      broken.indicators[CT12].direction = 'khoảng';
      expect(problemsOf(broken)).toEqual([
        expect.objectContaining({ path: ['indicators', CT12, 'direction'], code: 'invalid_value' }),
      ]);
    });

    it('rejects a deadline on a day that does not exist (30 February)', () => {
      const broken = seed();
      const NV31 = at('tasks', 'NV3.1');
      broken.tasks[NV31].deadlines[0].date = '2025-02-30';
      expect(problemsOf(broken)).toEqual([
        expect.objectContaining({ path: ['tasks', NV31, 'deadlines', 0, 'date'] }),
      ]);
    });

    it('rejects a task id that is not NVx.y or BCn', () => {
      const broken = seed();
      broken.tasks[0].id = 'Nhiệm vụ 1.1';
      expect(problemsOf(broken)).toEqual([expect.objectContaining({ path: ['tasks', 0, 'id'] })]);
    });

    it('rejects a due day past the 28th, which some months do not have', () => {
      const broken = seed();
      broken.reporting.dueDay = 31;
      expect(problemsOf(broken)).toEqual([
        expect.objectContaining({ path: ['reporting', 'dueDay'], code: 'too_big' }),
      ]);
    });

    it('lists every structural problem, not just the first', () => {
      const broken = seed();
      broken.indicators[CT01].target = 'tám';
      broken.indicators[CT12].tolerance = -1;
      expect(problemsOf(broken).map((p) => p.path)).toEqual([
        ['indicators', CT01, 'target'],
        ['indicators', CT12, 'tolerance'],
      ]);
    });
  });

  describe('cross-references', () => {
    it('rejects an indicator led by an agency not in the list, at indicators[i].lead', () => {
      const broken = seed();
      broken.indicators[CT03].lead = 'so-khong-co';
      expect(problemsOf(broken)).toEqual([
        { path: ['indicators', CT03, 'lead'], code: 'unknown_agency', params: { id: 'so-khong-co' } },
      ]);
    });

    it('rejects a reporter that is not an agency, at its position in reporters', () => {
      const broken = seed();
      broken.indicators[CT08].reporters.push('so-khong-co');
      expect(problemsOf(broken)).toEqual([
        { path: ['indicators', CT08, 'reporters', 5], code: 'unknown_agency', params: { id: 'so-khong-co' } },
      ]);
    });

    it('rejects a kind that does not exist', () => {
      const broken = seed();
      broken.indicators[CT04].reporters = ['kind:department', 'kind:district'];
      expect(problemsOf(broken)).toEqual([
        expect.objectContaining({
          path: ['indicators', CT04, 'reporters', 1],
          code: 'unknown_kind',
          params: expect.objectContaining({ kind: 'district' }),
        }),
      ]);
    });

    it('rejects a kind of reporter that selects no agency of the plan (the indicator would reach no one)', () => {
      const broken = seed();
      broken.indicators[CT04].reporters = ['kind:court'];
      broken.agencies = broken.agencies.filter((a: { kind: string }) => a.kind !== 'court');
      broken.tasks[at('tasks', 'NV1.4')].lead = ['cong-an', 'vien-kiem-sat'];
      expect(problemsOf(broken)).toEqual([
        { path: ['indicators', CT04, 'reporters', 0], code: 'unknown_agency', params: { id: 'kind:court' } },
      ]);
    });

    it('rejects a task whose "*" lead selects nobody because no agency reports monthly', () => {
      const broken = seed();
      for (const a of broken.agencies) a.reportsMonthly = false;
      expect(problemsOf(broken)).toContainEqual({
        path: ['tasks', at('tasks', 'BC1'), 'lead', 0],
        code: 'unknown_agency',
        params: { id: '*' },
      });
    });

    it('rejects a task led by an unknown agency', () => {
      const broken = seed();
      const NV22 = at('tasks', 'NV2.2');
      broken.tasks[NV22].lead = ['so-cong-nghiep'];
      expect(problemsOf(broken)).toEqual([
        { path: ['tasks', NV22, 'lead', 0], code: 'unknown_agency', params: { id: 'so-cong-nghiep' } },
      ]);
    });

    it('rejects a monthly report addressed to an agency not in the list', () => {
      const broken = seed();
      broken.reporting.recipient = 'so-ke-hoach-dau-tu';
      expect(problemsOf(broken)).toEqual([
        { path: ['reporting', 'recipient'], code: 'unknown_agency', params: { id: 'so-ke-hoach-dau-tu' } },
      ]);
    });

    it('rejects a due day before the end of the data window', () => {
      const broken = seed();
      broken.reporting.dueDay = 10;
      expect(problemsOf(broken)).toEqual([
        {
          path: ['reporting', 'dueDay'],
          code: 'due_before_window_end',
          params: { dueDay: 10, windowEndDay: 14 },
        },
      ]);
    });

    it('rejects a duplicate task id, at the second occurrence', () => {
      const broken = seed();
      const NV12 = at('tasks', 'NV1.2');
      broken.tasks[NV12].id = 'NV1.1';
      expect(problemsOf(broken)).toEqual([
        { path: ['tasks', NV12, 'id'], code: 'duplicate_id', params: { id: 'NV1.1' } },
      ]);
    });

    it('rejects a duplicate agency id', () => {
      const broken = seed();
      broken.agencies.push({ ...broken.agencies[0] });
      expect(problemsOf(broken)).toEqual([
        {
          path: ['agencies', broken.agencies.length - 1, 'id'],
          code: 'duplicate_id',
          params: { id: 'so-tu-phap' },
        },
      ]);
    });

    it('rejects a deadline in another year', () => {
      const broken = seed();
      const NV31 = at('tasks', 'NV3.1');
      broken.tasks[NV31].deadlines[0].date = '2026-07-15';
      expect(problemsOf(broken)).toEqual([
        {
          path: ['tasks', NV31, 'deadlines', 0, 'date'],
          code: 'date_outside_year',
          params: { date: '2026-07-15', year: 2025 },
        },
      ]);
    });
  });

  describe('milestones', () => {
    it('rejects a milestone outside the plan year', () => {
      const broken = seed();
      broken.indicators[CT08].milestones[0].date = '2024-06-30';
      expect(problemsOf(broken)).toEqual([
        {
          path: ['indicators', CT08, 'milestones', 0, 'date'],
          code: 'milestone_outside_year',
          params: { date: '2024-06-30', year: 2025 },
        },
      ]);
    });

    it('rejects a milestone on 31 December (that is the year target itself)', () => {
      const broken = seed();
      broken.indicators[CT08].milestones[1].date = '2025-12-31';
      expect(problemsOf(broken)).toEqual([
        expect.objectContaining({
          path: ['indicators', CT08, 'milestones', 1, 'date'],
          code: 'milestone_outside_year',
        }),
      ]);
    });

    it('rejects milestones out of date order', () => {
      const broken = seed();
      broken.indicators[CT08].milestones.reverse();
      expect(problemsOf(broken)).toEqual([
        {
          path: ['indicators', CT08, 'milestones', 1, 'date'],
          code: 'milestones_not_increasing',
          params: { date: '2025-06-30' },
        },
      ]);
    });

    it('rejects a milestone value outside the indicator’s range (e.g. 500%)', () => {
      const broken = seed();
      broken.indicators[CT08].milestones[0].value = 500;
      expect(problemsOf(broken)).toEqual([
        {
          path: ['indicators', CT08, 'milestones', 0, 'value'],
          code: 'target_outside_range',
          params: { target: 500 },
        },
      ]);
    });
  });

  describe('indicator shape', () => {
    it('rejects a formula that uses an input the indicator does not declare, and the input it then leaves unread', () => {
      const broken = seed();
      broken.indicators[CT04].formula.numerator = 'proceduresOnline';
      expect(problemsOf(broken)).toEqual([
        { path: ['indicators', CT04, 'formula'], code: 'unknown_input', params: { id: 'proceduresOnline' } },
        {
          path: ['indicators', CT04, 'inputs', 1, 'id'],
          code: 'input_unused',
          params: { id: 'onlineProcedures', kind: 'ratio' },
        },
      ]);
    });

    it('rejects a formula reading an input that is not declared', () => {
      const broken = seed();
      broken.indicators[CT04].inputs.pop();
      expect(problemsOf(broken)).toEqual([
        { path: ['indicators', CT04, 'formula'], code: 'unknown_input', params: { id: 'onlineProcedures' } },
      ]);
    });

    it('rejects an input the formula does not read', () => {
      const broken = seed();
      broken.indicators[CT04].inputs.push({ id: 'otherProcedures', name: 'Khác', unit: 'thủ tục' });
      expect(problemsOf(broken)).toEqual([
        {
          path: ['indicators', CT04, 'inputs', 2, 'id'],
          code: 'input_unused',
          params: { id: 'otherProcedures', kind: 'ratio' },
        },
      ]);
    });

    it('rejects two inputs with the same id', () => {
      const broken = seed();
      broken.indicators[CT03].inputs[1].id = 'baselineDays';
      expect(problemsOf(broken)).toContainEqual(
        expect.objectContaining({ path: ['indicators', CT03, 'inputs'], code: 'duplicate_id' }),
      );
    });

    it('rejects inputs without a formula', () => {
      const broken = seed();
      delete broken.indicators[CT04].formula;
      expect(problemsOf(broken)).toEqual([
        { path: ['indicators', CT04, 'formula'], code: 'inputs_without_formula', params: {} },
        { path: ['indicators', CT04, 'aggregation'], code: 'ratio_needs_formula', params: {} },
      ]);
    });

    it('rejects a formula on an indicator that is not a percent', () => {
      const broken = seed();
      broken.indicators[CT08].measure = 'amount';
      expect(problemsOf(broken)).toEqual([
        {
          path: ['indicators', CT08, 'measure'],
          code: 'formula_gives_percent',
          params: { measure: 'amount' },
        },
      ]);
    });

    it('rejects adding up a percent across agencies ("sum" aggregation)', () => {
      const broken = seed();
      broken.indicators[CT04].aggregation = 'sum';
      expect(problemsOf(broken)).toEqual([
        { path: ['indicators', CT04, 'aggregation'], code: 'sum_of_percent', params: {} },
      ]);
    });

    it('rejects "ratioOfSums" on an indicator with no formula', () => {
      const broken = seed();
      broken.indicators[CT12].aggregation = 'ratioOfSums';
      expect(problemsOf(broken)).toEqual([
        { path: ['indicators', CT12, 'aggregation'], code: 'ratio_needs_formula', params: {} },
      ]);
    });

    it('rejects "lead" aggregation when the lead agency does not report the indicator', () => {
      const broken = seed();
      broken.indicators[CT12].reporters = ['kind:locality'];
      expect(problemsOf(broken)).toEqual([
        {
          path: ['indicators', CT12, 'aggregation'],
          code: 'lead_not_reporting',
          params: { id: 'so-xay-dung' },
        },
      ]);
    });

    it('rejects a range whose minimum is above its maximum', () => {
      const broken = seed();
      broken.indicators[CT12].min = 100;
      broken.indicators[CT12].max = 0;
      expect(problemsOf(broken)).toContainEqual({
        path: ['indicators', CT12, 'min'],
        code: 'min_above_max',
        params: { min: 100, max: 0 },
      });
    });

    it('rejects a target outside the indicator’s range (2060 for a 0–100 share)', () => {
      const broken = seed();
      broken.indicators[CT12].target = 2060;
      expect(problemsOf(broken)).toEqual([
        { path: ['indicators', CT12, 'target'], code: 'target_outside_range', params: { target: 2060 } },
      ]);
    });
  });
});

describe('formatPlanPath', () => {
  it('renders an indicator path with the item’s id: "indicators[2] (CT03).lead"', () => {
    expect(formatPlanPath(['indicators', 2, 'lead'], SEED_JSON)).toBe('indicators[2] (CT03).lead');
  });

  it('renders nested task paths with the task id', () => {
    expect(formatPlanPath(['tasks', at('tasks', 'NV3.1'), 'deadlines', 0, 'date'], SEED_JSON)).toBe(
      `tasks[${at('tasks', 'NV3.1')}] (NV3.1).deadlines[0].date`,
    );
  });

  it('renders a path without the plan JSON as plain indices', () => {
    expect(formatPlanPath(['indicators', 2, 'lead'])).toBe('indicators[2].lead');
  });

  it('renders the root as "(gốc)"', () => {
    expect(formatPlanPath([], SEED_JSON)).toBe('(gốc)');
  });

  it('renders a problem found by checkPlan at the place a planner would look', () => {
    const broken = seed();
    broken.indicators[CT03].lead = 'so-khong-co';
    expect(problemsOf(broken).map((p) => formatPlanPath(p.path, broken))).toEqual([
      'indicators[2] (CT03).lead',
    ]);
  });
});
