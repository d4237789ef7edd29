/** The consolidated workbook as SheetSpecs: overview with a chart, per-agency values with provenance, submissions, issues, data, log. */
import { issueMessage } from '../../i18n';
import { periodInfo } from '../plan/period';
import type { Plan } from '../plan/schema';
import type { CellSpec, SheetSpec, WorkbookSpec } from '../sheet/spec';
import { isoToSerial, formatDateVi } from '../text/dates';
import { textSafety, type TextSafety } from '../text/safeText';
import { STATUS_TEXT, OVERDUE_TEXT } from '../template/model';
import { STYLES } from '../template/styles';
import { ROLE_TEXT } from '../template/tasksSheet';
import { actualCells, DATA_STATUS_TEXT } from './data';
import {
  CONSOLIDATED_SHEETS,
  CONSOLIDATION_FORMAT,
  FILE_STATUS_TEXT,
  measureText,
  SEVERITY_TEXT,
  SUBMISSION_TEXT,
} from './labels';
import { overviewSheet } from './overviewSheet';
import { tableSheet, type StatusColours } from './tableSheet';
import type { Consolidation, DataRow } from './types';

const STATUS_COLOURS: [string, string][] = [
  [STATUS_TEXT.met, 'statusMet'],
  [STATUS_TEXT.near, 'statusNear'],
  [STATUS_TEXT.missed, 'statusMissed'],
  [DATA_STATUS_TEXT.invalid, 'statusMissed'],
  [DATA_STATUS_TEXT.missing, 'statusNone'],
];

/** Options for the workbook: when it was made (shown, not used for decisions) and by what. */
export interface ConsolidationWorkbookOptions {
  generatedAt: string;
  generator: string;
  /** Data rows to show in "Dữ liệu": this period's plus earlier months kept from a previous workbook. */
  data?: readonly DataRow[];
}

/** Builds the workbook; also returns how much agency text had to be neutralised or cut (for the log). */
export function consolidationWorkbook(
  plan: Plan,
  c: Consolidation,
  options: ConsolidationWorkbookOptions,
): { workbook: WorkbookSpec; safety: TextSafety } {
  const safety = textSafety();
  const info = periodInfo(plan, c.period);
  const monthLabel = info ? `tháng ${info.month}/${info.year}` : c.period;
  const subtitle = `${plan.title} — kỳ ${monthLabel}`;
  const indName = new Map(plan.indicators.map((i) => [i.id, i]));
  const taskTitle = new Map(plan.tasks.map((t) => [t.id, t.title]));
  const colours = (column: number, words: [string, string][] = STATUS_COLOURS): StatusColours => [
    { column, words },
  ];

  const values = tableSheet({
    name: CONSOLIDATED_SHEETS.values,
    title: `SỐ LIỆU CHỈ TIÊU THEO CƠ QUAN — ${monthLabel.toUpperCase()}`,
    subtitle,
    tableName: 'ChiTieuCoQuan',
    safety,
    rows: c.values,
    colours: colours(10),
    columns: [
      { header: 'Mã cơ quan', width: 16, kind: 'text', value: (v) => v.agencyId },
      { header: 'Cơ quan', width: 30, kind: 'text', value: (v) => v.agencyName },
      { header: 'Mã chỉ tiêu', width: 10, kind: 'text', value: (v) => v.indicatorId },
      {
        header: 'Chỉ tiêu',
        width: 40,
        kind: 'text',
        value: (v) => indName.get(v.indicatorId)?.name ?? v.indicatorId,
      },
      { header: 'Đơn vị', width: 9, kind: 'text', value: (v) => indName.get(v.indicatorId)?.unit ?? '' },
      { header: 'Thực hiện', width: 12, kind: 'number', value: (v) => v.actual },
      { header: 'Ước cả năm', width: 12, kind: 'number', value: (v) => v.yearEstimate },
      { header: 'Giá trị đánh giá', width: 12, kind: 'number', value: (v) => v.judged },
      { header: 'Mốc áp dụng', width: 12, kind: 'number', value: (v) => v.checkpoint },
      { header: 'Chênh lệch', width: 11, kind: 'number', value: (v) => v.gap },
      { header: 'Đánh giá', width: 14, kind: 'text', value: (v) => DATA_STATUS_TEXT[v.status] },
      {
        header: 'Số liệu đầu vào',
        width: 28,
        kind: 'text',
        value: (v) =>
          Object.entries(v.inputs)
            .map(([k, n]) => `${k} = ${n ?? '—'}`)
            .join('; '),
      },
      { header: 'Ghi chú, giải trình', width: 40, kind: 'userText', value: (v) => v.notes },
      { header: 'Tệp', width: 28, kind: 'userText', value: (v) => v.fileName },
      { header: 'Trang', width: 14, kind: 'userText', value: (v) => v.sheet },
      { header: 'Ô', width: 12, kind: 'text', value: (v) => actualCells(v.cells) },
    ],
  });

  const tasks = tableSheet({
    name: CONSOLIDATED_SHEETS.tasks,
    title: `TÌNH HÌNH THỰC HIỆN NHIỆM VỤ THEO CƠ QUAN — ${monthLabel.toUpperCase()}`,
    subtitle,
    tableName: 'NhiemVuCoQuan',
    safety,
    rows: c.tasks,
    colours: [
      {
        column: 5,
        words: [
          ['Hoàn thành', 'statusMet'],
          ['Đang triển khai', 'statusInfo'],
          ['Chậm tiến độ', 'statusMissed'],
          ['Chưa triển khai', 'statusNone'],
        ],
      },
      { column: 7, words: [[OVERDUE_TEXT, 'statusMissed']] },
    ],
    columns: [
      { header: 'Mã cơ quan', width: 16, kind: 'text', value: (t) => t.agencyId },
      { header: 'Cơ quan', width: 28, kind: 'text', value: (t) => t.agencyName },
      { header: 'Mã nhiệm vụ', width: 10, kind: 'text', value: (t) => t.taskId },
      { header: 'Nhiệm vụ', width: 45, kind: 'text', value: (t) => taskTitle.get(t.taskId) ?? t.taskId },
      { header: 'Vai trò', width: 10, kind: 'text', value: (t) => ROLE_TEXT[t.role] },
      { header: 'Tình hình thực hiện', width: 16, kind: 'text', value: (t) => t.status ?? 'Chưa báo cáo' },
      { header: '% hoàn thành', width: 10, kind: 'percent', value: (t) => t.percent },
      { header: 'Cảnh báo', width: 10, kind: 'text', value: (t) => (t.overdue ? OVERDUE_TEXT : '') },
      { header: 'Kết quả, khó khăn', width: 50, kind: 'userText', value: (t) => t.results },
      { header: 'Kiến nghị', width: 35, kind: 'userText', value: (t) => t.proposals },
      { header: 'Tệp', width: 26, kind: 'userText', value: (t) => t.fileName },
      { header: 'Trang', width: 12, kind: 'userText', value: (t) => t.sheet },
      { header: 'Dòng', width: 7, kind: 'integer', value: (t) => t.row },
    ],
  });

  const submissions = tableSheet({
    name: CONSOLIDATED_SHEETS.submissions,
    title: `TÌNH HÌNH NỘP BÁO CÁO — ${monthLabel.toUpperCase()}`,
    subtitle: info ? `Hạn nộp: ${formatDateVi(info.dueDate)}` : subtitle,
    tableName: 'TinhHinhNop',
    safety,
    rows: c.submissions,
    colours: colours(2, [
      [SUBMISSION_TEXT.submitted, 'statusMet'],
      [SUBMISSION_TEXT.late, 'statusNear'],
      [SUBMISSION_TEXT.missing, 'statusMissed'],
    ]),
    columns: [
      { header: 'Mã cơ quan', width: 16, kind: 'text', value: (s) => s.agencyId },
      { header: 'Cơ quan', width: 32, kind: 'text', value: (s) => s.agencyName },
      { header: 'Tình trạng', width: 12, kind: 'text', value: (s) => SUBMISSION_TEXT[s.status] },
      {
        header: 'Ngày báo cáo',
        width: 12,
        kind: 'date',
        value: (s) => (s.date ? isoToSerial(s.date) : null),
      },
      {
        header: 'Số ngày muộn',
        width: 9,
        kind: 'integer',
        value: (s) => (s.status === 'missing' ? null : s.daysLate),
      },
      { header: 'Mức đầy đủ (%)', width: 10, kind: 'percent', value: (s) => s.completeness },
      {
        header: 'Số lỗi',
        width: 8,
        kind: 'integer',
        value: (s) => (s.status === 'missing' ? null : s.errors),
      },
      {
        header: 'Số cảnh báo',
        width: 9,
        kind: 'integer',
        value: (s) => (s.status === 'missing' ? null : s.warnings),
      },
      { header: 'Người lập biểu', width: 22, kind: 'userText', value: (s) => s.preparer ?? '' },
      { header: 'Điện thoại', width: 14, kind: 'userText', value: (s) => s.phone ?? '' },
      { header: 'Tệp được dùng', width: 30, kind: 'userText', value: (s) => s.fileName ?? '' },
      { header: 'Phải nộp', width: 8, kind: 'text', value: (s) => (s.expected ? 'Có' : 'Không') },
    ],
  });

  const issues = tableSheet({
    name: CONSOLIDATED_SHEETS.issues,
    title: `CÁC VẤN ĐỀ PHÁT HIỆN KHI KIỂM TRA — ${monthLabel.toUpperCase()}`,
    subtitle: `${c.issues.length} vấn đề`,
    tableName: 'VanDe',
    safety,
    rows: c.issues,
    colours: colours(0, [
      [SEVERITY_TEXT.error, 'statusMissed'],
      [SEVERITY_TEXT.warning, 'statusNear'],
      [SEVERITY_TEXT.info, 'statusInfo'],
    ]),
    columns: [
      { header: 'Mức độ', width: 10, kind: 'text', value: (i) => SEVERITY_TEXT[i.severity] },
      { header: 'Mã', width: 22, kind: 'text', value: (i) => i.code },
      { header: 'Nội dung', width: 70, kind: 'userText', value: (i) => issueMessage(i, 'vi') },
      { header: 'Tệp', width: 28, kind: 'userText', value: (i) => i.file ?? '' },
      { header: 'Trang', width: 14, kind: 'userText', value: (i) => i.sheet ?? '' },
      { header: 'Ô', width: 10, kind: 'text', value: (i) => i.cell ?? '' },
      { header: 'Đối tượng', width: 14, kind: 'userText', value: (i) => i.subject ?? '' },
      { header: 'Giá trị thấy', width: 18, kind: 'userText', value: (i) => scalarText(i.found) },
      { header: 'Giá trị đúng', width: 18, kind: 'userText', value: (i) => scalarText(i.expected) },
    ],
  });

  const data = tableSheet({
    name: CONSOLIDATED_SHEETS.data,
    title: 'DỮ LIỆU DẠNG DÀI (tích lũy qua các kỳ)',
    subtitle:
      'Mỗi dòng một giá trị: kỳ, cơ quan, chỉ tiêu, loại số liệu — dùng cho lọc, PivotTable, Power BI',
    tableName: 'DuLieu',
    safety,
    rows: options.data ?? c.data,
    columns: dataColumns(),
  });

  const log = logSheet(plan, c, options, safety);
  const overview = overviewSheet(plan, c, monthLabel, subtitle, safety);
  const sheets: SheetSpec[] = [overview, values, tasks, submissions, issues, data, log, stampSheet(plan, c)];
  return {
    workbook: {
      sheets,
      styles: STYLES,
      properties: {
        title: `Tổng hợp báo cáo ${monthLabel}`,
        subject: plan.title,
        creator: options.generator,
        company: plan.issuer,
        created: options.generatedAt,
      },
    },
    safety,
  };
}

/** Columns of the "Dữ liệu" sheet, in order (also what `previousDataRows` reads back; the last is optional). */
export function dataColumns() {
  return [
    { header: 'Kỳ', width: 9, kind: 'text' as const, value: (r: DataRow) => r.period },
    { header: 'Mã cơ quan', width: 16, kind: 'text' as const, value: (r: DataRow) => r.agencyId },
    { header: 'Cơ quan', width: 28, kind: 'text' as const, value: (r: DataRow) => r.agencyName },
    { header: 'Mã chỉ tiêu', width: 10, kind: 'text' as const, value: (r: DataRow) => r.indicatorId },
    { header: 'Chỉ tiêu', width: 40, kind: 'text' as const, value: (r: DataRow) => r.indicatorName },
    {
      header: 'Loại số liệu',
      width: 24,
      kind: 'text' as const,
      value: (r: DataRow) => measureText(r.measure),
    },
    { header: 'Giá trị', width: 14, kind: 'number' as const, value: (r: DataRow) => r.value },
    { header: 'Đơn vị', width: 9, kind: 'text' as const, value: (r: DataRow) => r.unit },
    { header: 'Đánh giá', width: 14, kind: 'text' as const, value: (r: DataRow) => r.status },
    { header: 'Nguồn (tệp!trang!ô)', width: 45, kind: 'userText' as const, value: (r: DataRow) => r.source },
    // Added after the first release: optional when an earlier workbook's data is read back (--into).
    {
      header: 'Ghi chú, giải trình',
      width: 40,
      kind: 'userText' as const,
      value: (r: DataRow) => r.notes,
      optional: true,
    },
  ];
}

function logSheet(
  plan: Plan,
  c: Consolidation,
  options: ConsolidationWorkbookOptions,
  safety: TextSafety,
): SheetSpec {
  const a = c.accounting;
  const sheet = tableSheet({
    name: CONSOLIDATED_SHEETS.log,
    title: 'NHẬT KÝ TỔNG HỢP',
    subtitle:
      `Kế hoạch ${plan.id} (mã ${c.planHash}) — kỳ ${c.period} — lập lúc ${options.generatedAt} bởi ${options.generator}. ` +
      `Tệp: ${a.files.total} (tổng hợp ${a.files.merged}, thay thế ${a.files.superseded}, trùng ${a.files.duplicate}, ` +
      `khác kỳ ${a.files.otherPeriod}, khác kế hoạch ${a.files.otherPlan}, từ chối ${a.files.rejected}). ` +
      `Dòng đọc ${a.rows.read} = tổng hợp ${a.rows.merged} + loại ${a.rows.rejected}.`,
    tableName: 'NhatKy',
    safety,
    rows: c.files,
    colours: colours2(),
    columns: [
      { header: 'Tệp', width: 30, kind: 'userText', value: (f) => f.fileName },
      { header: 'SHA-256', width: 20, kind: 'text', value: (f) => f.sha256 },
      { header: 'Kích thước (byte)', width: 11, kind: 'integer', value: (f) => f.size },
      { header: 'Kết quả', width: 14, kind: 'text', value: (f) => FILE_STATUS_TEXT[f.status] },
      {
        header: 'Lý do',
        width: 60,
        kind: 'userText',
        value: (f) => (f.reason ? issueMessage(f.reason, 'vi') : ''),
      },
      { header: 'Cơ quan', width: 16, kind: 'text', value: (f) => f.agencyId ?? '' },
      { header: 'Kỳ', width: 9, kind: 'text', value: (f) => f.period ?? '' },
      { header: 'Ngày lưu', width: 18, kind: 'text', value: (f) => f.savedAt ?? '' },
      {
        header: 'Ngày báo cáo',
        width: 12,
        kind: 'date',
        value: (f) => (f.reportDate ? isoToSerial(f.reportDate) : null),
      },
      { header: 'Dòng đọc', width: 8, kind: 'integer', value: (f) => f.rows.read },
      { header: 'Dòng tổng hợp', width: 9, kind: 'integer', value: (f) => f.rows.merged },
      { header: 'Dòng loại', width: 8, kind: 'integer', value: (f) => f.rows.rejected },
      { header: 'Lỗi', width: 6, kind: 'integer', value: (f) => f.errors },
      { header: 'Cảnh báo', width: 8, kind: 'integer', value: (f) => f.warnings },
    ],
  });
  // The safety counts are final only after every other sheet was built; the caller builds the log last.
  const note: CellSpec = {
    v: `Văn bản của cơ quan ghi dạng chữ để không thành công thức: ${safety.neutralised}; văn bản bị cắt do quá dài: ${safety.truncated}.`,
    s: 'note',
  };
  sheet.cells.push([], [note]);
  return sheet;
}

function colours2(): StatusColours {
  return [
    {
      column: 3,
      words: [
        [FILE_STATUS_TEXT.merged, 'statusMet'],
        [FILE_STATUS_TEXT.superseded, 'statusNone'],
        [FILE_STATUS_TEXT.duplicate, 'statusNone'],
        [FILE_STATUS_TEXT.otherPeriod, 'statusNear'],
        [FILE_STATUS_TEXT.otherPlan, 'statusNear'],
        [FILE_STATUS_TEXT.rejected, 'statusMissed'],
      ],
    },
  ];
}

function stampSheet(plan: Plan, c: Consolidation): SheetSpec {
  const text = (v: string): CellSpec => ({ v, fmt: '@' });
  return {
    name: CONSOLIDATED_SHEETS.stamp,
    visibility: 'veryHidden',
    cells: [
      [text('format'), text(CONSOLIDATION_FORMAT)],
      [text('planId'), text(plan.id)],
      [text('planHash'), text(c.planHash)],
      [text('period'), text(c.period)],
    ],
    columns: [{ width: 12 }, { width: 30 }],
    merges: [],
    validations: [],
    conditionalFormats: [],
    tables: [],
    charts: [],
  };
}

function scalarText(v: string | number | boolean | null | undefined): string {
  return v === null || v === undefined ? '' : String(v);
}
