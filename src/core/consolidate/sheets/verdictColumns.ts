/**
 * The verdict columns every consolidated table shows alike (the province's overview, the agencies' values, the
 * trends): percent of the annual target, the progress verdict, what it was judged against, the year-end forecast.
 * Each takes the row's verdict, so one wording and one colouring serve all sheets.
 */
import { FORECAST_COLOURS, PROGRESS_COLOURS } from '../../template/styles';
import type { ForecastVerdict, ProgressVerdict } from '../../verdict';
import { FORECAST_TEXT, PROGRESS_TEXT, referenceText } from '../../verdict/words';
import type { TableColumn } from '../tableSheet';

/** "% kế hoạch năm": the value against the annual target. */
export function percentOfAnnualColumn<R>(
  progress: (row: R) => ProgressVerdict,
): TableColumn<R, 'percentOfAnnual'> {
  return {
    key: 'percentOfAnnual',
    header: '% kế hoạch năm',
    width: 10,
    kind: 'percent',
    value: (r) => progress(r).percentOfAnnual,
  };
}

/** "Đánh giá tiến độ": the progress verdict in words, coloured by verdict. */
export function progressColumn<R>(progress: (row: R) => ProgressVerdict): TableColumn<R, 'progress'> {
  return {
    key: 'progress',
    header: 'Đánh giá tiến độ',
    width: 16,
    kind: 'text',
    value: (r) => PROGRESS_TEXT[progress(r).status],
    colours: PROGRESS_COLOURS,
  };
}

/** "So với": the milestone or target the progress verdict was judged against; `print: false` keeps it off paper. */
export function againstColumn<R>(
  progress: (row: R) => ProgressVerdict,
  print?: false,
): TableColumn<R, 'against'> {
  return {
    key: 'against',
    header: 'So với',
    width: 22,
    kind: 'text',
    ...(print === false ? { print } : {}),
    value: (r) => referenceText(progress(r).against),
  };
}

/** "Dự báo cả năm": the year-end forecast in words, coloured by verdict. */
export function forecastColumn<R>(forecast: (row: R) => ForecastVerdict): TableColumn<R, 'forecast'> {
  return {
    key: 'forecast',
    header: 'Dự báo cả năm',
    width: 14,
    kind: 'text',
    value: (r) => FORECAST_TEXT[forecast(r).status],
    colours: FORECAST_COLOURS,
  };
}
