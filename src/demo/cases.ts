/**
 * The cases of docs/verdicts.md the demo month shows, each one entry: the row it shows, the agency it happens to, the
 * month (the reporting month, or the month before, whose data is the history) and what the agency typed. An agency
 * the plan does not have is skipped, so another plan runs the demo without these cases.
 */
import type { Plan } from '../core/plan/schema';
import type { IndicatorEntry, TaskEntry } from './fill';
import type { DemoFile } from './scenario';

/** One case: the truth-table row, where it happens, and the entries that make it. */
export interface DemoCase {
  row: string;
  agencyId: string;
  month: 'month' | 'history';
  indicators?: Record<string, IndicatorEntry>;
  tasks?: Record<string, TaskEntry>;
  /** The report date the agency types (ISO), when it differs from the day it sends the file. */
  reportDate?: string;
}

/** The cases, in the order of docs/verdicts.md. */
export const DEMO_CASES: readonly DemoCase[] = [
  // Budget revenue already above the annual target (4.305 bn), with an estimate below what is collected.
  {
    row: 'P11, F5, S4',
    agencyId: 'so-tai-chinh',
    month: 'month',
    indicators: { CT02: { actual: 4480.9, yearEstimate: 4199.2, notes: '' } },
  },
  // Disbursement 48 % when the milestone of 30/06 (50 %) falls in July's data window (40 % in June).
  { row: 'P9', agencyId: 'so-nn-mt', month: 'history', indicators: { CT08: { input1: 250, input2: 100 } } },
  {
    row: 'P9',
    agencyId: 'so-nn-mt',
    month: 'month',
    indicators: {
      CT08: { input1: 250, input2: 120, yearEstimate: 96, notes: 'Một số dự án chậm giải phóng mặt bằng.' },
    },
  },
  // Temporary houses: 100 % due by 31/05. One locality still at 96 % in July after 90 % in June: missed.
  {
    row: 'P12',
    agencyId: 'ubnd-thuan-chau',
    month: 'history',
    indicators: { CT10: { input1: 50, input2: 45 } },
  },
  {
    row: 'P12, E1',
    agencyId: 'ubnd-thuan-chau',
    month: 'month',
    indicators: { CT10: { input1: 50, input2: 48, yearEstimate: 100, notes: '' } },
  },
  // Another locality finished (36 of 40 in June): met against the annual target, the missed milestone is over.
  {
    row: 'P16',
    agencyId: 'ubnd-phu-yen',
    month: 'history',
    indicators: { CT10: { input1: 40, input2: 36 } },
  },
  { row: 'P16', agencyId: 'ubnd-phu-yen', month: 'month', indicators: { CT10: { input1: 40, input2: 40 } } },
  // A count of houses completed that went down since June (38 after 40): stopped.
  {
    row: 'S6, S7',
    agencyId: 'ubnd-yen-chau',
    month: 'history',
    indicators: { CT10: { input1: 50, input2: 40 } },
  },
  {
    row: 'S6, S7',
    agencyId: 'ubnd-yen-chau',
    month: 'month',
    indicators: { CT10: { input1: 50, input2: 38, notes: 'Một số nhà đang hoàn thiện.' } },
  },
  // No unnecessary business conditions were found: the share abolished does not apply.
  { row: 'P21', agencyId: 'so-tu-phap', month: 'history', indicators: { CT05: { input1: 0, input2: 0 } } },
  { row: 'P21', agencyId: 'so-tu-phap', month: 'month', indicators: { CT05: { input1: 0, input2: 0 } } },
  // An input left blank.
  { row: 'P20', agencyId: 'so-cong-thuong', month: 'month', indicators: { CT04: { input1: null } } },
  // A year estimate typed as a fraction.
  { row: 'F7, S3', agencyId: 'so-khcn', month: 'month', indicators: { CT09: { yearEstimate: 0.98 } } },
  // A report dated a week before it was sent.
  { row: 'D7', agencyId: 'so-y-te', month: 'month', reportDate: '2025-07-10' },
  // A task done after its deadline of 31/05 (NV7.6), and one reported done without its date.
  {
    row: 'T2',
    agencyId: 'so-dt-tg',
    month: 'month',
    tasks: {
      'NV7.6': {
        status: 'Hoàn thành',
        percent: 100,
        results: 'Đã hoàn thành xóa nhà tạm.',
        completedOn: '2025-06-20',
      },
    },
  },
  {
    row: 'T6',
    agencyId: 'so-xay-dung',
    month: 'month',
    tasks: { 'NV7.6': { status: 'Hoàn thành', percent: 100, results: 'Đã hoàn thành phần việc phối hợp.' } },
  },
];

/** Applies the cases of a month to its files (the agency's own file of that month; a damaged copy is left as is). */
export function applyCases(plan: Plan, files: DemoFile[], month: DemoCase['month']): void {
  for (const c of DEMO_CASES.filter((x) => x.month === month)) {
    if (!plan.agencies.some((a) => a.id === c.agencyId)) continue;
    const file = files.find((f) => f.agencyId === c.agencyId && f.truncateTo === undefined);
    if (!file) continue;
    for (const [id, entry] of Object.entries(c.indicators ?? {}))
      if (file.fill.indicators[id]) file.fill.indicators[id] = { ...file.fill.indicators[id], ...entry };
    // A task's case is all the agency typed on its row (a date left out stays out).
    for (const [id, entry] of Object.entries(c.tasks ?? {}))
      if (file.fill.tasks[id]) file.fill.tasks[id] = { ...entry };
    if (c.reportDate) file.fill.reportDate = c.reportDate;
  }
}
