/** "Nhật ký": every input file's fate (merged, superseded, duplicate, other period or plan, rejected) and the totals. */
import type { CellSpec, SheetSpec } from '../../sheet/spec';
import { isoToSerial, localDateTimeVi } from '../../text/dates';
import { CONSOLIDATED_SHEETS, FILE_STATUS_TEXT } from '../labels';
import { tableSheet, type TableColumn } from '../tableSheet';
import type { FileEntry } from '../types';
import type { SheetContext } from './context';

/** When and by what the workbook was made (shown on the log, never used for decisions). */
export interface LogOptions {
  generatedAt: string;
  generator: string;
}

function columns(x: SheetContext): TableColumn<FileEntry>[] {
  return [
    { key: 'file', header: 'Tệp', width: 30, kind: 'userText', value: (f) => f.fileName },
    { key: 'sha256', header: 'SHA-256', width: 20, kind: 'text', value: (f) => f.sha256 },
    { key: 'size', header: 'Kích thước (byte)', width: 11, kind: 'integer', value: (f) => f.size },
    {
      key: 'status',
      header: 'Kết quả',
      width: 14,
      kind: 'text',
      value: (f) => FILE_STATUS_TEXT[f.status],
      colours: [
        [FILE_STATUS_TEXT.merged, 'statusMet'],
        [FILE_STATUS_TEXT.superseded, 'statusNone'],
        [FILE_STATUS_TEXT.duplicate, 'statusNone'],
        [FILE_STATUS_TEXT.otherPeriod, 'statusNear'],
        [FILE_STATUS_TEXT.otherPlan, 'statusNear'],
        [FILE_STATUS_TEXT.rejected, 'statusMissed'],
      ],
    },
    {
      key: 'reason',
      header: 'Lý do',
      width: 60,
      kind: 'userText',
      value: (f) => (f.reason ? x.describe(f.reason) : ''),
    },
    {
      key: 'agencyId',
      header: 'Cơ quan',
      width: 28,
      kind: 'text',
      value: (f) => (f.agencyId ? x.agencyName(f.agencyId) : ''),
    },
    { key: 'period', header: 'Kỳ', width: 9, kind: 'text', value: (f) => f.period ?? '' },
    {
      key: 'savedAt',
      header: 'Ngày lưu',
      width: 18,
      kind: 'text',
      value: (f) => (f.savedAt ? localDateTimeVi(f.savedAt) : ''),
    },
    {
      key: 'reportDate',
      header: 'Ngày báo cáo',
      width: 12,
      kind: 'date',
      value: (f) => (f.reportDate ? isoToSerial(f.reportDate) : null),
    },
    { key: 'rowsRead', header: 'Dòng đọc', width: 8, kind: 'integer', value: (f) => f.rows.read },
    { key: 'rowsMerged', header: 'Dòng tổng hợp', width: 9, kind: 'integer', value: (f) => f.rows.merged },
    { key: 'rowsRejected', header: 'Dòng loại', width: 8, kind: 'integer', value: (f) => f.rows.rejected },
    { key: 'errors', header: 'Lỗi', width: 6, kind: 'integer', value: (f) => f.errors },
    { key: 'warnings', header: 'Cảnh báo', width: 8, kind: 'integer', value: (f) => f.warnings },
  ];
}

/** The log's subtitle: plan, period, when and by what, and the totals that must add up. */
function summary(x: SheetContext, options: LogOptions): string {
  const a = x.c.accounting;
  return (
    `${x.plan.title} (mã kế hoạch ${x.c.planHash}) — kỳ ${x.monthLabel} — lập lúc ${localDateTimeVi(options.generatedAt)} ` +
    `(giờ Việt Nam) bởi ${options.generator}. ` +
    `Tệp: ${a.files.total} (tổng hợp ${a.files.merged}, thay thế ${a.files.superseded}, trùng ${a.files.duplicate}, ` +
    `khác kỳ ${a.files.otherPeriod}, khác kế hoạch ${a.files.otherPlan}, từ chối ${a.files.rejected}). ` +
    `Dòng đọc ${a.rows.read} = tổng hợp ${a.rows.merged} + loại ${a.rows.rejected}.`
  );
}

/** Builds the sheet. Build it last: its note counts the agency text every other sheet neutralised or cut. */
export function logSheet(x: SheetContext, options: LogOptions): SheetSpec {
  const sheet = tableSheet({
    name: CONSOLIDATED_SHEETS.log,
    title: 'NHẬT KÝ TỔNG HỢP',
    subtitle: summary(x, options),
    tableName: 'NhatKy',
    safety: x.safety,
    pageNote: x.pageNote,
    rows: x.c.files,
    columns: columns(x),
  });
  const note: CellSpec = {
    v: `Văn bản của cơ quan ghi dạng chữ để không thành công thức: ${x.safety.neutralised}; văn bản bị cắt do quá dài: ${x.safety.truncated}.`,
    s: 'note',
  };
  sheet.cells.push([], [note]);
  return sheet;
}
