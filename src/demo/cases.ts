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

/**
 * The cases, in the order of docs/verdicts.md. The month is July 2025, reported by the communes and wards; the month
 * before, June, by the districts (docs/plan.md): a case that needs one agency's own history is given to a provincial
 * department, which reports both months.
 */
export const DEMO_CASES: readonly DemoCase[] = [
  // Budget revenue already above the annual target (4.500 bn, the People's Council's plan), with an estimate below
  // what is collected.
  {
    row: 'P11, F5, S4',
    agencyId: 'so-tai-chinh',
    month: 'month',
    indicators: { CT02: { actual: 4612.4, yearEstimate: 4580, notes: '' } },
  },
  // Disbursement 48 % when the milestone of 30/06 (50 %) falls in July's data window (40 % in June).
  {
    row: 'P9',
    agencyId: 'so-nn-mt',
    month: 'history',
    indicators: { CT08: { inputs: { allocatedCapital: 250, disbursedCapital: 100 } } },
  },
  {
    row: 'P9',
    agencyId: 'so-nn-mt',
    month: 'month',
    indicators: {
      CT08: {
        inputs: { allocatedCapital: 250, disbursedCapital: 120 },
        yearEstimate: 96,
        notes: 'Một số dự án chậm giải phóng mặt bằng.',
      },
    },
  },
  // Temporary houses: 100 % due by 31/05. A district at 90 % in June; in July the commune formed on its area, with no
  // June of its own, is at 88 %: missed, because it is still below the milestone today (P13), and owes an
  // explanation (E1). (P12, a milestone missed in its month staying missed, needs one agency's own history across a
  // passed milestone; the consolidation tests show it.)
  {
    row: 'P13',
    agencyId: 'ubnd-thuan-chau',
    month: 'history',
    indicators: { CT10: { inputs: { housesPlanned: 50, housesCompleted: 45 } } },
  },
  {
    row: 'P13, E1',
    agencyId: 'ubnd-xa-thuan-chau',
    month: 'month',
    indicators: {
      CT10: { inputs: { housesPlanned: 50, housesCompleted: 44 }, yearEstimate: 100, notes: '' },
    },
  },
  // A commune that finished its houses: met against the annual target, the missed milestone is over.
  {
    row: 'P16',
    agencyId: 'ubnd-xa-phu-yen',
    month: 'month',
    indicators: { CT10: { inputs: { housesPlanned: 40, housesCompleted: 40 } } },
  },
  // Capital disbursed that went down since June (76 after 80): stopped at its cell.
  {
    row: 'S7',
    agencyId: 'so-vhttdl',
    month: 'history',
    indicators: { CT08: { inputs: { allocatedCapital: 200, disbursedCapital: 80 } } },
  },
  {
    row: 'S7',
    agencyId: 'so-vhttdl',
    month: 'month',
    indicators: {
      CT08: {
        inputs: { allocatedCapital: 200, disbursedCapital: 76 },
        notes: 'Đang rà soát số liệu giải ngân.',
      },
    },
  },
  // No unnecessary business conditions were found: the share abolished does not apply.
  {
    row: 'P21',
    agencyId: 'so-tu-phap',
    month: 'history',
    indicators: { CT05: { inputs: { unnecessaryConditions: 0, abolishedConditions: 0 } } },
  },
  {
    row: 'P21',
    agencyId: 'so-tu-phap',
    month: 'month',
    indicators: { CT05: { inputs: { unnecessaryConditions: 0, abolishedConditions: 0 } } },
  },
  // An input left blank.
  {
    row: 'P20',
    agencyId: 'so-cong-thuong',
    month: 'month',
    indicators: { CT04: { inputs: { eligibleProcedures: null } } },
  },
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
    for (const [id, entry] of Object.entries(c.indicators ?? {})) {
      const typed = file.fill.indicators[id];
      if (typed)
        file.fill.indicators[id] = { ...typed, ...entry, inputs: { ...typed.inputs, ...entry.inputs } };
    }
    // A task's case is all the agency typed on its row (a date left out stays out).
    for (const [id, entry] of Object.entries(c.tasks ?? {}))
      if (file.fill.tasks[id]) file.fill.tasks[id] = { ...entry };
    if (c.reportDate) file.fill.reportDate = c.reportDate;
  }
}
