/**
 * Only what an agency answers for (issue 11, docs/forms.md): on the built-in Sơn La plan, an agency's tasks sheet lists
 * the tasks it leads and those where the plan names it (by id or by its kind); the tasks addressed to every agency
 * ("các sở, ban, ngành, địa phương") are one grouped row, or a row each when dated. Never all 47 tasks.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expectedAgencies, formTasks } from '../../../src/core/plan/resolve';
import { periodInfo } from '../../../src/core/plan/period';
import type { Plan } from '../../../src/core/plan/schema';
import { COMMON_TASKS_ID } from '../../../src/core/template/model';

const plan = JSON.parse(
  readFileSync(path.join(__dirname, '..', '..', '..', 'seeds', 'sonla-2025', 'plan.json'), 'utf8'),
) as Plan;

/** Row counts by section for one agency. */
function sections(agencyId: string): { lead: number; common: number; collaborator: number; total: number } {
  const rows = formTasks(plan, agencyId, COMMON_TASKS_ID);
  const count = (s: string) => rows.filter((r) => r.section === s).length;
  return {
    lead: count('lead'),
    common: count('common'),
    collaborator: count('collaborator'),
    total: rows.length,
  };
}

/** Whether the plan names the agency (by id or kind) among `refs`. */
function names(refs: readonly string[], agencyId: string): boolean {
  const agency = plan.agencies.find((a) => a.id === agencyId);
  return refs.some((r) => r === agencyId || r === `kind:${agency?.kind ?? ''}`);
}

describe('task rows per agency kind (built-in plan, 47 tasks)', () => {
  it('a department that leads tasks (Sở Xây dựng) gets its 3 tasks, 3 dated common tasks and 1 it helps with', () => {
    expect(sections('so-xay-dung')).toEqual({ lead: 3, common: 3, collaborator: 1, total: 7 });
  });

  it('a department that mostly collaborates (Sở Giáo dục và Đào tạo) gets only the rows the plan names it in', () => {
    const rows = formTasks(plan, 'so-gddt', COMMON_TASKS_ID);
    expect(rows).toHaveLength(6);
    for (const row of rows.filter((r) => r.section === 'collaborator'))
      expect(row.tasks.every((t) => names(t.collaborators, 'so-gddt'))).toBe(true);
    // Collaborator rows are optional input; the rows it leads must be filled.
    expect(rows.filter((r) => r.section === 'collaborator').every((r) => !r.required)).toBe(true);
    expect(rows.filter((r) => r.section === 'lead').every((r) => r.required)).toBe(true);
  });

  it('a locality (UBND thành phố Sơn La) gets the common tasks and the 2 tasks localities help with: 5 rows', () => {
    expect(sections('ubnd-tp-son-la')).toEqual({ lead: 0, common: 3, collaborator: 2, total: 5 });
  });

  it('lists every task that names the agency, and no task that does not', () => {
    for (const agency of plan.agencies.filter((a) => a.reportsMonthly)) {
      const listed = new Set(
        formTasks(plan, agency.id, COMMON_TASKS_ID).flatMap((r) => r.tasks.map((t) => t.id)),
      );
      const named = plan.tasks.filter(
        (t) => names(t.lead, agency.id) || names(t.collaborators, agency.id) || t.lead.includes('*'),
      );
      expect([...listed].sort()).toEqual(named.map((t) => t.id).sort());
    }
  });

  it.each([
    ['2025-06', 32, 180],
    ['2025-07', 95, 495],
  ])(
    'in %s asks the %i agencies in force reporting monthly for %i task rows, not 47 each',
    (period, agencies, rows) => {
      const monthly = expectedAgencies(plan, periodInfo(plan, period)!);
      expect(monthly).toHaveLength(agencies);
      const total = monthly.reduce((sum, a) => sum + formTasks(plan, a.id, COMMON_TASKS_ID).length, 0);
      expect(total).toBe(rows);
      expect(
        monthly.every((a) => formTasks(plan, a.id, COMMON_TASKS_ID).length < plan.tasks.length / 4),
      ).toBe(true);
    },
  );
});
