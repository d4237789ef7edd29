/** "Tình hình nộp": each agency's submission — on time, late or missing — with how complete and clean it is. */
import { dueWords } from '../../plan/period';
import type { SheetSpec } from '../../sheet/spec';
import { isoToSerial } from '../../text/dates';
import { CONSOLIDATED_SHEETS, RECEIVED_SOURCE_TEXT, SUBMISSION_TEXT } from '../labels';
import { tableSheet, type TableColumn } from '../tableSheet';
import type { SubmissionStatus } from '../types';
import type { SheetContext } from './context';

/** A count that means nothing for an agency that sent nothing. */
const unlessMissing = (s: SubmissionStatus, n: number) => (s.status === 'missing' ? null : n);

const COLUMNS: TableColumn<SubmissionStatus>[] = [
  {
    key: 'agencyId',
    header: 'Mã cơ quan',
    width: 16,
    kind: 'text',
    value: (s) => s.agencyId,
    print: 'hidden',
  },
  { key: 'agencyName', header: 'Cơ quan', width: 32, kind: 'text', value: (s) => s.agencyName },
  {
    key: 'status',
    header: 'Tình trạng',
    width: 12,
    kind: 'text',
    value: (s) => SUBMISSION_TEXT[s.status],
    colours: [
      [SUBMISSION_TEXT.submitted, 'statusMet'],
      [SUBMISSION_TEXT.late, 'statusNear'],
      [SUBMISSION_TEXT.missing, 'statusMissed'],
    ],
  },
  {
    key: 'date',
    header: 'Ngày nhận',
    width: 12,
    kind: 'date',
    value: (s) => (s.date ? isoToSerial(s.date) : null),
  },
  {
    key: 'dateSource',
    header: 'Căn cứ ngày nhận',
    width: 20,
    kind: 'text',
    value: (s) => (s.dateSource ? RECEIVED_SOURCE_TEXT[s.dateSource] : ''),
  },
  {
    key: 'reportDate',
    header: 'Ngày báo cáo (cơ quan ghi)',
    width: 12,
    kind: 'date',
    value: (s) => (s.reportDate ? isoToSerial(s.reportDate) : null),
  },
  {
    key: 'daysLate',
    header: 'Số ngày muộn',
    width: 9,
    kind: 'integer',
    value: (s) => unlessMissing(s, s.daysLate),
  },
  { key: 'completeness', header: 'Mức đầy đủ (%)', width: 10, kind: 'percent', value: (s) => s.completeness },
  { key: 'errors', header: 'Số lỗi', width: 8, kind: 'integer', value: (s) => unlessMissing(s, s.errors) },
  {
    key: 'warnings',
    header: 'Số cảnh báo',
    width: 9,
    kind: 'integer',
    value: (s) => unlessMissing(s, s.warnings),
  },
  { key: 'preparer', header: 'Người lập biểu', width: 22, kind: 'userText', value: (s) => s.preparer ?? '' },
  { key: 'phone', header: 'Điện thoại', width: 14, kind: 'userText', value: (s) => s.phone ?? '' },
  { key: 'file', header: 'Tệp được dùng', width: 30, kind: 'userText', value: (s) => s.fileName ?? '' },
  {
    key: 'expected',
    header: 'Phải nộp',
    width: 8,
    kind: 'text',
    value: (s) => (s.expected ? 'Có' : 'Không'),
  },
];

/** Builds the sheet. */
export function submissionsSheet(x: SheetContext): SheetSpec {
  return tableSheet({
    name: CONSOLIDATED_SHEETS.submissions,
    title: `TÌNH HÌNH NỘP BÁO CÁO — ${x.monthLabel.toUpperCase()}`,
    subtitle: x.info ? `Hạn nộp: ${dueWords(x.info)}` : x.subtitle,
    tableName: 'TinhHinhNop',
    safety: x.safety,
    pageNote: x.pageNote,
    rows: x.c.submissions,
    columns: COLUMNS,
  });
}
