/** A small plan for unit tests: every direction, a derived ratio with milestones, a reduction, dated tasks. */
import type { Plan } from '../../src/core/plan/schema';

/** A fresh copy of the test plan (tests may mutate it). */
export function testPlan(): Plan {
  return structuredClone(TEST_PLAN);
}

/**
 * The test plan with one more derived indicator, CT06, of the formula kind "growth" — the kind added to the registry
 * to prove that a new kind needs the registry and its tests only (tests/core/formulas/newKind.test.ts).
 */
export function growthPlan(): Plan {
  const plan = testPlan();
  plan.indicators.push({
    id: 'CT06',
    name: 'Tốc độ tăng thu ngân sách so với cùng kỳ',
    unit: '%',
    measure: 'percent',
    valueKind: 'level',
    direction: 'atLeast',
    tolerance: 2,
    target: 10,
    milestones: [],
    min: -100,
    max: 1000,
    lead: 'so-tc',
    reporters: ['kind:locality'],
    inputs: [
      { id: 'revenueLastYear', name: 'Thu ngân sách cùng kỳ năm trước', unit: 'tỷ đồng', min: 0 },
      { id: 'revenueThisYear', name: 'Thu ngân sách lũy kế năm nay', unit: 'tỷ đồng', min: 0 },
    ],
    formula: { kind: 'growth', before: 'revenueLastYear', after: 'revenueThisYear' },
    aggregation: 'ratioOfSums',
    clause: 'II.4.1',
  });
  return plan;
}

/**
 * The test plan in two tiers, as Sơn La in 2025: districts "UBND huyện A" and "UBND huyện B" report through June,
 * then communes X and Y (formed on A's area) and Z (on B's) from 1 July (docs/plan.md, rows R1–R10).
 */
export function twoTierPlan(): Plan {
  const plan = testPlan();
  for (const a of plan.agencies) if (a.kind === 'locality') a.to = '2025-06-30';
  const commune = (id: string, name: string, replaces: string[]) => ({
    id,
    name,
    kind: 'locality' as const,
    reportsMonthly: true,
    from: '2025-07-01',
    replaces,
  });
  plan.agencies.push(
    commune('ubnd-xa-x', 'UBND xã X', ['ubnd-a']),
    commune('ubnd-xa-y', 'UBND xã Y', ['ubnd-a']),
    commune('ubnd-xa-z', 'UBND xã Z', ['ubnd-b']),
  );
  return plan;
}

/**
 * The test plan amended: version 2, in force from 1 August 2025, sets the GRDP growth target (CT01) to 8.5 and the
 * disbursement tolerance (CT02) to 3 (docs/plan.md, rows V1–V9).
 */
export function amendedPlan(): Plan {
  const plan = testPlan();
  plan.amendments = [
    {
      version: 2,
      date: '2025-08-01',
      basis: 'Quyết định 99/QĐ-UBND ngày 25/07/2025',
      changes: [
        { indicator: 'CT01', field: 'target', value: 8.5 },
        { indicator: 'CT02', field: 'tolerance', value: 3 },
      ],
    },
  ];
  return plan;
}

const TEST_PLAN: Plan = {
  schemaVersion: 1,
  id: 'test-2025',
  year: 2025,
  title: 'Kế hoạch thử nghiệm 2025',
  issuer: 'UBND tỉnh Thử',
  decision: { number: 'QĐ 1/2025', date: '2025-01-10', source: 'test' },
  reporting: {
    recipient: 'so-tc',
    dueDay: 18,
    dueInclusive: false,
    windowStartDay: 15,
    windowEndDay: 14,
    basis: 'Điều 2',
  },
  agencies: [
    { id: 'so-tc', name: 'Sở Tài chính', kind: 'department', reportsMonthly: true },
    { id: 'so-xd', name: 'Sở Xây dựng', kind: 'department', reportsMonthly: true },
    { id: 'ubnd-a', name: 'UBND huyện A', kind: 'locality', reportsMonthly: true },
    { id: 'ubnd-b', name: 'UBND huyện B', kind: 'locality', reportsMonthly: true },
    { id: 'mttq', name: 'Ủy ban MTTQ tỉnh', kind: 'front', reportsMonthly: false },
  ],
  indicators: [
    {
      id: 'CT01',
      name: 'Tốc độ tăng trưởng GRDP',
      unit: '%',
      measure: 'percent',
      valueKind: 'level',
      direction: 'atLeast',
      tolerance: 0.5,
      target: 8,
      milestones: [],
      baseline: { year: 2024, value: 6.3, source: 'test' },
      min: -20,
      max: 50,
      lead: 'so-tc',
      reporters: ['so-tc'],
      inputs: [],
      aggregation: 'lead',
      clause: 'Điều 1',
    },
    {
      id: 'CT02',
      name: 'Tỷ lệ giải ngân vốn đầu tư công',
      unit: '%',
      measure: 'percent',
      valueKind: 'cumulative',
      direction: 'atLeast',
      tolerance: 5,
      target: 100,
      milestones: [
        { date: '2025-06-30', value: 50, label: 'Đợt 1' },
        { date: '2025-09-30', value: 60, label: 'Đợt 2' },
      ],
      min: 0,
      max: 100,
      lead: 'so-tc',
      reporters: ['kind:department', 'kind:locality'],
      inputs: [
        { id: 'allocated', name: 'Kế hoạch vốn giao', unit: 'tỷ đồng', min: 0 },
        { id: 'disbursed', name: 'Vốn đã giải ngân', unit: 'tỷ đồng', min: 0, cumulative: true },
      ],
      formula: { kind: 'ratio', numerator: 'disbursed', denominator: 'allocated' },
      aggregation: 'ratioOfSums',
      clause: 'II.5.1',
    },
    {
      id: 'CT03',
      name: 'Tỷ lệ cắt giảm thời gian giải quyết TTHC',
      unit: '%',
      measure: 'percent',
      valueKind: 'level',
      direction: 'atLeast',
      tolerance: 3,
      target: 30,
      milestones: [],
      min: -100,
      max: 100,
      lead: 'so-tc',
      reporters: ['kind:locality'],
      inputs: [
        { id: 'baselineDays', name: 'Thời gian trước cắt giảm', unit: 'ngày', min: 0 },
        { id: 'currentDays', name: 'Thời gian sau cắt giảm', unit: 'ngày', min: 0 },
      ],
      formula: { kind: 'reduction', before: 'baselineDays', after: 'currentDays' },
      aggregation: 'ratioOfSums',
      clause: 'II.1.5',
    },
    {
      id: 'CT04',
      name: 'Tỷ lệ đô thị hóa',
      unit: '%',
      measure: 'percent',
      valueKind: 'level',
      direction: 'about',
      tolerance: 0.3,
      target: 20.6,
      milestones: [],
      baseline: { year: 2024, value: 18.5, source: 'test' },
      min: 0,
      max: 100,
      lead: 'so-xd',
      reporters: ['so-xd'],
      inputs: [],
      aggregation: 'lead',
      clause: 'II.9.2',
    },
    {
      id: 'CT05',
      name: 'Số vụ tai nạn giao thông',
      unit: 'vụ',
      measure: 'count',
      valueKind: 'cumulative',
      direction: 'atMost',
      tolerance: 10,
      target: 100,
      milestones: [],
      min: 0,
      max: 100000,
      lead: 'so-xd',
      reporters: ['kind:locality'],
      inputs: [],
      aggregation: 'sum',
      clause: 'II.10.3',
    },
  ],
  tasks: [
    {
      id: 'NV1.1',
      kind: 'assignment',
      title: 'Rà soát văn bản quy phạm pháp luật',
      lead: ['so-tc'],
      collaborators: ['*'],
      deadlines: [],
      clause: 'II.1.1',
    },
    {
      id: 'NV3.1',
      kind: 'assignment',
      title: 'Hoàn thành sắp xếp đơn vị hành chính cấp xã',
      lead: ['so-xd'],
      collaborators: ['kind:locality'],
      deadlines: [{ date: '2025-07-15', label: 'trước 15/7/2025' }],
      clause: 'II.3.1',
    },
    {
      id: 'NV5.1',
      kind: 'assignment',
      title: 'Điều hành kế hoạch đầu tư công',
      lead: ['so-tc'],
      collaborators: ['*'],
      deadlines: [
        { date: '2025-06-30', label: 'Đợt 1' },
        { date: '2025-09-30', label: 'Đợt 2' },
        { date: '2025-11-15', label: 'Điều chỉnh' },
      ],
      clause: 'II.5.1',
    },
    {
      id: 'BC1',
      kind: 'reporting',
      title: 'Báo cáo tháng gửi Sở Tài chính',
      lead: ['*'],
      collaborators: [],
      deadlines: [],
      monthly: true,
      clause: 'Điều 2',
    },
  ],
};
