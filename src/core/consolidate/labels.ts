/** Vietnamese words the consolidated workbook shows for statuses, file outcomes and measures. */
import type { ReceivedSource } from '../verdict';
import type { Aggregation, Indicator } from '../plan/schema';
import type { Severity } from '../issues/codes';
import { CONSOLIDATION_STAMP_SHEET } from '../stamps/consolidation';
import { RECORDS_SHEET } from './sheets/records';
import type { FileStatus, SubmissionStatus } from './types';

/** Submission status words. */
export const SUBMISSION_TEXT: Record<SubmissionStatus['status'], string> = {
  submitted: 'Đã nộp',
  late: 'Nộp muộn',
  missing: 'Chưa nộp',
};

/** Where a received date came from, as the submissions sheet says it. */
export const RECEIVED_SOURCE_TEXT: Record<ReceivedSource, string> = {
  option: 'Nhập khi tổng hợp',
  receiptLog: 'Sổ theo dõi nhận báo cáo',
  confirmed: 'Đã xác nhận',
  fileTime: 'Ngày của tệp nhận được',
  savedDate: 'Ngày lưu tệp',
  reportDate: 'Ngày báo cáo ghi trong tệp',
};

/** File outcome words. */
export const FILE_STATUS_TEXT: Record<FileStatus, string> = {
  merged: 'Đã tổng hợp',
  superseded: 'Bị thay thế',
  duplicate: 'Trùng lặp',
  otherPeriod: 'Khác kỳ',
  otherPlan: 'Khác kế hoạch',
  rejected: 'Bị từ chối',
};

/** Severity words. */
export const SEVERITY_TEXT: Record<Severity, string> = {
  error: 'Lỗi',
  warning: 'Cảnh báo',
  info: 'Thông tin',
};

/** Aggregation rule words. */
export const AGGREGATION_TEXT: Record<Aggregation, string> = {
  lead: 'Số của cơ quan chủ trì',
  sum: 'Tổng các cơ quan',
  ratioOfSums: 'Tính lại từ tổng số liệu thành phần',
};

/** An indicator's inputs by id and by Vietnamese name: an input measure is written in words and read back. */
export interface InputNames {
  nameOf(indicatorId: string, inputId: string): string | undefined;
  idOf(indicatorId: string, name: string): string | undefined;
}

/** The input names of a plan's indicators. */
export function inputNames(indicators: readonly Indicator[]): InputNames {
  const of = (id: string) => indicators.find((i) => i.id === id)?.inputs ?? [];
  return {
    nameOf: (indicatorId, inputId) => of(indicatorId).find((x) => x.id === inputId)?.name,
    idOf: (indicatorId, name) => of(indicatorId).find((x) => x.name === name)?.id,
  };
}

/** Measure code (in DataRow) → the words in the "Dữ liệu" sheet: an input by its Vietnamese name. */
export function measureText(measure: string, indicatorId: string, names?: InputNames): string {
  if (measure === 'actual') return 'Thực hiện';
  if (measure === 'yearEstimate') return 'Ước cả năm';
  if (!measure.startsWith('input:')) return measure;
  const id = measure.slice(6);
  return `Đầu vào: ${names?.nameOf(indicatorId, id) ?? id}`;
}

/**
 * Inverse of measureText; null for words it never writes. Workbooks written before inputs were named in words show
 * the input's id ("Đầu vào: allocatedCapital"), which reads back as it is.
 */
export function measureCode(text: string, indicatorId: string, names?: InputNames): string | null {
  if (text === 'Thực hiện') return 'actual';
  if (text === 'Ước cả năm') return 'yearEstimate';
  const m = /^Đầu vào: (.+)$/.exec(text);
  if (!m?.[1]) return null;
  const id = names?.idOf(indicatorId, m[1].trim());
  if (id) return `input:${id}`;
  return /^[a-z][A-Za-z0-9]*$/.test(m[1]) ? `input:${m[1]}` : null;
}

/** Sheet names of the consolidated workbook. */
export const CONSOLIDATED_SHEETS = {
  overview: 'Tổng quan',
  values: 'Chỉ tiêu theo cơ quan',
  provinceTasks: 'Tiến độ nhiệm vụ',
  tasks: 'Nhiệm vụ theo cơ quan',
  submissions: 'Tình hình nộp',
  issues: 'Vấn đề',
  trends: 'Xu hướng',
  ranking: 'Xếp hạng địa phương',
  data: 'Dữ liệu',
  log: 'Nhật ký',
  stamp: CONSOLIDATION_STAMP_SHEET,
  records: RECORDS_SHEET,
} as const;
