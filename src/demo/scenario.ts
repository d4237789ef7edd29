/**
 * The demo month: realistic entries around the targets for every agency (some met, some missed), plus the
 * situations the Finance Department meets every month — a late report, a resubmission, a missing agency, a
 * damaged file, a file of the wrong month, typing slips. Deterministic: the same plan gives the same files.
 */
import { formulaExample } from '../core/plan/formulas';
import { applicableCheckpoint, finalDeadline, type PeriodInfo } from '../core/plan/period';
import { indicatorsReportedBy, tasksOf } from '../core/plan/resolve';
import type { Agency, Indicator, Plan } from '../core/plan/schema';
import { TASK_STATUSES, type TaskStatus } from '../core/template/model';
import type { IndicatorEntry, TaskEntry, TemplateFill } from './fill';

/** One file an agency sends. */
export interface DemoFile {
  agencyId: string;
  fileName: string;
  period: string;
  fill: TemplateFill;
  /** Cut the written bytes to this share (a damaged transfer). */
  truncateTo?: number;
}

/** Roles agencies play in the demo (ids looked up in the plan; absent ids are skipped). */
const DEMO_ROLES = {
  late: 'ubnd-song-ma',
  resubmits: 'ubnd-mai-son',
  missing: 'ubnd-sop-cop',
  damaged: 'ubnd-bac-yen',
  wrongMonthToo: 'so-ngoai-vu',
  fractionSlip: 'so-tai-chinh',
  textNumber: 'so-xay-dung',
  tamperedTarget: 'ubnd-quynh-nhai',
  doneButPartial: 'so-y-te',
} as const;

/** A small deterministic generator (mulberry32) seeded from a string. */
export function seeded(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Every file of the demo month, in the order agencies send them. */
export function demoFiles(plan: Plan, info: PeriodInfo, previous: PeriodInfo | null): DemoFile[] {
  const files: DemoFile[] = [];
  const has = (id: string) => plan.agencies.some((a) => a.id === id);
  for (const agency of plan.agencies.filter((a) => a.reportsMonthly)) {
    if (agency.id === DEMO_ROLES.missing) continue;
    const fill = agencyFill(plan, agency, info, seeded(`${plan.id}|${agency.id}|${info.period}`));
    const base = {
      agencyId: agency.id,
      period: info.period,
      fileName: `${info.period}_${agency.id}.xlsx`,
      fill,
    };
    if (agency.id === DEMO_ROLES.late) {
      files.push({
        ...base,
        fill: { ...fill, reportDate: `${info.period}-21`, savedAt: `${info.period}-21T03:10:00Z` },
      });
    } else if (agency.id === DEMO_ROLES.resubmits) {
      const first = structuredClone(fill);
      const firstInd = Object.keys(first.indicators)[0];
      if (firstInd) first.indicators[firstInd] = { ...first.indicators[firstInd], input1: 'chưa có số liệu' };
      const firstTask = Object.keys(first.tasks)[0];
      if (firstTask) first.tasks[firstTask] = { ...first.tasks[firstTask], status: 'Xong' };
      files.push({
        ...base,
        fileName: `Bao cao thang ${info.month} - ${agency.name}.xlsx`,
        fill: { ...first, reportDate: `${info.period}-15`, savedAt: `${info.period}-15T02:00:00Z` },
      });
      files.push({
        ...base,
        fileName: `Bao cao thang ${info.month} - ${agency.name} (sua lai).xlsx`,
        fill: { ...fill, reportDate: `${info.period}-17`, savedAt: `${info.period}-17T08:30:00Z` },
      });
    } else if (agency.id === DEMO_ROLES.damaged) {
      files.push({ ...base, truncateTo: 0.6 });
    } else {
      files.push(base);
    }
    if (agency.id === DEMO_ROLES.wrongMonthToo && previous) {
      const old = agencyFill(plan, agency, previous, seeded(`${plan.id}|${agency.id}|${previous.period}`));
      files.push({
        agencyId: agency.id,
        period: previous.period,
        fileName: `${previous.period}_${agency.id}.xlsx`,
        fill: old,
      });
    }
  }
  applySlips(files, has);
  return files;
}

/** Typing slips real agencies make (each one is something the validator must catch). */
function applySlips(files: DemoFile[], has: (id: string) => boolean): void {
  const fileOf = (id: string) => files.find((f) => f.agencyId === id && f.truncateTo === undefined);
  const slip = (agencyId: string, edit: (fill: TemplateFill) => void) => {
    const file = has(agencyId) ? fileOf(agencyId) : undefined;
    if (file) edit(file.fill);
  };
  slip(DEMO_ROLES.fractionSlip, (fill) => {
    const e = fill.indicators.CT01;
    if (e && typeof e.actual === 'number') e.actual = round(e.actual / 100, 4);
  });
  slip(DEMO_ROLES.textNumber, (fill) => {
    const e = fill.indicators.CT12;
    if (e && typeof e.actual === 'number') e.actual = String(e.actual).replace('.', ',');
  });
  slip(DEMO_ROLES.tamperedTarget, (fill) => {
    const e = fill.indicators.CT07;
    if (e) e.target = 80;
  });
  slip(DEMO_ROLES.doneButPartial, (fill) => {
    const id = Object.keys(fill.tasks)[0];
    if (id) fill.tasks[id] = { ...fill.tasks[id], status: 'Hoàn thành', percent: 80 };
  });
}

/** What one agency types, realistically around the checkpoint of each indicator. */
export function agencyFill(plan: Plan, agency: Agency, info: PeriodInfo, rnd: () => number): TemplateFill {
  const indicators: Record<string, IndicatorEntry> = {};
  for (const ind of indicatorsReportedBy(plan, agency.id))
    indicators[ind.id] = indicatorEntry(plan, ind, info, rnd);
  const tasks: Record<string, TaskEntry> = {};
  for (const { task } of tasksOf(plan, agency.id)) {
    const deadline = finalDeadline(task);
    tasks[task.id] = taskEntry(deadline !== null && deadline < info.windowEnd, rnd);
  }
  const day = 15 + Math.floor(rnd() * 3);
  return {
    indicators,
    tasks,
    reportDate: `${info.period}-${day}`,
    savedAt: `${info.period}-${day}T02:${String(10 + Math.floor(rnd() * 40))}:00Z`,
  };
}

function indicatorEntry(plan: Plan, ind: Indicator, info: PeriodInfo, rnd: () => number): IndicatorEntry {
  const cp = applicableCheckpoint(plan, ind, info.windowEnd).value;
  const factor = 0.86 + rnd() * 0.22; // 86%–108% of the checkpoint: some missed, some near, most met
  const clampShare = (x: number) => Math.min(ind.max ?? Infinity, Math.max(ind.min ?? -Infinity, x));
  const estimate = clampShare(round(ind.target * (0.96 + rnd() * 0.08), 1));
  if (!ind.formula) {
    const value = ind.direction === 'about' ? cp - 0.6 + rnd() * 0.9 : cp * factor;
    const digits = ind.measure === 'count' ? 0 : 1;
    return { actual: clampShare(round(value, digits)), yearEstimate: round(estimate, digits), notes: '' };
  }
  const [a, b] = ind.inputs;
  const integer = a?.integer === true;
  const size = integer ? 20 + Math.floor(rnd() * 180) : round(50 + rnd() * 450, 1);
  const typed = formulaExample(ind.formula, cp * factor, size, integer ? Math.round : (x) => round(x, 1));
  return { input1: typed[a?.id ?? ''], input2: typed[b?.id ?? ''], yearEstimate: estimate };
}

const RESULTS = [
  'Đã ban hành kế hoạch triển khai; tổ chức hội nghị quán triệt đến các phòng, đơn vị trực thuộc.',
  'Đang triển khai theo kế hoạch; đã hoàn thành phần lớn khối lượng công việc của quý.',
  'Đã phối hợp với các sở, ngành liên quan rà soát, tổng hợp báo cáo; khó khăn: thiếu nhân lực chuyên môn.',
  'Hoàn thành các nội dung được giao; kết quả đã báo cáo UBND tỉnh.',
];
const PROPOSALS = [
  '',
  '',
  'Đề nghị bổ sung kinh phí thực hiện trong 6 tháng cuối năm.',
  'Đề nghị Sở Tài chính hướng dẫn thủ tục điều chuyển vốn.',
];

function taskEntry(pastDeadline: boolean, rnd: () => number): TaskEntry {
  const r = rnd();
  const status: TaskStatus = pastDeadline
    ? r < 0.85
      ? 'Hoàn thành'
      : 'Chậm tiến độ'
    : ((r < 0.1
        ? TASK_STATUSES[0]
        : r < 0.7
          ? TASK_STATUSES[1]
          : r < 0.95
            ? TASK_STATUSES[2]
            : TASK_STATUSES[3]) as TaskStatus);
  const percent =
    status === 'Hoàn thành'
      ? 100
      : status === 'Chưa triển khai'
        ? 0
        : status === 'Chậm tiến độ'
          ? 20 + Math.floor(rnd() * 40)
          : 30 + Math.floor(rnd() * 60);
  const results = status === 'Chưa triển khai' ? '' : (RESULTS[Math.floor(rnd() * RESULTS.length)] as string);
  return { status, percent, results, proposals: PROPOSALS[Math.floor(rnd() * PROPOSALS.length)] as string };
}
