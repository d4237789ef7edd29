/**
 * Plan errors in reporting units' dates (docs/plan.md, "Plan errors in the dates", rows U1–U10): each broken plan is
 * the two-tier test plan with one thing broken, and the check names that one thing at its path — or, read from the
 * plan sheets, at its sheet and cell.
 */
import { planFromSheets } from '../../../src/app/planLoad';
import { checkPlan } from '../../../src/core/plan/check';
import type { PlanProblem } from '../../../src/core/plan/problems';
import type { Agency, Plan } from '../../../src/core/plan/schema';
import { planWorkbook } from '../../../src/core/plan/sheets';
import { twoTierPlan } from '../../support/plans';
import { specToSnapshot } from '../../support/snapshots';

/** The two-tier plan after `edit`, checked; its problems (none when it passes). */
function problemsAfter(edit: (plan: Plan, agency: (id: string) => Agency) => void): PlanProblem[] {
  const plan = twoTierPlan();
  edit(plan, (id) => plan.agencies.find((a) => a.id === id) as Agency);
  const checked = checkPlan(plan);
  return checked.ok ? [] : checked.problems;
}

const index = (id: string) => twoTierPlan().agencies.findIndex((a) => a.id === id);

describe('dates of reporting units', () => {
  it('U1: a unit that ends before it starts', () => {
    expect(
      problemsAfter((_, a) => {
        a('ubnd-xa-x').to = '2025-05-01';
      }),
    ).toContainEqual({
      path: ['agencies', index('ubnd-xa-x'), 'to'],
      code: 'unit_dates_reversed',
      params: { from: '01/07/2025', to: '01/05/2025' },
    });
  });

  it('U2: a unit starting the day after the one it replaces ends is no problem', () => {
    expect(problemsAfter(() => {})).toEqual([]);
  });

  it('U3: a unit starting on or before the last day of the one it replaces overlaps it', () => {
    expect(
      problemsAfter((_, a) => {
        a('ubnd-xa-z').from = '2025-06-30';
      }),
    ).toEqual([
      {
        path: ['agencies', index('ubnd-xa-z'), 'from'],
        code: 'unit_dates_overlap',
        params: {
          id: 'ubnd-xa-z',
          from: '30/06/2025',
          predecessor: 'ubnd-b',
          to: '30/06/2025',
          earlierName: 'UBND huyện B',
          laterName: 'UBND xã Z',
        },
      },
    ]);
  });

  it('U4: a unit starting later than the day after leaves its area unreported meanwhile', () => {
    expect(
      problemsAfter((_, a) => {
        a('ubnd-xa-z').from = '2025-07-10';
      }),
    ).toEqual([
      {
        path: ['agencies', index('ubnd-xa-z'), 'from'],
        code: 'unit_dates_gap',
        params: {
          id: 'ubnd-xa-z',
          from: '10/07/2025',
          predecessor: 'ubnd-b',
          to: '30/06/2025',
          days: 9,
          earlierName: 'UBND huyện B',
          laterName: 'UBND xã Z',
        },
      },
    ]);
  });

  it('U5: a unit replaced by another needs the day it ends', () => {
    expect(
      problemsAfter((_, a) => {
        delete a('ubnd-b').to;
      }),
    ).toEqual([
      {
        path: ['agencies', index('ubnd-b'), 'to'],
        code: 'unit_needs_end',
        params: { id: 'ubnd-b', successor: 'ubnd-xa-z', earlierName: 'UBND huyện B', laterName: 'UBND xã Z' },
      },
    ]);
  });

  it('U6: a unit replacing another needs the day it starts', () => {
    expect(
      problemsAfter((_, a) => {
        delete a('ubnd-xa-z').from;
      }),
    ).toEqual([
      {
        path: ['agencies', index('ubnd-xa-z'), 'from'],
        code: 'unit_needs_start',
        params: {
          id: 'ubnd-xa-z',
          predecessor: 'ubnd-b',
          earlierName: 'UBND huyện B',
          laterName: 'UBND xã Z',
        },
      },
    ]);
  });

  it('U7: a locality ending in the year with no unit taking its area leaves it unreported', () => {
    expect(
      problemsAfter((plan) => {
        plan.agencies = plan.agencies.filter((x) => x.id !== 'ubnd-xa-z');
      }),
    ).toEqual([
      {
        path: ['agencies', index('ubnd-b'), 'to'],
        code: 'locality_ends_unreplaced',
        params: { id: 'ubnd-b', to: '30/06/2025', name: 'UBND huyện B' },
      },
    ]);
  });

  it('U8: a locality starting in the year replacing no unit leaves its area unreported before', () => {
    expect(
      problemsAfter((_, a) => {
        delete a('ubnd-xa-y').replaces;
      }),
    ).toEqual([
      {
        path: ['agencies', index('ubnd-xa-y'), 'from'],
        code: 'locality_starts_unreplacing',
        params: { id: 'ubnd-xa-y', from: '01/07/2025', name: 'UBND xã Y' },
      },
    ]);
  });

  it('U9: a link to an agency the plan does not have', () => {
    expect(
      problemsAfter((_, a) => {
        a('ubnd-b').replacedBy = ['ubnd-xa-w'];
      }),
    ).toEqual([
      {
        path: ['agencies', index('ubnd-b'), 'replacedBy', 0],
        code: 'unknown_agency',
        params: { id: 'ubnd-xa-w' },
      },
    ]);
  });

  it('U10: read from the plan sheets, an overlap is shown at the cell of the later unit’s start', () => {
    const plan = twoTierPlan();
    plan.agencies.find((a) => a.id === 'ubnd-xa-z')!.from = '2025-06-20';
    const snapshot = specToSnapshot(planWorkbook(plan, '2025-01-01T00:00:00Z', 'test'));
    const loaded = planFromSheets(snapshot, { kind: 'workbook' });
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) {
      // "Cơ quan": a header row, then one row per agency; "from" is the sixth column.
      const row = index('ubnd-xa-z') + 2;
      expect(loaded.problems).toEqual([
        expect.objectContaining({
          sheet: 'Cơ quan',
          cell: `F${row}`,
          problem: expect.objectContaining({ code: 'unit_dates_overlap' }),
        }),
      ]);
    }
  });

  it('a link stated on both sides is checked once', () => {
    expect(
      problemsAfter((_, a) => {
        a('ubnd-b').replacedBy = ['ubnd-xa-z'];
        a('ubnd-xa-z').from = '2025-07-03';
      }),
    ).toHaveLength(1);
  });
});
