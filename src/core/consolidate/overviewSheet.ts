/** The overview sheet: province-wide value of every indicator against its checkpoint, task counts, submissions, a chart. */
import type { Plan } from '../plan/schema';
import { cellAddress } from '../sheet/a1';
import type { CellSpec, SheetSpec } from '../sheet/spec';
import { isoToSerial } from '../text/dates';
import type { TextSafety } from '../text/safeText';
import { DIRECTION_TEXT, OVERDUE_TEXT, STATUS_TEXT, TASK_STATUSES } from '../template/model';
import { FORMATS } from '../template/styles';
import { DATA_STATUS_TEXT } from './data';
import { AGGREGATION_TEXT, CONSOLIDATED_SHEETS } from './labels';
import { tableSheet } from './tableSheet';
import type { Consolidation, ProvinceIndicator } from './types';

/** Builds "Tổng quan": the indicator table (an Excel Table), then task and submission counts, and a bar chart. */
export function overviewSheet(
  plan: Plan,
  c: Consolidation,
  monthLabel: string,
  subtitle: string,
  safety: TextSafety,
): SheetSpec {
  const byId = new Map(plan.indicators.map((i) => [i.id, i]));
  const ind = (p: ProvinceIndicator) => byId.get(p.indicatorId);
  const fmtOf = (p: ProvinceIndicator) => {
    const m = ind(p)?.measure;
    return m === 'count' ? FORMATS.count : m === 'amount' ? FORMATS.amount : FORMATS.percentPoints;
  };
  const sheet = tableSheet({
    name: CONSOLIDATED_SHEETS.overview,
    title: `TỔNG HỢP CHỈ TIÊU KINH TẾ - XÃ HỘI TOÀN TỈNH — ${monthLabel.toUpperCase()}`,
    subtitle,
    tableName: 'TongQuan',
    safety,
    rows: c.indicators,
    tabColor: 'C00000',
    colours: [
      {
        column: 10,
        words: [
          [STATUS_TEXT.met, 'statusMet'],
          [STATUS_TEXT.near, 'statusNear'],
          [STATUS_TEXT.missed, 'statusMissed'],
          [DATA_STATUS_TEXT.missing, 'statusNone'],
        ],
      },
    ],
    columns: [
      { header: 'Mã', width: 7, kind: 'text', value: (p) => p.indicatorId },
      { header: 'Chỉ tiêu', width: 44, kind: 'text', value: (p) => ind(p)?.name ?? p.indicatorId },
      { header: 'Đơn vị', width: 9, kind: 'text', value: (p) => ind(p)?.unit ?? '' },
      {
        header: 'Yêu cầu',
        width: 8,
        kind: 'text',
        value: (p) => DIRECTION_TEXT[ind(p)?.direction ?? 'atLeast'],
      },
      { header: 'Giá trị toàn tỉnh', width: 13, kind: 'number', value: (p) => p.actual },
      { header: 'Ước cả năm', width: 12, kind: 'number', value: (p) => p.yearEstimate },
      { header: 'Mốc áp dụng', width: 12, kind: 'number', value: (p) => p.checkpoint.value },
      { header: 'Hạn mốc', width: 11, kind: 'date', value: (p) => isoToSerial(p.checkpoint.date) },
      { header: 'Kế hoạch năm', width: 12, kind: 'number', value: (p) => ind(p)?.target ?? null },
      { header: '% so với mốc', width: 10, kind: 'percent', value: (p) => p.percentOfCheckpoint },
      { header: 'Đánh giá', width: 14, kind: 'text', value: (p) => DATA_STATUS_TEXT[p.status] },
      { header: 'Cơ quan báo cáo', width: 10, kind: 'integer', value: (p) => p.reporting },
      { header: 'Phải báo cáo', width: 10, kind: 'integer', value: (p) => p.expected },
      { header: 'Cách tổng hợp', width: 22, kind: 'text', value: (p) => AGGREGATION_TEXT[p.aggregation] },
    ],
  });
  // Number formats by indicator measure (a count is not shown with a decimal).
  const firstData = 4;
  c.indicators.forEach((p, i) => {
    const row = sheet.cells[firstData + i];
    for (const col of [4, 5, 6, 8]) {
      const cell = row?.[col];
      if (cell && typeof cell.v === 'number') cell.fmt = fmtOf(p);
    }
  });
  const tableEnd = firstData + Math.max(c.indicators.length, 1);

  const counts: (CellSpec | null)[][] = [
    [],
    [{ v: 'NHIỆM VỤ (số lượt báo cáo của các cơ quan)', s: 'section' }],
    ...[...TASK_STATUSES, 'missing' as const].map((s) => [
      { v: s === 'missing' ? 'Chưa báo cáo' : s, s: 'cell' },
      { v: c.taskCounts[s], s: 'cellNumber', fmt: FORMATS.count },
    ]),
    [
      { v: OVERDUE_TEXT, s: 'cell' },
      { v: c.taskCounts.overdue, s: 'cellNumber', fmt: FORMATS.count },
    ],
    [],
    [{ v: 'NỘP BÁO CÁO', s: 'section' }],
    ...(
      [
        ['Phải nộp', c.submissions.filter((s) => s.expected).length],
        ['Đã nộp đúng hạn', c.submissions.filter((s) => s.status === 'submitted').length],
        ['Nộp muộn', c.submissions.filter((s) => s.status === 'late').length],
        ['Chưa nộp', c.submissions.filter((s) => s.status === 'missing').length],
        ['Tệp bị từ chối', c.accounting.files.rejected],
      ] as const
    ).map(([label, n]) => [
      { v: label, s: 'cell' },
      { v: n, s: 'cellNumber', fmt: FORMATS.count },
    ]),
  ];
  sheet.cells.push(...counts);

  const chartTop = sheet.cells.length + 1;
  sheet.charts.push({
    title: '% so với mốc áp dụng (toàn tỉnh)',
    seriesName: '% so với mốc',
    categories: `A${firstData + 1}:A${tableEnd}`,
    values: `J${firstData + 1}:J${tableEnd}`,
    from: cellAddress(chartTop, 0),
    to: cellAddress(chartTop + 18, 9),
  });
  return sheet;
}
