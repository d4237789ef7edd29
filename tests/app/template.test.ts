/** The app layer's templates and periods: the same template, name and choices for both shells. */
import { defaultPeriod, periodChoices } from '../../src/app/periods';
import { planContext } from '../../src/app/plan';
import { buildTemplate, templateContents } from '../../src/app/template';
import { testPlan } from '../support/plans';

const ctx = planContext(testPlan(), { kind: 'builtIn' });
const maker = { generatedAt: '2025-07-01T00:00:00Z', generator: 'test' };

describe('the app layer: templates', () => {
  it('builds an agency’s template for a period, named by period and agency id', () => {
    const built = buildTemplate(ctx, 'so-tc', '2025-07', maker);
    expect(built.ok && built.template.fileName).toBe('2025-07_so-tc.xlsx');
    expect(built.ok && built.template.spec.sheets.map((s) => s.name)).toEqual([
      'Hướng dẫn',
      'Chỉ tiêu',
      'Nhiệm vụ',
      // Sở Tài chính leads the disbursement and procedure-time indicators the localities report.
      'Chỉ tiêu chủ trì',
      '_stamp',
      '_plan',
    ]);
  });

  it('says why a request is outside the plan, with the valid choices', () => {
    const built = buildTemplate(ctx, 'so-khong-co', '2025-07', maker);
    expect(built).toMatchObject({ ok: false, error: { kind: 'unknownAgency', given: 'so-khong-co' } });
    expect(buildTemplate(ctx, 'so-tc', '2026-01', maker)).toMatchObject({
      ok: false,
      error: { kind: 'badPeriod' },
    });
  });

  it('tells what a template holds', () => {
    expect(templateContents(ctx, 'ubnd-a', '2025-07')).toMatchObject({
      indicators: 3,
      // BC1 (addressed to every agency) and NV3.1 (its kind collaborates); NV1.1 and NV5.1 ask "*" to help: not listed.
      tasks: 2,
      info: { dueDate: '2025-07-17', dueStated: '2025-07-18', dueInclusive: false },
    });
    expect(templateContents(ctx, 'ubnd-a', '2024-07')).toBeNull();
  });

  it('offers the plan’s twelve months, the current one first chosen when the plan covers it', () => {
    expect(periodChoices(ctx)).toHaveLength(12);
    expect(defaultPeriod(ctx, new Date(2025, 6, 20))).toBe('2025-07');
    expect(defaultPeriod(ctx, new Date(2030, 0, 1))).toBe('2025-01');
  });
});
