/**
 * The second plan, seeds/vi-du-2026 (an example, not an issued document): its indicators are defined by data — a
 * share of a total over three inputs, a total of three inputs, a difference — and need no code (docs/plan.md,
 * "Indicators defined by data"). Checked, issued, validated and merged like the Sơn La plan.
 * Its three-input indicators go through the whole pipeline on the template's own input rows (layout 3: one row per
 * input, as many as the plan lists).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { consolidate } from '../../../src/core/consolidate/consolidate';
import { aggregateIndicator } from '../../../src/core/consolidate/aggregate';
import { NO_HISTORY } from '../../../src/core/consolidate/history';
import type { AgencyValue, SubmissionInput } from '../../../src/core/consolidate/types';
import { checkPlan } from '../../../src/core/plan/check';
import { deriveValue } from '../../../src/core/plan/formulas';
import { sha256Hex } from '../../../src/core/plan/hash';
import { periodInfo } from '../../../src/core/plan/period';
import type { Plan } from '../../../src/core/plan/schema';
import { planFromSnapshot, planWorkbook } from '../../../src/core/plan/sheets';
import { CARRIED_PLAN_SHEET } from '../../../src/core/stamps/plan';
import { SHEETS } from '../../../src/core/template/model';
import { validate } from '../../../src/core/validate';
import { agencyFill, seeded } from '../../../src/demo/scenario';
import { cleanSubmission, fillInputs, specToSnapshot, templateSpec } from '../../support/snapshots';

const FILE = path.join(__dirname, '..', '..', '..', 'seeds', 'vi-du-2026', 'plan.json');
const checked = checkPlan(JSON.parse(readFileSync(FILE, 'utf8')));
if (!checked.ok) throw new Error(`example plan rejected: ${JSON.stringify(checked.problems)}`);
const plan: Plan = checked.plan;
const info = periodInfo(plan, '2026-07')!;
const LOCALITIES = ['ubnd-phuong-trung-tam', 'ubnd-xa-binh-minh', 'ubnd-xa-son-thuy'];

/** What three localities typed for investment (state, private, foreign), in tỷ đồng. */
const INVESTMENT: Record<string, Record<string, number>> = {
  'ubnd-phuong-trung-tam': { stateCapital: 120, privateCapital: 200, foreignCapital: 80 },
  'ubnd-xa-binh-minh': { stateCapital: 60, privateCapital: 30, foreignCapital: 0 },
  'ubnd-xa-son-thuy': { stateCapital: 20, privateCapital: 10, foreignCapital: 0 },
};

/** An agency's value of an indicator as the consolidation holds it (every input usable). */
function value(
  agencyId: string,
  indicatorId: string,
  inputs: Record<string, number>,
  yearEstimate: number,
): AgencyValue {
  const ind = plan.indicators.find((i) => i.id === indicatorId)!;
  return {
    agencyId,
    agencyName: agencyId,
    indicatorId,
    actual: deriveValue(ind.formula!, inputs),
    yearEstimate,
    inputs,
    states: {
      actual: 'ok',
      yearEstimate: 'ok',
      inputs: Object.fromEntries(Object.keys(inputs).map((k) => [k, 'ok' as const])),
    },
    progress: {
      status: 'notDue',
      value: null,
      against: null,
      gap: null,
      percentOfReference: null,
      percentOfAnnual: null,
    },
    forecast: {
      status: 'missing',
      basis: null,
      value: null,
      target: ind.target,
      gap: null,
      percentOfTarget: null,
    },
    fileName: `${agencyId}.xlsx`,
    sheet: 'Chỉ tiêu',
    cells: { yearEstimate: 'A1', inputs: {} },
    notes: '',
  };
}

describe('the example plan', () => {
  it('passes the plan check, and says it is an example', () => {
    expect(plan.example).toBe(true);
    expect(plan.title).toContain('ví dụ');
  });

  it('defines a share of a total over three inputs, a total of three inputs and a difference, by data alone', () => {
    expect(plan.indicators.map((i) => [i.id, i.formula?.kind ?? null, i.inputs.length])).toEqual([
      ['CT01', 'share', 3],
      ['CT02', 'total', 3],
      ['CT03', 'difference', 2],
      ['CT04', null, 0],
    ]);
  });

  it('forms the province’s share as the parts over the total of the sums, not an average of the localities’ shares', () => {
    const ind = plan.indicators.find((i) => i.id === 'CT01')!;
    const values = LOCALITIES.map((a, k) => value(a, 'CT01', INVESTMENT[a]!, [70, 30, 30][k]!));
    // (200 + 80 + 30 + 10) / 520 = 61.538462 %; the average of 70 %, 33.3 % and 33.3 % would be 45.6 %.
    const province = aggregateIndicator(plan, info, ind, values, NO_HISTORY);
    expect(province).toMatchObject({ actual: 61.538462, reporting: 3, expected: 3 });
    // Year estimates weighted by each locality's total investment (400, 90, 30).
    expect(province.yearEstimate).toBe(Math.round(((70 * 400 + 30 * 90 + 30 * 30) / 520) * 1e6) / 1e6);
  });

  it('forms the province’s total as the sum over the localities, estimates added up, judged at its milestone', () => {
    const ind = plan.indicators.find((i) => i.id === 'CT02')!;
    const values = LOCALITIES.map((a) => value(a, 'CT02', INVESTMENT[a]!, 500));
    expect(aggregateIndicator(plan, info, ind, values, NO_HISTORY)).toMatchObject({
      actual: 520,
      yearEstimate: 1500,
      // 520 against 450 by 30/06, which falls in July's data window.
      progress: { status: 'met', against: { kind: 'milestone', value: 450 } },
    });
  });

  it('issues a template for every agency of every month, the lead of indicators others report seeing them', () => {
    const always = [SHEETS.instructions, SHEETS.indicators, SHEETS.tasks, SHEETS.stamp, CARRIED_PLAN_SHEET];
    for (const period of ['2026-01', '2026-07', '2026-12'])
      for (const a of plan.agencies) {
        const names = templateSpec(plan, a.id, period).sheets.map((s) => s.name);
        const leads = plan.indicators.some((i) => i.lead === a.id && !i.reporters.includes(a.id));
        expect(names.sort()).toEqual([...always, ...(leads ? [SHEETS.led] : [])].sort());
      }
  });

  it('goes through its plan sheets and back unchanged', () => {
    const imported = planFromSnapshot(specToSnapshot(planWorkbook(plan, '2026-01-01T00:00:00Z', 'test')));
    expect(imported.problems).toEqual([]);
    const again = checkPlan(imported.json);
    expect(again.ok && again.plan).toEqual(plan);
  });

  it('gets plausible figures from the demo for every input of every indicator', () => {
    const agency = plan.agencies.find((a) => a.id === 'ubnd-xa-binh-minh')!;
    const fill = agencyFill(plan, agency, info, seeded('example'));
    for (const id of ['CT01', 'CT02', 'CT03']) {
      const ind = plan.indicators.find((i) => i.id === id)!;
      const typed = fill.indicators[id]?.inputs ?? {};
      expect(Object.keys(typed)).toEqual(ind.inputs.map((x) => x.id));
      expect(deriveValue(ind.formula!, typed as Record<string, number>)).not.toBeNull();
    }
  });

  it('gets running-total inputs from the demo that never go down from one month to the next, a share’s too', () => {
    const june = periodInfo(plan, '2026-06')!;
    for (const a of LOCALITIES) {
      const agency = plan.agencies.find((x) => x.id === a)!;
      const before = agencyFill(plan, agency, june, seeded('june')).indicators;
      const now = agencyFill(plan, agency, info, seeded('july')).indicators;
      for (const ind of plan.indicators.filter((i) => i.inputs.some((x) => x.cumulative)))
        for (const input of ind.inputs.filter((x) => x.cumulative))
          expect(Number(now[ind.id]?.inputs?.[input.id])).toBeGreaterThanOrEqual(
            Number(before[ind.id]?.inputs?.[input.id]),
          );
    }
  });

  it('runs the difference indicator through templates → validate → merge', () => {
    const inputs = LOCALITIES.map((a, k): SubmissionInput => {
      const snap = cleanSubmission(plan, a, '2026-07');
      fillInputs(snap, plan, 'CT03', { registeredNow: 300 + 40 * k, registeredJanuary: 260 });
      const fileName = `2026-07_${a}.xlsx`;
      return { provenance: { fileName, sha256: sha256Hex(fileName), size: 1 }, report: validate(snap, plan) };
    });
    const c = consolidate(plan, '2026-07', inputs);
    expect(c.values.filter((v) => v.indicatorId === 'CT03').map((v) => v.actual)).toEqual([40, 80, 120]);
    expect(c.indicators.find((i) => i.indicatorId === 'CT03')).toMatchObject({
      actual: 240,
      progress: { status: 'met' },
    });
  });

  it('runs the three-input indicators through templates → validate → merge', () => {
    const inputs = LOCALITIES.map((a): SubmissionInput => {
      const snap = cleanSubmission(plan, a, '2026-07');
      fillInputs(snap, plan, 'CT01', INVESTMENT[a]!);
      fillInputs(snap, plan, 'CT02', INVESTMENT[a]!);
      const fileName = `2026-07_${a}.xlsx`;
      return { provenance: { fileName, sha256: sha256Hex(fileName), size: 1 }, report: validate(snap, plan) };
    });
    for (const i of inputs) if ('report' in i) expect(i.report.counts.bySeverity.error).toBe(0);
    const c = consolidate(plan, '2026-07', inputs);
    expect(c.values.filter((v) => v.indicatorId === 'CT01').map((v) => v.inputs)).toEqual(
      LOCALITIES.map((a) => INVESTMENT[a]),
    );
    expect(c.indicators.find((i) => i.indicatorId === 'CT01')).toMatchObject({
      actual: 61.538462,
      reporting: 3,
    });
    expect(c.indicators.find((i) => i.indicatorId === 'CT02')).toMatchObject({ actual: 520, reporting: 3 });
  });
});
