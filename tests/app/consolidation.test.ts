/** The app layer's consolidation: period, merge, months carried over, workbook and CSV. */
import {
  buildConsolidation,
  consolidateInputs,
  consolidationPeriod,
  earlierData,
  mergedKeys,
} from '../../src/app/consolidation';
import { planContext } from '../../src/app/plan';
import type { DataRow, SubmissionInput } from '../../src/core/consolidate/types';
import { sha256Hex } from '../../src/core/plan/hash';
import { validate } from '../../src/core/validate';
import { testPlan } from '../support/plans';
import { cleanSubmission, specToSnapshot } from '../support/snapshots';

const ctx = planContext(testPlan(), { kind: 'file', path: 'plan.json' });
const input = (agencyId: string, period = '2025-07'): SubmissionInput => ({
  provenance: { fileName: `${agencyId}.xlsx`, sha256: sha256Hex(agencyId + period), size: 1 },
  report: validate(cleanSubmission(ctx.plan, agencyId, period), ctx.plan),
});
const earlierRow = (agencyId: string, period: string): DataRow => ({
  period,
  agencyId,
  agencyName: agencyId,
  indicatorId: 'CT01',
  indicatorName: 'x',
  measure: 'actual',
  value: 1,
  unit: '%',
  status: 'Đạt',
  source: 'old.xlsx!Chỉ tiêu!N5',
  notes: '',
});

describe('the app layer: consolidation', () => {
  it('takes the period chosen, else the one most files are for', () => {
    const inputs = [input('so-tc'), input('ubnd-a'), input('ubnd-b', '2025-06')];
    expect(consolidationPeriod(ctx, null, inputs)).toBe('2025-07');
    expect(consolidationPeriod(ctx, '2025-06', inputs)).toBe('2025-06');
  });

  it('names the (period, agency) pairs merged, whose earlier rows are replaced', () => {
    const c = consolidateInputs(ctx, '2025-07', [input('so-tc'), input('ubnd-a', '2025-06')]);
    expect(mergedKeys(c)).toEqual([['2025-07', 'so-tc']]);
  });

  it('keeps earlier months and other agencies, and replaces the rows of agencies merged again', () => {
    const c = consolidateInputs(ctx, '2025-07', [input('so-tc')]);
    const earlier = [
      earlierRow('so-tc', '2025-06'),
      earlierRow('so-tc', '2025-07'),
      earlierRow('ubnd-a', '2025-07'),
    ];
    const { data } = buildConsolidation(ctx, c, {
      earlier,
      now: new Date('2025-07-19T00:00:00Z'),
      generator: 't',
    });
    expect(data.filter((r) => r.source.startsWith('old'))).toEqual([earlier[0], earlier[2]]);
    expect(
      data.some((r) => r.agencyId === 'so-tc' && r.period === '2025-07' && !r.source.startsWith('old')),
    ).toBe(true);
  });

  it('writes its issues in Vietnamese, and the CSV only when asked', () => {
    const c = consolidateInputs(ctx, '2025-07', [input('so-tc')]);
    const now = new Date('2025-07-19T00:00:00Z');
    const plain = buildConsolidation(ctx, c, { now, generator: 't' });
    expect(plain.csv).toBeUndefined();
    const withCsv = buildConsolidation(ctx, c, { now, generator: 't', csv: true });
    expect(withCsv.csv?.startsWith('\uFEFFperiod,agency_id')).toBe(true);
    const issues = withCsv.workbook.sheets.find((s) => s.name === 'Vấn đề');
    expect(JSON.stringify(issues?.cells)).toContain('Sở Xây dựng chưa nộp báo cáo kỳ 2025-07.');
  });

  it('reads an earlier consolidation of the same plan back, and refuses another plan’s', () => {
    const c = consolidateInputs(ctx, '2025-07', [input('so-tc')]);
    const snapshot = specToSnapshot(buildConsolidation(ctx, c, { now: new Date(), generator: 't' }).workbook);
    expect(earlierData(ctx, snapshot)).toMatchObject({ ok: true });
    const other = planContext({ ...ctx.plan, id: 'other-2025' }, { kind: 'builtIn' });
    expect(earlierData(other, snapshot)).toEqual({
      ok: false,
      problem: { kind: 'otherPlan', found: 'test-2025' },
    });
  });
});
