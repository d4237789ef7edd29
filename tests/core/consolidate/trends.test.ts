/**
 * Trends in the consolidated workbook (issue 12, point 4): "Xu hướng" — each indicator month by month over the
 * months the workbook accumulated, a column chart per indicator coloured by the progress verdict with its value axis
 * from zero; "Xếp hạng địa phương" — the localities ranked by the target's direction; and the month records kept in
 * the very hidden "_tonghop_thang", read back exactly, so a later month's report has every earlier one.
 */
import { CONSOLIDATED_SHEETS } from '../../../src/core/consolidate/labels';
import { chunkText, readRecords } from '../../../src/core/consolidate/sheets/records';
import { localityRanking, provinceMonths } from '../../../src/core/consolidate/series';
import type { DataRow } from '../../../src/core/consolidate/types';
import { consolidationWorkbook } from '../../../src/core/consolidate/workbook';
import type { Issue } from '../../../src/core/issues/issue';
import type { Indicator } from '../../../src/core/plan/schema';
import type { SheetSpec } from '../../../src/core/sheet/spec';
import { progressTone, TONE_COLOURS } from '../../../src/core/verdict/tones';
import { issueMessage } from '../../../src/i18n';
import { testPlan } from '../../support/plans';
import { fillIndicator, specToSnapshot } from '../../support/snapshots';
import { month, sent, type Month } from '../report/content/support';

const plan = testPlan();
const options = (m: Month) => ({
  generatedAt: '2025-08-19T08:00:00Z',
  generator: 'test',
  describe: (i: Issue) => issueMessage(i, 'vi'),
  data: m.data,
  records: m.records.slice(0, -1),
});

const july = month(plan, '2025-07', [
  sent(plan, 'so-tc', '2025-07', (s) => fillIndicator(s, 'CT01', { actual: 7.6, yearEstimate: 8.1 })),
  sent(plan, 'ubnd-a', '2025-07', (s) => fillIndicator(s, 'CT02', { input1: 200, input2: 80 })),
  sent(plan, 'ubnd-b', '2025-07', (s) => fillIndicator(s, 'CT02', { input1: 200, input2: 90 })),
]);
const august = month(
  plan,
  '2025-08',
  [
    sent(plan, 'so-tc', '2025-08', (s) => fillIndicator(s, 'CT01', { actual: 8.1, yearEstimate: 8.2 })),
    sent(plan, 'ubnd-a', '2025-08', (s) => fillIndicator(s, 'CT02', { input1: 200, input2: 150 })),
    sent(plan, 'ubnd-b', '2025-08', (s) => fillIndicator(s, 'CT02', { input1: 200, input2: 120 })),
  ],
  july,
);
const workbook = consolidationWorkbook(plan, august.c, options(august)).workbook;
const sheet = (name: string): SheetSpec => {
  const s = workbook.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};
const indicator = (id: string) => plan.indicators.find((i) => i.id === id) as Indicator;
/** The table's rows (below the header, row 4) as objects by header. */
function tableRows(s: SheetSpec): Record<string, unknown>[] {
  const header = (s.cells[3] ?? []).map((c) => String(c?.v ?? ''));
  return s.cells.slice(4).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]?.v ?? null])));
}

describe('Xu hướng', () => {
  it('lists every indicator month by month, the province’s figure of each month as that month showed it', () => {
    const rows = tableRows(sheet(CONSOLIDATED_SHEETS.trends));
    const ct01 = rows.filter((r) => r['Mã chỉ tiêu'] === 'CT01');
    expect(ct01.map((r) => [r['Kỳ'], r['Toàn tỉnh']])).toEqual([
      ['2025-07', 7.6],
      ['2025-08', 8.1],
    ]);
    for (const ind of plan.indicators) expect(rows.some((r) => r['Mã chỉ tiêu'] === ind.id)).toBe(true);
    const province = (m: Month, id: string) => m.record.indicators.find((p) => p.indicatorId === id)?.actual;
    expect(rows.find((r) => r['Mã chỉ tiêu'] === 'CT02' && r['Kỳ'] === '2025-08')?.['Toàn tỉnh']).toBe(
      province(august, 'CT02'),
    );
  });

  it('draws one column chart per indicator over its rows, each column coloured by that month’s progress verdict', () => {
    const charts = sheet(CONSOLIDATED_SHEETS.trends).charts;
    expect(charts).toHaveLength(plan.indicators.length);
    const ct01 = charts.find((c) => c.title.startsWith('CT01 — '));
    expect(ct01?.kind).toBe('column');
    const tones = [july, august].map((m) => {
      const p = m.record.indicators.find((x) => x.indicatorId === 'CT01');
      return TONE_COLOURS[progressTone(p?.progress.status ?? 'missing')];
    });
    expect(ct01?.pointColors).toEqual(tones);
    // July near (7,6 of 8), August met (8,1): two colours.
    expect(new Set(tones).size).toBe(2);
    // The chart's ranges are the indicator's own rows: two months, two categories.
    const [from, to] = (ct01?.values ?? '').split(':');
    expect(Number(to?.replace(/\D/g, '')) - Number(from?.replace(/\D/g, ''))).toBe(1);
  });

  it('starts the value axis at zero (85 is not drawn as twice 84,5), unless a value is below zero', () => {
    for (const c of sheet(CONSOLIDATED_SHEETS.trends).charts) expect(c.valueAxisMin).toBe(0);
    const falling = month(plan, '2025-07', [
      sent(plan, 'so-tc', '2025-07', (s) => fillIndicator(s, 'CT01', { actual: -1.5, yearEstimate: 8 })),
    ]);
    const wb = consolidationWorkbook(plan, falling.c, options(falling)).workbook;
    const charts = wb.sheets.find((s) => s.name === CONSOLIDATED_SHEETS.trends)?.charts ?? [];
    expect(charts.find((c) => c.title.startsWith('CT01 — '))?.valueAxisMin).toBeUndefined();
  });

  it('forms a month without a record (an older workbook) from its data rows, as that month’s consolidation did', () => {
    const formed = provinceMonths(plan, august.data, []).inMonth(indicator('CT01'), '2025-07');
    expect(formed?.actual).toBe(7.6);
    expect(formed?.progress.status).toBe(
      july.record.indicators.find((p) => p.indicatorId === 'CT01')?.progress.status,
    );
  });
});

describe('Xếp hạng địa phương', () => {
  it('ranks the localities of the month best first by the direction of the target, with the cell of each value', () => {
    const rows = tableRows(sheet(CONSOLIDATED_SHEETS.ranking)).filter((r) => r['Mã chỉ tiêu'] === 'CT02');
    expect(rows.map((r) => [r['Thứ hạng'], r['Địa phương'], r['Thực hiện']])).toEqual([
      [1, 'UBND huyện A', 75],
      [2, 'UBND huyện B', 60],
    ]);
    expect(String(rows[0]?.['Nguồn (tệp!trang!ô)'])).toMatch(/^2025-08_ubnd-a\.xlsx!/);
  });

  it('gives equal values one rank; highest first for "at least", lowest first for "at most"; none for an indicator localities do not report', () => {
    const row = (agencyId: string, agencyName: string, value: number, indicatorId = 'CT02'): DataRow => ({
      ...(august.data.find((r) => r.indicatorId === 'CT02' && r.measure === 'actual') as DataRow),
      period: '2025-08',
      agencyId,
      agencyName,
      value,
      indicatorId,
    });
    const tied = [row('ubnd-a', 'UBND huyện A', 60), row('ubnd-b', 'UBND huyện B', 60)];
    expect(localityRanking(plan, indicator('CT02'), tied, '2025-08').map((p) => p.rank)).toEqual([1, 1]);
    const atLeast = [row('ubnd-a', 'UBND huyện A', 9), row('ubnd-b', 'UBND huyện B', 3)];
    expect(localityRanking(plan, indicator('CT02'), atLeast, '2025-08').map((p) => p.agencyId)).toEqual([
      'ubnd-a',
      'ubnd-b',
    ]);
    const atMost: Indicator = { ...indicator('CT02'), direction: 'atMost' };
    expect(localityRanking(plan, atMost, atLeast, '2025-08').map((p) => p.agencyId)).toEqual([
      'ubnd-b',
      'ubnd-a',
    ]);
    expect(
      localityRanking(plan, indicator('CT01'), [row('ubnd-a', 'UBND huyện A', 7, 'CT01')], '2025-08'),
    ).toEqual([]);
  });
});

describe('the month records (_tonghop_thang)', () => {
  it('keeps every month merged and reads them back exactly', () => {
    const read = readRecords(specToSnapshot(workbook));
    expect(read).toEqual({ ok: true, records: august.records });
  });

  it('cuts a record into cells of at most 30,000 characters (Excel’s limit is 32,767) and joins them again', () => {
    const text = 'ă'.repeat(70_000);
    const chunks = chunkText(text);
    expect(chunks.map((c) => c.length)).toEqual([30_000, 30_000, 10_000]);
    expect(chunks.join('')).toBe(text);
  });
});
