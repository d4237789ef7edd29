/** The words a Vietnamese reader sees for each verdict (cells, conditional formats, summaries). */
import { formatDateVi } from '../text/dates';
import { formatNumberVi } from '../text/numbers';
import type { ForecastStatus, ForecastVerdict, ProgressStatus, Reference } from './types';
import type { ProvinceTaskClass } from './tasks';

/** Progress to date, as written in cells. */
export const PROGRESS_TEXT: Record<ProgressStatus, string> = {
  met: 'Đạt',
  near: 'Gần đạt',
  missed: 'Chưa đạt',
  notDue: 'Chưa đến mốc đánh giá',
  missing: 'Chưa có số liệu',
  invalid: 'Số liệu lỗi, chưa đánh giá',
  notApplicable: 'Không áp dụng',
};

/** The year-end forecast, worded as a forecast. */
export const FORECAST_TEXT: Record<ForecastStatus, string> = {
  met: 'Ước đạt',
  near: 'Ước gần đạt',
  missed: 'Khó đạt',
  missing: 'Chưa có số ước',
  invalid: 'Số liệu lỗi, chưa đánh giá',
};

/** The official task classes. */
export const TASK_CLASS_TEXT: Record<ProvinceTaskClass, string> = {
  doneOnTime: 'Đã hoàn thành đúng hạn',
  doneLate: 'Đã hoàn thành nhưng quá hạn',
  doneUndated: 'Đã hoàn thành, chưa rõ ngày hoàn thành',
  inProgress: 'Chưa hoàn thành, còn trong hạn',
  overdue: 'Chưa hoàn thành, đã quá hạn',
  missing: 'Chưa có báo cáo của cơ quan chủ trì',
};

/** The official task classes in the order a report lists them. */
export const TASK_CLASS_ORDER: readonly ProvinceTaskClass[] = [
  'doneOnTime',
  'doneLate',
  'doneUndated',
  'inProgress',
  'overdue',
  'missing',
];

/** What a progress verdict was judged against, in words with its value: "Mốc 30/06/2025: 50", "Kế hoạch năm: 4.305". */
export function referenceText(against: Reference | null): string {
  if (!against) return '';
  const value = formatNumberVi(against.value);
  if (against.kind === 'annual') return `Kế hoạch năm: ${value}`;
  const date = formatDateVi(against.date);
  return against.kind === 'milestone' ? `Mốc ${date}: ${value}` : `Mốc ${date} (đã qua): ${value}`;
}

/** What a forecast rests on, in words: the estimate, or an actual that already meets the target. */
export function forecastBasisText(forecast: ForecastVerdict): string {
  if (forecast.basis === 'actual') return 'Đã đạt kế hoạch năm theo số thực hiện';
  return forecast.basis === 'yearEstimate'
    ? `Ước cả năm so với kế hoạch năm: ${formatNumberVi(forecast.target)}`
    : '';
}
