/** The province's real plan: every reporting agency's template inserts within budget and reads back as itself. */
import { periodInfo, planPeriods } from '../../src/core/plan/period';
import { inForceFor } from '../../src/core/plan/units';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkPlan } from '../../src/core/plan/check';
import type { Plan } from '../../src/core/plan/schema';
import { validate } from '../../src/core/validate';
import { readOpenWorkbook } from '../../src/office/readWorkbook';
import { MAX_REQUEST_BYTES } from '../../src/office/payload';
import { insertSheets } from '../../src/office/writeWorkbook';
import { installFakeOffice } from '../support/fake-excel';
import { templateSpec } from '../support/snapshots';

function loadSeed(): Plan {
  const file = path.join(__dirname, '..', '..', 'seeds', 'sonla-2025', 'plan.json');
  const checked = checkPlan(JSON.parse(readFileSync(file, 'utf8')));
  if (!checked.ok) throw new Error(`seed plan rejected: ${JSON.stringify(checked.problems)}`);
  return checked.plan;
}

const plan = loadSeed();
/** Each agency with a month it reports: July for those in force then, else its last month (a district committee). */
const agencies = plan.agencies
  .filter((a) => a.reportsMonthly)
  .map((a) => {
    const months = planPeriods(plan).filter((m) => inForceFor(a, periodInfo(plan, m)!));
    return [a.id, months.find((m) => m >= '2025-07') ?? months.at(-1)!] as const;
  });

describe('templates of the Sơn La 2025 plan', () => {
  it.each(agencies)(
    '%s (%s): inserts in ≤ 3 syncs under 4 MB and reads back in 3 (sheets, used ranges, one block sync) with its identity',
    async (id, period) => {
      const fake = installFakeOffice(globalThis);
      try {
        const written = await insertSheets(templateSpec(plan, id, period), { replaceExisting: false });
        expect(written).toMatchObject({ ok: true, skipped: [] });
        expect(fake.counters.syncs).toBeLessThanOrEqual(3);
        expect(fake.counters.largestRequestBytes).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
        fake.resetCounters();
        const report = validate(await readOpenWorkbook(), plan);
        expect(fake.counters.syncs).toBe(3);
        expect(report.identity).toMatchObject({ agencyId: id, period, planId: plan.id });
      } finally {
        fake.uninstall();
      }
    },
  );
});
