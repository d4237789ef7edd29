/** The plan's sheets and their columns: one definition shared by export and import, so they cannot drift. */

/** How a column's values are written and read. */
export type Kind = 'text' | 'number' | 'integer' | 'boolean' | 'date' | 'list';

/**
 * One column of a plan sheet. An `optional` column may be missing from a workbook (one exported before the column
 * existed): its values are then absent. A `legacy` column is only read, from such workbooks, never written.
 */
export interface Field {
  key: string;
  label: string;
  kind: Kind;
  width: number;
  optional?: true;
  legacy?: true;
}

/** Shorthand for a column definition. */
export const f = (key: string, label: string, kind: Kind, width = 14): Field => ({ key, label, kind, width });

/** A column that older plan workbooks do not have. */
const opt = (key: string, label: string, kind: Kind, width = 14): Field => ({
  ...f(key, label, kind, width),
  optional: true,
});

/** A column only older plan workbooks have: read from them, never written. */
const legacy = (key: string, label: string): Field => ({
  ...f(key, label, 'text'),
  optional: true,
  legacy: true,
});

/** Sheet names and their columns (the header shows "Vietnamese label (key)"; import reads the key). */
export const TABLES = {
  agencies: {
    sheet: 'Cơ quan',
    fields: [
      f('id', 'Mã', 'text', 18),
      f('name', 'Tên', 'text', 40),
      f('nameEn', 'Tên tiếng Anh', 'text', 30),
      f('kind', 'Loại', 'text'),
      f('reportsMonthly', 'Báo cáo tháng', 'boolean'),
      opt('from', 'Hoạt động từ ngày', 'date', 12),
      opt('to', 'Hoạt động đến ngày', 'date', 12),
      opt('replaces', 'Thay cho đơn vị', 'list', 30),
      opt('replacedBy', 'Được thay bởi đơn vị', 'list', 30),
      opt('basis', 'Căn cứ', 'text', 40),
      opt('source', 'Nguồn', 'text', 12),
    ],
  },
  indicators: {
    sheet: 'Chỉ tiêu',
    fields: [
      f('id', 'Mã', 'text', 8),
      f('name', 'Tên chỉ tiêu', 'text', 40),
      f('nameEn', 'Tên tiếng Anh', 'text', 30),
      f('unit', 'Đơn vị', 'text', 9),
      f('measure', 'Loại số đo', 'text', 10),
      f('direction', 'Chiều', 'text', 9),
      f('tolerance', 'Ngưỡng gần đạt', 'number', 10),
      f('target', 'Kế hoạch năm', 'number', 10),
      f('min', 'Nhỏ nhất', 'number', 9),
      f('max', 'Lớn nhất', 'number', 9),
      f('baseline.year', 'Năm gốc', 'integer', 8),
      f('baseline.value', 'Giá trị gốc', 'number', 10),
      f('baseline.source', 'Nguồn số gốc', 'text', 24),
      f('lead', 'Chủ trì', 'text', 16),
      opt('leadInferred', 'Chủ trì: suy luận', 'boolean', 9),
      f('reporters', 'Cơ quan báo cáo', 'list', 30),
      opt('reportersInferred', 'Cơ quan báo cáo: suy luận', 'boolean', 9),
      f('aggregation', 'Cách tổng hợp', 'text', 12),
      f('formula.kind', 'Công thức (vai trò từng đầu vào: trang Đầu vào)', 'text', 12),
      legacy('formula.a', 'Đầu vào A (tử số / trước)'),
      legacy('formula.b', 'Đầu vào B (mẫu số / sau)'),
      f('clause', 'Căn cứ', 'text', 20),
      f('note', 'Ghi chú', 'text', 30),
      f('valueKind', 'Loại số liệu (cumulative: lũy kế; level: thời điểm)', 'text', 12),
    ],
  },
  inputs: {
    sheet: 'Đầu vào',
    fields: [
      f('indicator', 'Mã chỉ tiêu', 'text', 10),
      f('id', 'Mã đầu vào', 'text', 18),
      f('name', 'Tên', 'text', 50),
      f('nameEn', 'Tên tiếng Anh', 'text', 30),
      f('unit', 'Đơn vị', 'text', 10),
      f('min', 'Nhỏ nhất', 'number', 9),
      f('max', 'Lớn nhất', 'number', 9),
      f('integer', 'Số nguyên', 'boolean', 9),
      f('cumulative', 'Lũy kế', 'boolean', 9),
      opt('operand', 'Vai trò trong công thức', 'text', 14),
    ],
  },
  milestones: {
    sheet: 'Mốc',
    fields: [
      f('indicator', 'Mã chỉ tiêu', 'text', 10),
      f('date', 'Ngày', 'date', 12),
      f('value', 'Giá trị', 'number', 10),
      f('label', 'Nội dung', 'text', 50),
      f('labelEn', 'Nội dung tiếng Anh', 'text', 30),
      opt('inferred', 'Suy luận', 'boolean', 9),
    ],
  },
  tasks: {
    sheet: 'Nhiệm vụ',
    fields: [
      f('id', 'Mã', 'text', 8),
      f('kind', 'Loại', 'text', 11),
      f('title', 'Nhiệm vụ', 'text', 50),
      f('titleEn', 'Tiếng Anh', 'text', 30),
      f('lead', 'Chủ trì', 'list', 24),
      opt('leadInferred', 'Chủ trì: suy luận', 'boolean', 9),
      f('collaborators', 'Phối hợp', 'list', 24),
      f('monthly', 'Hằng tháng', 'boolean', 9),
      f('clause', 'Căn cứ', 'text', 18),
    ],
  },
  deadlines: {
    sheet: 'Thời hạn',
    fields: [
      f('task', 'Mã nhiệm vụ', 'text', 10),
      f('date', 'Ngày', 'date', 12),
      f('label', 'Nội dung', 'text', 50),
      f('labelEn', 'Tiếng Anh', 'text', 30),
    ],
  },
  /** One row per amended value; the rows of a version share its date and basis. */
  amendments: {
    sheet: 'Sửa đổi',
    optional: true,
    fields: [
      f('version', 'Phiên bản', 'integer', 9),
      f('date', 'Hiệu lực từ ngày', 'date', 12),
      f('basis', 'Căn cứ sửa đổi', 'text', 40),
      f('indicator', 'Mã chỉ tiêu', 'text', 10),
      f('field', 'Giá trị sửa (target: kế hoạch năm; tolerance: ngưỡng)', 'text', 14),
      f('value', 'Giá trị mới', 'number', 12),
    ],
  },
  sources: {
    sheet: 'Nguồn',
    optional: true,
    fields: [
      f('id', 'Mã', 'text', 12),
      f('title', 'Tên tài liệu', 'text', 40),
      f('publisher', 'Nơi đăng', 'text', 24),
      f('url', 'Địa chỉ', 'text', 40),
      f('date', 'Ngày', 'text', 14),
      f('note', 'Ghi chú', 'text', 40),
    ],
  },
} as const satisfies Record<string, { sheet: string; fields: readonly Field[]; optional?: boolean }>;

/** Name of the general sheet (key/value rows). */
export const GENERAL_SHEET = 'Kế hoạch';
/** The general sheet's rows (key, value, meaning). */
export const GENERAL: Field[] = [
  f('schemaVersion', 'Phiên bản lược đồ', 'integer'),
  f('id', 'Mã kế hoạch', 'text'),
  f('year', 'Năm', 'integer'),
  f('title', 'Tên kế hoạch', 'text'),
  f('titleEn', 'Tên tiếng Anh', 'text'),
  f('issuer', 'Cơ quan ban hành', 'text'),
  f('example', 'Kế hoạch ví dụ (không phải văn bản ban hành)', 'boolean'),
  f('decision.title', 'Tên quyết định', 'text'),
  f('decision.number', 'Số quyết định (để trống nếu văn bản không ghi)', 'text'),
  f('decision.date', 'Ngày quyết định (để trống nếu văn bản không ghi)', 'date'),
  f('decision.source', 'Nguồn văn bản', 'text'),
  f('decision.note', 'Ghi chú về số, ngày', 'text'),
  f('reporting.recipient', 'Cơ quan nhận báo cáo', 'text'),
  f('reporting.dueDay', 'Hạn nộp (ngày trong tháng)', 'integer'),
  f('reporting.dueInclusive', 'Nộp trong ngày hạn vẫn đúng hạn', 'boolean'),
  f('reporting.windowStartDay', 'Số liệu từ ngày (tháng trước)', 'integer'),
  f('reporting.windowEndDay', 'Số liệu đến ngày', 'integer'),
  f('reporting.basis', 'Căn cứ báo cáo', 'text'),
  f('reporting.indicatorsForm', 'Số hiệu biểu chỉ tiêu (mặc định: Biểu số 01/BC-KTXH)', 'text'),
  f('reporting.tasksForm', 'Số hiệu biểu nhiệm vụ (mặc định: Biểu số 02/BC-KTXH)', 'text'),
  f(
    'reporting.commonTasks',
    'Nhiệm vụ giao chung (grouped: gộp một dòng; separate: mỗi nhiệm vụ một dòng)',
    'text',
  ),
];

/** Every sheet of a plan workbook, the general one first (what a reader of the open workbook asks for). */
export const PLAN_SHEETS: readonly string[] = [GENERAL_SHEET, ...Object.values(TABLES).map((t) => t.sheet)];

/** A row of a plan sheet as a plain object (dotted keys nest: "baseline.year"). */
export type Row = Record<string, unknown>;
