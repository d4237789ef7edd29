/** The words a Vietnamese reader sees for each verdict (cells, conditional formats, summaries). */
import type { ForecastStatus, ProgressStatus } from './types';
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
