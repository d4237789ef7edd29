/**
 * What `chitieu demo` says its month holds is counted from the files it wrote (src/demo/facts.ts), so a plan without
 * the agencies the demo's roles name — the example plan — is not said to have late or missing agencies.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkPlan } from '../../src/core/plan/check';
import { periodInfo } from '../../src/core/plan/period';
import { demoFacts } from '../../src/demo/facts';
import { demoFiles } from '../../src/demo/scenario';
import { seedPlan } from '../browser/support/seed';

describe('the demo month’s facts', () => {
  it('counts the Sơn La month’s damaged file, last month’s file sent again, resubmission, two late agencies (one on the 18th) and the missing one', () => {
    const { plan } = seedPlan();
    const july = periodInfo(plan, '2025-07')!;
    const june = periodInfo(plan, '2025-06')!;
    expect(demoFacts(plan, july, demoFiles(plan, july, june))).toEqual({
      damaged: 1,
      otherPeriod: 1,
      resent: 1,
      late: 2,
      lateOnDueDay: 1,
      missing: 1,
    });
  });

  it('counts nothing on a plan whose agencies play none of the demo’s roles', () => {
    const file = path.join(__dirname, '..', '..', 'seeds', 'vi-du-2026', 'plan.json');
    const checked = checkPlan(JSON.parse(readFileSync(file, 'utf8')));
    if (!checked.ok) throw new Error('example plan rejected');
    const info = periodInfo(checked.plan, '2026-07')!;
    const previous = periodInfo(checked.plan, '2026-06')!;
    expect(demoFacts(checked.plan, info, demoFiles(checked.plan, info, previous))).toEqual({
      damaged: 0,
      otherPeriod: 0,
      resent: 0,
      late: 0,
      lateOnDueDay: 0,
      missing: 0,
    });
  });
});
