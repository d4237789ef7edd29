/**
 * The demo month shows the cases of docs/verdicts.md a month can show (src/demo/cases.ts): its files, validated and
 * consolidated as `chitieu demo` does — the month before first, as history — give each case its verdict or issue.
 */
import { consolidate } from '../../src/core/consolidate/consolidate';
import type { Consolidation, SubmissionInput } from '../../src/core/consolidate/types';
import { periodInfo } from '../../src/core/plan/period';
import { sha256Hex } from '../../src/core/plan/hash';
import { validate } from '../../src/core/validate';
import { localDay } from '../../src/core/validate/timeliness';
import { fillTemplate } from '../../src/demo/fill';
import { demoFiles, historyFiles, type DemoFile } from '../../src/demo/scenario';
import { seedPlan } from '../browser/support/seed';
import { specToSnapshot, templateSpec } from '../support/snapshots';

const { plan } = seedPlan();
const july = periodInfo(plan, '2025-07')!;
const june = periodInfo(plan, '2025-06')!;

/** A demo file as the consolidation receives it (received the day it was saved); a damaged one is left out. */
function input(file: DemoFile): SubmissionInput[] {
  if (file.truncateTo !== undefined) return [];
  const info = periodInfo(plan, file.period)!;
  const snapshot = specToSnapshot(
    fillTemplate(templateSpec(plan, file.agencyId, file.period), plan, info, file.fill),
  );
  const received = { date: localDay(file.fill.savedAt) ?? file.period, source: 'fileTime' as const };
  return [
    {
      provenance: {
        fileName: file.fileName,
        sha256: sha256Hex(file.fileName),
        size: 1,
        savedAt: file.fill.savedAt,
      },
      report: validate(snapshot, plan, { received }),
    },
  ];
}

let c: Consolidation;
beforeAll(() => {
  const history = consolidate(plan, '2025-06', historyFiles(plan, june).flatMap(input)).data;
  c = consolidate(plan, '2025-07', demoFiles(plan, july, june).flatMap(input), { history });
});
const value = (agencyId: string, id: string) =>
  c.values.find((v) => v.agencyId === agencyId && v.indicatorId === id);
const issuesOf = (agencyId: string, code: string) =>
  c.issues.filter((i) => i.code === code && i.file?.includes(agencyId));
const task = (agencyId: string, id: string) =>
  c.tasks.find((t) => t.agencyId === agencyId && t.taskId === id);

describe('the demo month', () => {
  it('P11: budget revenue above the annual target is met, and its estimate below it is stopped (F5, S4)', () => {
    expect(value('so-tai-chinh', 'CT02')).toMatchObject({
      progress: { status: 'met', value: 4612.4, against: { kind: 'annual', value: 4500 } },
      forecast: { status: 'met', basis: 'actual' },
    });
    expect(issuesOf('so-tai-chinh', 'ESTIMATE_BELOW_ACTUAL')).toHaveLength(1);
  });

  it('S1: the GRDP growth typed as a fraction is stopped, and the province’s GRDP is not judged from it', () => {
    expect(issuesOf('so-tai-chinh', 'VALUE_FRACTION_SLIP')).toHaveLength(1);
    expect(c.indicators.find((i) => i.indicatorId === 'CT01')).toMatchObject({
      state: 'invalid',
      progress: { status: 'invalid' },
    });
  });

  it('P9: disbursement at 48 % when the milestone of 30/06 falls in the window is near it', () => {
    expect(value('so-nn-mt', 'CT08')?.progress).toMatchObject({
      status: 'near',
      against: { kind: 'milestone', value: 50, date: '2025-06-30' },
    });
  });

  it('P13, E1: the new commune, with no June of its own, at 88 % is missed because it is still below the milestone today, and owes an explanation', () => {
    expect(value('ubnd-xa-thuan-chau', 'CT10')?.progress).toMatchObject({
      status: 'missed',
      against: { kind: 'passedMilestone', value: 100, date: '2025-05-31' },
    });
    expect(value('ubnd-xa-thuan-chau', 'CT10')?.progress.source).not.toBe('history');
    expect(issuesOf('ubnd-xa-thuan-chau', 'EXPLANATION_MISSING')).not.toHaveLength(0);
  });

  it('P16: a commune that finished its houses is met against the annual target', () => {
    expect(value('ubnd-xa-phu-yen', 'CT10')?.progress).toMatchObject({
      status: 'met',
      against: { kind: 'annual' },
    });
  });

  it('S7: capital disbursed lower than June’s is stopped at its cell', () => {
    expect(issuesOf('so-vhttdl', 'CUMULATIVE_DECREASED')).toMatchObject([{ found: 76, expected: 80 }]);
    expect(value('so-vhttdl', 'CT08')?.progress.status).toBe('invalid');
  });

  it('July is reported by the communes and wards, June by the 12 district-level committees', () => {
    const localities = (period: string) =>
      (period === '2025-07' ? demoFiles(plan, july, june) : historyFiles(plan, june))
        .map((f) => f.agencyId)
        .filter((id) => id.startsWith('ubnd-'));
    const july7 = localities('2025-07');
    expect(july7.length).toBeGreaterThan(0);
    expect(july7.every((id) => /^ubnd-(xa|phuong)-/.test(id))).toBe(true);
    const june6 = new Set(localities('2025-06'));
    expect(june6.size).toBe(12);
    expect([...june6].some((id) => /^ubnd-(xa|phuong)-/.test(id))).toBe(false);
    // The roster the consolidation expects: the 75 communes and wards, no district committee.
    const expectedLocalities = c.submissions.filter((x) => x.expected && x.agencyId.startsWith('ubnd-'));
    expect(expectedLocalities).toHaveLength(75);
    expect(expectedLocalities.some((x) => !/^ubnd-(xa|phuong)-/.test(x.agencyId))).toBe(false);
  });

  it('P21: no unnecessary business condition found: the share abolished does not apply', () => {
    expect(value('so-tu-phap', 'CT05')?.progress.status).toBe('notApplicable');
  });

  it('P20: an input left blank leaves the indicator without a figure', () => {
    expect(value('so-cong-thuong', 'CT04')?.progress.status).toBe('missing');
  });

  it('F7: a year estimate typed as a fraction is stopped and the forecast not judged (S3)', () => {
    expect(value('so-khcn', 'CT09')?.forecast.status).toBe('invalid');
    expect(issuesOf('so-khcn', 'VALUE_FRACTION_SLIP')).toHaveLength(1);
  });

  it('D2: a report sent on the 18th is one day late', () => {
    expect(c.submissions.find((s) => s.agencyId === 'so-gddt')).toMatchObject({
      status: 'late',
      daysLate: 1,
    });
  });

  it('D7: a report dated a week before it was sent is noted', () => {
    expect(issuesOf('so-y-te', 'REPORT_DATE_FAR_FROM_RECEIVED')).toHaveLength(1);
  });

  it('T2: a task completed after its deadline is done late; T6: one done without a date is undated', () => {
    expect(task('so-dt-tg', 'NV7.6')?.class).toBe('doneLate');
    expect(task('so-xay-dung', 'NV7.6')?.class).toBe('doneUndated');
    expect(issuesOf('so-xay-dung', 'TASK_COMPLETION_DATE_MISSING')).toHaveLength(1);
  });

  it('agencies explain what falls short, so only the cases meant to lack one lack an explanation', () => {
    const owed = new Set(c.issues.filter((i) => i.code === 'EXPLANATION_MISSING').map((i) => i.file));
    expect([...owed].filter((f) => !/so-tai-chinh|thuan-chau/.test(f ?? ''))).toEqual([]);
  });
});
