/**
 * A formula kind added to the registry works everywhere with no other change: "growth" was added to
 * src/core/plan/formulas.ts (and its tests) only, and a plan using it is checked, issued as a template, validated,
 * consolidated, exported to and imported from sheets, and filled by the demo.
 */
import { consolidate } from '../../../src/core/consolidate/consolidate';
import type { SubmissionInput } from '../../../src/core/consolidate/types';
import { checkPlan } from '../../../src/core/plan/check';
import { deriveValue } from '../../../src/core/plan/formulas';
import { sha256Hex } from '../../../src/core/plan/hash';
import { periodInfo } from '../../../src/core/plan/period';
import { planFromSnapshot, planWorkbook } from '../../../src/core/plan/sheets';
import { SHEETS } from '../../../src/core/template/model';
import { validate } from '../../../src/core/validate';
import { agencyFill, seeded } from '../../../src/demo/scenario';
import { growthPlan } from '../../support/plans';
import {
  addressOf,
  cleanSubmission,
  fillIndicator,
  specToSnapshot,
  templateSpec,
} from '../../support/snapshots';

const plan = growthPlan();

/** A clean submission of an agency with CT06's inputs typed. */
function submission(
  agencyId: string,
  lastYear: number,
  thisYear: number,
): Extract<SubmissionInput, { report: unknown }> {
  const snap = cleanSubmission(plan, agencyId, '2025-07');
  fillIndicator(snap, 'CT06', { input1: lastYear, input2: thisYear });
  const provenance = { fileName: `${agencyId}.xlsx`, sha256: sha256Hex(agencyId), size: 1 };
  return { provenance, report: validate(snap, plan) };
}

describe('a plan with the formula kind "growth"', () => {
  it('passes the plan checker', () => {
    expect(checkPlan(plan).ok).toBe(true);
  });

  it('is issued with the kind’s formula in the actual cell, blank until both inputs are numbers', () => {
    const snap = specToSnapshot(templateSpec(plan, 'ubnd-a', '2025-07'));
    const at = (key: string) => addressOf(snap, SHEETS.indicators, 'CT06', key);
    const actual = snap.sheets.find((s) => s.name === SHEETS.indicators)?.rows.flat();
    const formula = actual?.find((c) => c?.t === 'z' && c.f.includes(`${at('input2')}/${at('input1')}-1`));
    expect(formula).toEqual({
      t: 'z',
      f: `IF(OR(NOT(ISNUMBER(${at('input1')})),NOT(ISNUMBER(${at('input2')}))),"",IF(${at('input1')}=0,"",ROUND((${at('input2')}/${at('input1')}-1)*100,6)))`,
    });
  });

  it('is recomputed and judged by the validator', () => {
    const result = submission('ubnd-a', 1200, 1338).report;
    expect(result.indicators.find((r) => r.indicatorId === 'CT06')).toMatchObject({
      actual: 11.5,
      inputs: { revenueLastYear: 1200, revenueThisYear: 1338 },
      progress: { status: 'met' },
    });
  });

  it('is consolidated as a growth of the sums, not an average of growths', () => {
    const c = consolidate(plan, '2025-07', [
      submission('ubnd-a', 1200, 1338),
      submission('ubnd-b', 800, 840),
    ]);
    expect(c.indicators.find((p) => p.indicatorId === 'CT06')).toMatchObject({
      actual: 8.9,
      progress: { status: 'near' },
      reporting: 2,
    });
  });

  it('goes through the plan sheets and back unchanged', () => {
    const imported = planFromSnapshot(specToSnapshot(planWorkbook(plan, '2025-01-01T00:00:00Z', 'test')));
    expect(imported.problems).toEqual([]);
    const checked = checkPlan(imported.json);
    expect(checked.ok && checked.plan).toEqual(plan);
  });

  it('gets plausible inputs from the demo', () => {
    const info = periodInfo(plan, '2025-07')!;
    const agency = plan.agencies.find((a) => a.id === 'ubnd-a')!;
    const entry = agencyFill(plan, agency, info, seeded('growth')).indicators.CT06!;
    const value = deriveValue(plan.indicators[5]!.formula!, {
      revenueLastYear: entry.inputs?.revenueLastYear as number,
      revenueThisYear: entry.inputs?.revenueThisYear as number,
    });
    expect(value).toBeGreaterThan(5);
    expect(value).toBeLessThan(15);
  });
});
