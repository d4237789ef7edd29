/**
 * The Sơn La 2025 seed plan (seeds/sonla-2025/plan.json) says what the province's Decision says: its agencies,
 * its quantitative targets with their checkpoints, its 44 numbered assignments and the reporting duties — and what
 * happened to the province's local government during the year: the 12 district-level committees report through June
 * (Mộc Châu a town, thị xã, from 1 February), the 75 communes and wards from July.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkPlan } from '../../../src/core/plan/check';
import { periodInfo } from '../../../src/core/plan/period';
import {
  expectedAgencies,
  indicatorsReportedBy,
  resolveAgencies,
  tasksOf,
} from '../../../src/core/plan/resolve';
import type { AgencyKind, Indicator, Plan } from '../../../src/core/plan/schema';
import { agenciesInForce } from '../../../src/core/plan/units';

const SEED = path.join(__dirname, '..', '..', '..', 'seeds', 'sonla-2025', 'plan.json');

function loadSeed(): Plan {
  const checked = checkPlan(JSON.parse(readFileSync(SEED, 'utf8')));
  if (!checked.ok) throw new Error(`seed plan rejected: ${JSON.stringify(checked.problems)}`);
  return checked.plan;
}

const plan = loadSeed();
const indicator = (id: string): Indicator => {
  const found = plan.indicators.find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
};
const task = (id: string) => {
  const found = plan.tasks.find((t) => t.id === id);
  if (!found) throw new Error(`no task ${id}`);
  return found;
};

describe('the Sơn La 2025 seed plan', () => {
  it('passes the plan check', () => {
    expect(checkPlan(JSON.parse(readFileSync(SEED, 'utf8'))).ok).toBe(true);
  });

  it('identifies the plan, its issuer and the Decision it comes from', () => {
    expect(plan).toMatchObject({
      schemaVersion: 1,
      id: 'sonla-2025',
      year: 2025,
      issuer: 'Ủy ban nhân dân tỉnh Sơn La',
      decision: { source: '../shared/seeds/000_7e4f77df858eca40.txt' },
    });
    expect(plan.decision.title).toContain('8% trở lên');
  });

  it('leaves the Decision’s number and date unknown, as the text does not state them, and says where a candidate is from', () => {
    expect(plan.decision.number).toBeUndefined();
    expect(plan.decision.date).toBeUndefined();
    // Not the date of the Department of Finance's submission (Tờ trình 340/TTr-STC of 06/6/2025).
    expect(plan.decision.note).toContain('Tờ trình số 340/TTr-STC');
    expect(plan.decision.note).toContain('1369/QĐ-UBND ngày 11/6/2025');
    expect(plan.sources?.find((x) => x.id === 'qd-1369')?.url).toContain('hethongphapluat.vn');
  });

  it('sends the monthly report to Sở Tài chính before the 18th, on the 15th-to-14th data window', () => {
    expect(plan.reporting).toMatchObject({
      recipient: 'so-tai-chinh',
      dueDay: 18,
      windowStartDay: 15,
      windowEndDay: 14,
    });
    expect(plan.reporting.basis).toContain('09/2019/NĐ-CP');
  });
});

describe('agencies', () => {
  const PROVINCIAL: [string, string, AgencyKind][] = [
    ['so-tu-phap', 'Sở Tư pháp', 'department'],
    ['thanh-tra', 'Thanh tra tỉnh', 'inspectorate'],
    ['so-tai-chinh', 'Sở Tài chính', 'department'],
    ['cong-an', 'Công an tỉnh', 'police'],
    ['vien-kiem-sat', 'Viện Kiểm sát nhân dân tỉnh', 'procuracy'],
    ['toa-an', 'Tòa án nhân dân tỉnh', 'court'],
    ['so-noi-vu', 'Sở Nội vụ', 'department'],
    ['so-xay-dung', 'Sở Xây dựng', 'department'],
    ['so-khcn', 'Sở Khoa học và Công nghệ', 'department'],
    ['so-nn-mt', 'Sở Nông nghiệp và Môi trường', 'department'],
    ['so-cong-thuong', 'Sở Công thương', 'department'],
    ['nhnn-kv3', 'Ngân hàng Nhà nước chi nhánh Khu vực 3', 'bank'],
    ['so-vhttdl', 'Sở Văn hóa, Thể thao và Du lịch', 'department'],
    ['so-gddt', 'Sở Giáo dục và Đào tạo', 'department'],
    ['so-y-te', 'Sở Y tế', 'department'],
    ['so-dt-tg', 'Sở Dân tộc và Tôn giáo', 'department'],
    ['so-ngoai-vu', 'Sở Ngoại vụ', 'department'],
    ['bchqs', 'Bộ Chỉ huy Quân sự tỉnh', 'military'],
    ['bdbp', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh', 'border-guard'],
    ['vp-ubnd', 'Văn phòng UBND tỉnh', 'office'],
    ['mttq', 'Ủy ban MTTQ Việt Nam tỉnh', 'front'],
  ];
  const DISTRICTS: [string, string, string | undefined, string][] = [
    ['ubnd-tp-son-la', 'UBND thành phố Sơn La', undefined, '2025-06-30'],
    ['ubnd-huyen-moc-chau', 'UBND huyện Mộc Châu', undefined, '2025-01-31'],
    ['ubnd-moc-chau', 'UBND thị xã Mộc Châu', '2025-02-01', '2025-06-30'],
    ['ubnd-van-ho', 'UBND huyện Vân Hồ', undefined, '2025-06-30'],
    ['ubnd-yen-chau', 'UBND huyện Yên Châu', undefined, '2025-06-30'],
    ['ubnd-mai-son', 'UBND huyện Mai Sơn', undefined, '2025-06-30'],
    ['ubnd-song-ma', 'UBND huyện Sông Mã', undefined, '2025-06-30'],
    ['ubnd-sop-cop', 'UBND huyện Sốp Cộp', undefined, '2025-06-30'],
    ['ubnd-thuan-chau', 'UBND huyện Thuận Châu', undefined, '2025-06-30'],
    ['ubnd-quynh-nhai', 'UBND huyện Quỳnh Nhai', undefined, '2025-06-30'],
    ['ubnd-muong-la', 'UBND huyện Mường La', undefined, '2025-06-30'],
    ['ubnd-bac-yen', 'UBND huyện Bắc Yên', undefined, '2025-06-30'],
    ['ubnd-phu-yen', 'UBND huyện Phù Yên', undefined, '2025-06-30'],
  ];
  const communes = plan.agencies.filter((a) => a.from === '2025-07-01');
  const roster = (period: string) =>
    agenciesInForce(plan, periodInfo(plan, period)!).filter((a) => a.kind === 'locality');

  it('are the provincial agencies, the district-level committees, then the communes and wards', () => {
    expect(plan.agencies.map((a) => a.id).slice(0, PROVINCIAL.length + DISTRICTS.length)).toEqual(
      [...PROVINCIAL, ...DISTRICTS].map(([id]) => id),
    );
    expect(plan.agencies.slice(PROVINCIAL.length + DISTRICTS.length)).toEqual(communes);
  });

  it.each(PROVINCIAL)('%s is "%s", of kind %s', (id, name, kind) => {
    expect(plan.agencies.find((a) => a.id === id)).toMatchObject({ name, kind });
  });

  it.each(DISTRICTS)(
    '%s is "%s", a locality with the monthly duty, in force %s – %s',
    (id, name, from, to) => {
      const agency = plan.agencies.find((a) => a.id === id);
      expect(agency).toMatchObject({ name, kind: 'locality', reportsMonthly: true, to });
      expect(agency?.from).toBe(from);
    },
  );

  it('Mộc Châu became a town (thị xã) on 1 February 2025 on the whole of the district (Resolution 1280)', () => {
    expect(plan.agencies.find((a) => a.id === 'ubnd-moc-chau')).toMatchObject({
      replaces: ['ubnd-huyen-moc-chau'],
      source: 'nq1280',
    });
  });

  it('has the 75 commune-level units of Resolution 1681/NQ-UBTVQH15, 67 xã and 8 phường, in force from 1 July', () => {
    expect(communes).toHaveLength(75);
    expect(communes.filter((a) => a.name.startsWith('UBND xã ')).length).toBe(67);
    expect(communes.filter((a) => a.name.startsWith('UBND phường ')).length).toBe(8);
    for (const a of communes)
      expect([a.id, a.kind, a.reportsMonthly, a.to]).toEqual([a.id, 'locality', true, undefined]);
  });

  it('names each commune and ward as the public sources do, and cites them', () => {
    const sources = new Set((plan.sources ?? []).map((x) => x.id));
    expect(communes.filter((a) => !a.source || !sources.has(a.source) || !a.basis)).toEqual([]);
    expect(communes.slice(0, 3).map((a) => a.name)).toEqual([
      'UBND xã Đoàn Kết',
      'UBND xã Lóng Sập',
      'UBND xã Chiềng Sơn',
    ]);
    expect(communes.filter((a) => a.basis?.includes('không thực hiện sắp xếp')).map((a) => a.name)).toEqual([
      'UBND xã Mường Lạn',
      'UBND xã Phiêng Khoài',
      'UBND xã Suối Tọ',
      'UBND xã Ngọc Chiến',
      'UBND xã Tân Yên',
      'UBND xã Mường Bám',
      'UBND xã Mường Lèo',
    ]);
  });

  it('links every commune to the district-level units it replaces, which all end the day before it starts', () => {
    const districts = new Set(DISTRICTS.filter(([, , , to]) => to === '2025-06-30').map(([id]) => id));
    for (const a of communes) {
      expect(a.replaces?.length).toBeGreaterThan(0);
      for (const id of a.replaces ?? []) expect([a.id, districts.has(id)]).toEqual([a.id, true]);
    }
    // Xã Chiềng Sơn spans the former huyện Vân Hồ and thị xã Mộc Châu.
    expect(plan.agencies.find((a) => a.id === 'ubnd-xa-chieng-son')?.replaces).toEqual([
      'ubnd-van-ho',
      'ubnd-moc-chau',
    ]);
  });

  it('gives January to huyện Mộc Châu, February to June to the 12 district-level units, July on to the 75 communes', () => {
    expect(roster('2025-01').map((a) => a.id)).toContain('ubnd-huyen-moc-chau');
    expect(roster('2025-01')).toHaveLength(12);
    const twelve = DISTRICTS.map(([id]) => id).filter((id) => id !== 'ubnd-huyen-moc-chau');
    expect(roster('2025-06').map((a) => a.id)).toEqual(twelve);
    expect(roster('2025-07')).toEqual(communes);
    expect(roster('2025-12')).toEqual(communes);
  });

  it('every agency has an English name', () => {
    expect(plan.agencies.filter((a) => !a.nameEn).map((a) => a.id)).toEqual([]);
  });

  it('only the Fatherland Front (asked, not instructed, by 12.2) has no monthly duty', () => {
    expect(plan.agencies.filter((a) => !a.reportsMonthly).map((a) => a.id)).toEqual(['mttq']);
  });
});

describe('indicators', () => {
  it('are CT01 … CT13 in order', () => {
    expect(plan.indicators.map((i) => i.id)).toEqual(
      Array.from({ length: 13 }, (_, k) => `CT${String(k + 1).padStart(2, '0')}`),
    );
  });

  it('CT01 GRDP growth: at least 8%, near within 0.5 point, from 6.3% in 2024, reported by Sở Tài chính', () => {
    expect(indicator('CT01')).toMatchObject({
      name: 'Tốc độ tăng trưởng GRDP',
      unit: '%',
      measure: 'percent',
      direction: 'atLeast',
      target: 8,
      tolerance: 0.5,
      milestones: [],
      baseline: { year: 2024, value: 6.3 },
      lead: 'so-tai-chinh',
      reporters: ['so-tai-chinh'],
      inputs: [],
      aggregation: 'lead',
    });
    expect(indicator('CT01').formula).toBeUndefined();
    expect(indicator('CT01').clause).toContain('I.3');
  });

  it('CT02 budget revenue: the People’s Council’s plan of 4,500 bn VND (II.2.1), tolerance 2%, from 4,134 bn in 2024', () => {
    expect(indicator('CT02')).toMatchObject({
      name: 'Thu ngân sách nhà nước trên địa bàn',
      unit: 'tỷ đồng',
      measure: 'amount',
      valueKind: 'cumulative',
      direction: 'atLeast',
      target: 4500,
      tolerance: 90,
      milestones: [],
      baseline: { year: 2024, value: 4134 },
      lead: 'so-tai-chinh',
      reporters: ['so-tai-chinh'],
      aggregation: 'lead',
      clause: 'Điều 1 mục II.2.1',
    });
    expect(indicator('CT02').leadInferred).toBeUndefined();
    expect(indicator('CT02').note).toContain('Nghị quyết 457/NQ-HĐND');
  });

  it('CT02 shows beside it the +5 % aim of II.2.4 (about 4,305 bn VND = 4,100 × 1.05)', () => {
    expect(indicator('CT02').note).toContain(
      'Mục II.2.4: phấn đấu thu NSNN cao hơn khoảng 5% so với ước thực hiện năm 2024 (4.100 tỷ đồng), tức khoảng 4.305 tỷ đồng',
    );
    expect(Math.round(4100 * 1.05)).toBe(4305);
  });

  it('marks the leads the text does not name as inferred (CT01, CT03, CT04, CT05), and every reporter list', () => {
    expect(plan.indicators.filter((i) => i.leadInferred).map((i) => i.id)).toEqual([
      'CT01',
      'CT03',
      'CT04',
      'CT05',
    ]);
    expect(plan.indicators.filter((i) => !i.reportersInferred).map((i) => i.id)).toEqual([]);
  });

  it('CT03 procedure time cut: at least 30%, a reduction from baseline days to current days, summed before dividing', () => {
    expect(indicator('CT03')).toMatchObject({
      measure: 'percent',
      direction: 'atLeast',
      target: 30,
      tolerance: 3,
      milestones: [],
      lead: 'vp-ubnd',
      reporters: ['kind:department', 'kind:locality'],
      formula: { kind: 'reduction', before: 'baselineDays', after: 'currentDays' },
      aggregation: 'ratioOfSums',
      clause: 'Điều 1 mục II.1.5',
    });
    expect(indicator('CT03').inputs.map((x) => [x.id, x.unit])).toEqual([
      ['baselineDays', 'ngày'],
      ['currentDays', 'ngày'],
    ]);
  });

  const DEPARTMENTS_AND_LOCALITIES = ['kind:department', 'kind:locality'];
  const RATIOS = [
    {
      id: 'CT04',
      target: 100,
      tolerance: 5,
      of: 'eligibleProcedures',
      part: 'onlineProcedures',
      lead: 'vp-ubnd',
      reporters: DEPARTMENTS_AND_LOCALITIES,
      aggregation: 'ratioOfSums',
      clause: 'Điều 1 mục II.1.5',
    },
    {
      id: 'CT05',
      target: 30,
      tolerance: 3,
      of: 'unnecessaryConditions',
      part: 'abolishedConditions',
      lead: 'so-tu-phap',
      reporters: ['kind:department'],
      aggregation: 'ratioOfSums',
      clause: 'Điều 1 mục II.1.5',
    },
    {
      id: 'CT06',
      target: 100,
      tolerance: 2,
      of: 'communesTotal',
      part: 'communesHardened',
      lead: 'so-xay-dung',
      reporters: ['kind:locality'],
      aggregation: 'ratioOfSums',
      clause: 'Điều 1 mục II.4.1',
    },
    {
      id: 'CT07',
      target: 85,
      tolerance: 3,
      of: 'hamletsTotal',
      part: 'hamletsHardened',
      lead: 'so-xay-dung',
      reporters: ['kind:locality'],
      aggregation: 'ratioOfSums',
      clause: 'Điều 1 mục II.4.1',
    },
    {
      id: 'CT08',
      target: 100,
      tolerance: 5,
      of: 'allocatedCapital',
      part: 'disbursedCapital',
      lead: 'so-tai-chinh',
      reporters: [...DEPARTMENTS_AND_LOCALITIES, 'cong-an', 'bchqs', 'bdbp'],
      aggregation: 'ratioOfSums',
      clause: 'Điều 1 mục II.5.1; II.5.6',
    },
    {
      id: 'CT09',
      target: 100,
      tolerance: 5,
      of: 'totalServices',
      part: 'level4Services',
      lead: 'so-khcn',
      reporters: ['so-khcn'],
      aggregation: 'lead',
      clause: 'Điều 1 mục II.6.2',
    },
    {
      id: 'CT10',
      target: 100,
      tolerance: 5,
      of: 'housesPlanned',
      part: 'housesCompleted',
      lead: 'so-dt-tg',
      reporters: ['kind:locality'],
      aggregation: 'ratioOfSums',
      clause: 'Điều 1 mục II.7.3; II.7.6',
    },
  ];
  it.each(RATIOS)(
    '$id: at least $target% (tolerance $tolerance) = $part / $of, led by $lead, aggregated by $aggregation',
    ({ id, target, tolerance, of, part, lead, reporters, aggregation, clause }) => {
      expect(indicator(id)).toMatchObject({
        unit: '%',
        measure: 'percent',
        direction: 'atLeast',
        target,
        tolerance,
        min: 0,
        max: 100,
        lead,
        reporters,
        aggregation,
        clause,
        formula: { kind: 'ratio', numerator: part, denominator: of },
      });
      expect(indicator(id).inputs.map((x) => x.id)).toEqual([of, part]);
    },
  );

  it('CT08 disbursement has the Decision’s two withdrawal checkpoints: 50% by 30 June, 60% by 30 September', () => {
    expect(indicator('CT08').milestones.map((m) => [m.date, m.value])).toEqual([
      ['2025-06-30', 50],
      ['2025-09-30', 60],
    ]);
    expect(indicator('CT08').milestones.map((m) => m.label.slice(0, 5))).toEqual(['Đợt 1', 'Đợt 2']);
    // They are per-project thresholds for withdrawing capital; reading them as the province's checkpoints is the plan's.
    expect(indicator('CT08').milestones.map((m) => m.inferred)).toEqual([true, true]);
  });

  it('CT08 capital is entered in tỷ đồng and may be fractional', () => {
    expect(indicator('CT08').inputs.map((x) => [x.unit, x.integer])).toEqual([
      ['tỷ đồng', undefined],
      ['tỷ đồng', undefined],
    ]);
  });

  it('CT10 temporary houses must all be gone by the end of May 2025', () => {
    expect(indicator('CT10').milestones).toEqual([
      expect.objectContaining({ date: '2025-05-31', value: 100 }),
    ]);
  });

  it('counts (procedures, conditions, communes, hamlets, services, houses) are whole numbers from 0', () => {
    for (const id of ['CT04', 'CT05', 'CT06', 'CT07', 'CT09', 'CT10']) {
      for (const input of indicator(id).inputs)
        expect([id, input.id, input.integer, input.min]).toEqual([id, input.id, true, 0]);
    }
  });

  it('CT11 commune rearrangement: 100% with no tolerance, before 15 July 2025 (the 14th the last day)', () => {
    expect(indicator('CT11')).toMatchObject({
      measure: 'percent',
      direction: 'atLeast',
      target: 100,
      tolerance: 0,
      lead: 'so-noi-vu',
      reporters: ['so-noi-vu'],
      inputs: [],
      aggregation: 'lead',
      clause: 'Điều 1 mục II.3.1',
    });
    expect(indicator('CT11').milestones).toEqual([
      expect.objectContaining({ date: '2025-07-14', value: 100 }),
    ]);
  });

  it('CT12 urbanization: about 20.6% (±0.3), from 18.5% in 2024, reported by Sở Xây dựng', () => {
    expect(indicator('CT12')).toMatchObject({
      name: 'Tỷ lệ đô thị hóa',
      measure: 'percent',
      direction: 'about',
      target: 20.6,
      tolerance: 0.3,
      milestones: [],
      baseline: { year: 2024, value: 18.5 },
      lead: 'so-xay-dung',
      reporters: ['so-xay-dung'],
      inputs: [],
      aggregation: 'lead',
      clause: 'Điều 1 mục II.9.2',
    });
  });

  it('CT13 cooperation with the 09 provinces of Laos: at least 9, reported by Sở Ngoại vụ', () => {
    expect(indicator('CT13')).toMatchObject({
      unit: 'tỉnh',
      measure: 'count',
      direction: 'atLeast',
      target: 9,
      milestones: [],
      baseline: { year: 2024, value: 9 },
      lead: 'so-ngoai-vu',
      reporters: ['so-ngoai-vu'],
      inputs: [],
      aggregation: 'lead',
      clause: 'Điều 1 mục II.11.1',
    });
  });

  it('every percent indicator is in percentage points, never a fraction', () => {
    for (const ind of plan.indicators.filter((i) => i.measure === 'percent')) {
      expect([ind.id, ind.target > 1 || ind.target === 0]).toEqual([ind.id, true]);
    }
  });

  it('every indicator has a plausible range that holds its target and baseline', () => {
    for (const ind of plan.indicators) {
      expect(ind.min).toBeDefined();
      expect(ind.max).toBeDefined();
      for (const v of [ind.target, ind.baseline?.value ?? ind.target]) {
        expect([ind.id, v >= ind.min! && v <= ind.max!]).toEqual([ind.id, true]);
      }
    }
  });

  it('every indicator has an English name and a clause', () => {
    expect(plan.indicators.filter((i) => !i.nameEn || !i.clause).map((i) => i.id)).toEqual([]);
  });
});

describe('tasks', () => {
  const ASSIGNMENTS = [
    '1.1',
    '1.2',
    '1.3',
    '1.4',
    '1.5',
    '2.1',
    '2.2',
    '2.3',
    '2.4',
    '3.1',
    '3.2',
    '3.3',
    '4.1',
    '4.2',
    '4.3',
    '4.4',
    '4.5',
    '5.1',
    '5.2',
    '5.3',
    '5.4',
    '5.5',
    '5.6',
    '6.1',
    '6.2',
    '6.3',
    '7.1',
    '7.2',
    '7.3',
    '7.4',
    '7.5',
    '7.6',
    '8.1',
    '8.2',
    '9.1',
    '9.2',
    '9.3',
    '10.1',
    '10.2',
    '10.3',
    '11.1',
    '11.2',
    '12.1',
    '12.2',
  ];

  it('are exactly the 44 numbered assignments NV1.1 … NV12.2, then the reporting duties BC1–BC3', () => {
    expect(ASSIGNMENTS).toHaveLength(44);
    expect(plan.tasks.map((t) => t.id)).toEqual([...ASSIGNMENTS.map((n) => `NV${n}`), 'BC1', 'BC2', 'BC3']);
  });

  it.each(ASSIGNMENTS)('NV%s is an assignment citing its own paragraph, with a short title', (n) => {
    expect(task(`NV${n}`)).toMatchObject({ kind: 'assignment', clause: `Điều 1 mục II.${n}` });
    expect(task(`NV${n}`).title.length).toBeLessThanOrEqual(120);
    expect(task(`NV${n}`).titleEn).toBeTruthy();
  });

  it.each([
    ['1.1', ['so-tu-phap'], ['*']],
    ['1.4', ['cong-an', 'vien-kiem-sat', 'toa-an'], []],
    ['1.5', ['*'], []],
    ['3.1', ['so-noi-vu'], ['*']],
    ['4.5', ['kind:department'], ['kind:locality']],
    ['5.1', ['so-tai-chinh'], ['*']],
    ['10.1', ['bchqs', 'bdbp'], ['*']],
    ['11.1', ['so-ngoai-vu'], ['*']],
    ['12.2', ['mttq'], []],
  ])('NV%s is led by %j with collaborators %j', (n, lead, collaborators) => {
    expect(task(`NV${n}`)).toMatchObject({ lead, collaborators });
  });

  // "Trước ngày X" (before X) makes X − 1 the last day; the two withdrawal rounds of NV5.1 (30/6, 30/9) are the dates
  // disbursement is measured at, not deadlines for the task.
  it.each([
    ['NV3.1', ['2025-07-14']],
    ['NV5.1', ['2025-11-14']],
    ['NV7.3', ['2025-12-31']],
    ['NV7.6', ['2025-05-31']],
    ['NV9.2', ['2025-12-31']],
    ['BC2', ['2025-12-09']],
    ['BC3', ['2025-12-19']],
  ])('%s has the dated deadlines %j', (id, dates) => {
    expect(task(id).deadlines.map((d) => d.date)).toEqual(dates);
  });

  it('only those tasks have dated deadlines', () => {
    expect(plan.tasks.filter((t) => t.deadlines.length > 0).map((t) => t.id)).toEqual([
      'NV3.1',
      'NV5.1',
      'NV7.3',
      'NV7.6',
      'NV9.2',
      'BC2',
      'BC3',
    ]);
  });

  it('BC1 is the monthly report every agency with the duty sends to Sở Tài chính (Điều 2 khoản 1)', () => {
    expect(task('BC1')).toMatchObject({
      kind: 'reporting',
      lead: ['*'],
      collaborators: [],
      deadlines: [],
      monthly: true,
      clause: 'Điều 2 khoản 1',
    });
  });

  it('BC2 is every agency’s propaganda report via Sở VHTTDL; BC3 is Sở VHTTDL’s consolidated report', () => {
    expect(task('BC2')).toMatchObject({
      kind: 'reporting',
      lead: ['*'],
      // The text addresses the district committees, which are gone by December: who owes it then is inferred.
      leadInferred: true,
      clause: 'Kế hoạch tuyên truyền (003), mục IV.2',
    });
    expect(task('BC3')).toMatchObject({
      kind: 'reporting',
      lead: ['so-vhttdl'],
      clause: 'Kế hoạch tuyên truyền (003), mục IV.1',
    });
  });

  it('only BC1 is monthly', () => {
    expect(plan.tasks.filter((t) => t.monthly).map((t) => t.id)).toEqual(['BC1']);
  });

  it('every task’s lead references select at least one agency', () => {
    expect(plan.tasks.filter((t) => resolveAgencies(plan, t.lead).length === 0).map((t) => t.id)).toEqual([]);
  });
});

describe('templates', () => {
  it('every agency with the monthly duty has at least one task', () => {
    expect(
      expectedAgencies(plan)
        .filter((a) => tasksOf(plan, a.id).length === 0)
        .map((a) => a.id),
    ).toEqual([]);
  });

  it('every reporting agency gets a non-empty template (indicators or tasks)', () => {
    const empty = expectedAgencies(plan).filter(
      (a) => indicatorsReportedBy(plan, a.id).length + tasksOf(plan, a.id).length === 0,
    );
    expect(empty.map((a) => a.id)).toEqual([]);
  });

  const june = periodInfo(plan, '2025-06')!;
  const august = periodInfo(plan, '2025-08')!;

  it('a district committee reports the locality indicators and leads the "all agencies" assignments', () => {
    expect(indicatorsReportedBy(plan, 'ubnd-moc-chau', june).map((i) => i.id)).toEqual([
      'CT03',
      'CT04',
      'CT06',
      'CT07',
      'CT08',
      'CT10',
    ]);
    const roles = new Map(tasksOf(plan, 'ubnd-moc-chau', june).map(({ task: t, role }) => [t.id, role]));
    expect(roles.get('NV1.5')).toBe('lead');
    expect(roles.get('NV4.5')).toBe('collaborator');
    expect(roles.get('NV1.1')).toBe('collaborator');
    expect(roles.has('NV1.4')).toBe(false);
  });

  it('from July a commune reports what the district reported, and the district nothing', () => {
    expect(indicatorsReportedBy(plan, 'ubnd-xa-doan-ket', august).map((i) => i.id)).toEqual([
      'CT03',
      'CT04',
      'CT06',
      'CT07',
      'CT08',
      'CT10',
    ]);
    expect(indicatorsReportedBy(plan, 'ubnd-moc-chau', august)).toEqual([]);
    expect(tasksOf(plan, 'ubnd-moc-chau', august)).toEqual([]);
    expect(indicatorsReportedBy(plan, 'ubnd-xa-doan-ket', june)).toEqual([]);
  });

  it('the Fatherland Front has only its own request (12.2), and is not expected monthly', () => {
    expect(tasksOf(plan, 'mttq').map(({ task: t }) => t.id)).toEqual(['NV12.2']);
    expect(expectedAgencies(plan).some((a) => a.id === 'mttq')).toBe(false);
  });

  it('the military commands report public investment disbursement', () => {
    expect(indicatorsReportedBy(plan, 'bchqs').map((i) => i.id)).toEqual(['CT08']);
    expect(indicatorsReportedBy(plan, 'bdbp').map((i) => i.id)).toEqual(['CT08']);
  });
});
