/**
 * The demo: a month of realistic entries around the targets for every agency (some met, some missed), after the month
 * before it (the history the verdicts use), plus the situations the Finance Department meets every month — a late
 * report, a resubmission, a missing agency, a damaged file, a file of the wrong month, typing slips — and the cases of
 * docs/verdicts.md a month can show (./cases.ts). Deterministic: the same plan gives the same files.
 */
import { formulaExample } from '../core/plan/formulas';
import { finalDeadline, periodInfo, type PeriodInfo } from '../core/plan/period';
import { milestoneSchedule, needsExplanation } from '../core/verdict';
import { expectedAgencies, formTasks, indicatorsReportedBy } from '../core/plan/resolve';
import { planInForce } from '../core/plan/versions';
import { COMMON_TASKS_ID } from '../core/template/model';
import type { Agency, Indicator, Plan } from '../core/plan/schema';
import type { CellScalar } from '../core/sheet/spec';
import { TASK_STATUSES, type TaskStatus } from '../core/template/model';
import { applyCases } from './cases';
import { typedVerdicts, type IndicatorEntry, type TaskEntry, type TemplateFill } from './fill';

/** One file an agency sends. */
export interface DemoFile {
  agencyId: string;
  fileName: string;
  period: string;
  fill: TemplateFill;
  /** Cut the written bytes to this share (a damaged transfer). */
  truncateTo?: number;
}

/**
 * Roles agencies play in the demo month (ids looked up in the plan; absent ids, and agencies not in force for the
 * month, are skipped). The demo month is July 2025, the first of the two-tier roster: the localities that play a
 * role are communes (xã), which report from 1 July; the month before, June, is still reported by the districts.
 */
export const DEMO_ROLES = {
  late: 'ubnd-xa-song-ma',
  lateByOneDay: 'so-gddt',
  resubmits: 'ubnd-xa-mai-son',
  missing: 'ubnd-xa-sop-cop',
  damaged: 'ubnd-xa-bac-yen',
  wrongMonthToo: 'so-ngoai-vu',
  fractionSlip: 'so-tai-chinh',
  textNumber: 'so-xay-dung',
  tamperedTarget: 'ubnd-xa-quynh-nhai',
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
  // The agencies of the month's roster: those in force for it (docs/plan.md).
  for (const agency of expectedAgencies(plan, info)) {
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
    } else if (agency.id === DEMO_ROLES.lateByOneDay) {
      // "Trước ngày 18": a report sent on the 18th is one day late (docs/verdicts.md, D2).
      files.push({
        ...base,
        fill: { ...fill, reportDate: `${info.period}-18`, savedAt: `${info.period}-18T02:40:00Z` },
      });
    } else if (agency.id === DEMO_ROLES.resubmits) {
      const first = structuredClone(fill);
      const firstInd = Object.keys(first.indicators)[0];
      const entry = firstInd ? first.indicators[firstInd] : undefined;
      const firstInput = entry?.inputs ? Object.keys(entry.inputs)[0] : undefined;
      if (entry && firstInput) entry.inputs = { ...entry.inputs, [firstInput]: 'chưa có số liệu' };
      else if (entry) entry.actual = 'chưa có số liệu';
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
  applyCases(plan, files, 'month');
  return files;
}

/** The month before: every agency's file as sent then, with the cases that need a history (./cases.ts). */
export function historyFiles(plan: Plan, previous: PeriodInfo): DemoFile[] {
  const files = expectedAgencies(plan, previous).map((agency) => ({
    agencyId: agency.id,
    period: previous.period,
    fileName: `${previous.period}_${agency.id}.xlsx`,
    fill: agencyFill(plan, agency, previous, seeded(`${plan.id}|${agency.id}|${previous.period}`)),
  }));
  applyCases(plan, files, 'history');
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
export function agencyFill(source: Plan, agency: Agency, info: PeriodInfo, rnd: () => number): TemplateFill {
  const plan = planInForce(source, info);
  const indicators: Record<string, IndicatorEntry> = {};
  for (const ind of indicatorsReportedBy(plan, agency.id, info)) {
    const entry = monthEntry(plan, agency, ind, info);
    // Agencies explain a figure that falls short, as the template asks them to.
    const { progress, forecast } = typedVerdicts(ind, info, entry);
    if (needsExplanation(progress.status, forecast.status, ''))
      entry.notes = EXPLANATIONS[Math.floor(rnd() * EXPLANATIONS.length)] as string;
    indicators[ind.id] = entry;
  }
  const tasks: Record<string, TaskEntry> = {};
  // The rows of its form (the common row stands for tasks without a deadline of their own).
  for (const row of formTasks(plan, agency.id, COMMON_TASKS_ID)) {
    const [task] = row.tasks;
    const deadline = row.tasks.length === 1 && task ? finalDeadline(task) : null;
    tasks[row.id] = taskEntry(deadline, info, rnd);
  }
  const day = 15 + Math.floor(rnd() * 3);
  return {
    indicators,
    tasks,
    reportDate: `${info.period}-${day}`,
    savedAt: `${info.period}-${day}T02:${String(10 + Math.floor(rnd() * 40))}:00Z`,
  };
}

/**
 * The figure an agency would be near this month: the milestone due in the window, else for a running total its
 * share of the year so far (the latest milestone passed at the least), else the annual target.
 */
function demoReference(ind: Indicator, info: PeriodInfo): number {
  const schedule = milestoneSchedule(ind.milestones, info);
  if (schedule.due) return schedule.due.value;
  if (ind.valueKind === 'level') return ind.target;
  return Math.max(schedule.passed?.value ?? 0, (ind.target * info.month) / 12);
}

/**
 * What an agency types for an indicator in a month. Each agency keeps its own scale all year (its allocation, its
 * number of communes …), and a running total never goes down from one month to the next — as real figures behave.
 */
function monthEntry(plan: Plan, agency: Agency, ind: Indicator, info: PeriodInfo): IndicatorEntry {
  const entry = rawEntry(plan, agency, ind, info);
  // A share of running totals (a level) has running-total inputs: those never go down either.
  const runningInputs = ind.inputs.some((x) => x.cumulative);
  if ((ind.valueKind !== 'cumulative' && !runningInputs) || info.month === 1) return entry;
  const before = periodInfo(plan, `${info.year}-${String(info.month - 1).padStart(2, '0')}`);
  if (!before) return entry;
  const last = monthEntry(plan, agency, ind, before);
  const grown = (now: CellScalar | undefined, then: CellScalar | undefined) =>
    typeof now === 'number' && typeof then === 'number' && then > now ? then : now;
  if (!ind.formula && ind.valueKind === 'cumulative') entry.actual = grown(entry.actual, last.actual);
  for (const input of ind.inputs.filter((x) => x.cumulative && entry.inputs))
    (entry.inputs as Record<string, CellScalar>)[input.id] = grown(
      entry.inputs?.[input.id],
      last.inputs?.[input.id],
    ) as CellScalar;
  return entry;
}

/** A month's figures drawn around the period's reference, on the agency's own scale. */
function rawEntry(plan: Plan, agency: Agency, ind: Indicator, info: PeriodInfo): IndicatorEntry {
  const rnd = seeded(`${plan.id}|${agency.id}|${ind.id}|${info.period}`);
  const scale = seeded(`${plan.id}|${agency.id}|${ind.id}`)();
  const cp = demoReference(ind, info);
  const factor = 0.86 + rnd() * 0.22; // 86%–108% of the reference: some missed, some near, most met
  const clampShare = (x: number) => Math.min(ind.max ?? Infinity, Math.max(ind.min ?? -Infinity, x));
  const estimate = clampShare(round(ind.target * (0.96 + rnd() * 0.08), 1));
  if (!ind.formula) {
    const value = ind.direction === 'about' ? cp - 0.6 + rnd() * 0.9 : cp * factor;
    const digits = ind.measure === 'count' ? 0 : 1;
    return { actual: clampShare(round(value, digits)), yearEstimate: round(estimate, digits), notes: '' };
  }
  const integer = ind.inputs[0]?.integer === true;
  const size = integer ? 20 + Math.floor(scale * 180) : round(50 + scale * 450, 1);
  const typed = formulaExample(ind.formula, cp * factor, size, integer ? Math.round : (x) => round(x, 1));
  return {
    inputs: Object.fromEntries(ind.inputs.map((x) => [x.id, typed[x.id] ?? 0])),
    yearEstimate: estimate,
  };
}

const EXPLANATIONS = [
  'Do thời tiết bất lợi, một số công trình chậm tiến độ; đơn vị đang đôn đốc nhà thầu.',
  'Nguồn vốn đối ứng của địa phương chưa bố trí kịp; đề nghị tỉnh hỗ trợ.',
  'Số liệu lũy kế đến ngày 14; dự kiến đạt kế hoạch trong quý tới.',
];

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

/** What an agency reports on a task: its progress, and when done the day it was completed (before the deadline). */
function taskEntry(deadline: string | null, info: PeriodInfo, rnd: () => number): TaskEntry {
  const pastDeadline = deadline !== null && deadline < info.windowEnd;
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
  const entry: TaskEntry = {
    status,
    percent,
    results,
    proposals: PROPOSALS[Math.floor(rnd() * PROPOSALS.length)] as string,
  };
  if (status === 'Hoàn thành') entry.completedOn = completionDay(deadline, info, rnd);
  return entry;
}

/** A completion day: some days before the deadline when it has passed, else within the data window. */
function completionDay(deadline: string | null, info: PeriodInfo, rnd: () => number): string {
  const before = deadline !== null && deadline < info.windowEnd ? deadline : info.windowEnd;
  return new Date(Date.parse(`${before}T00:00:00Z`) - Math.floor(rnd() * 10) * 86400000)
    .toISOString()
    .slice(0, 10);
}
