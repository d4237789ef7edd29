/** Verdicts in words, in both languages: for the CLI's lines and the pane (the cells use core's Vietnamese words). */
import { formatDateVi } from '../core/text/dates';
import {
  FORECAST_TEXT,
  PROGRESS_TEXT,
  TASK_CLASS_TEXT,
  type ForecastStatus,
  type ForecastVerdict,
  type ProgressStatus,
  type ProgressVerdict,
  type ProvinceTaskClass,
} from '../core/verdict';
import { formatNumber, type Lang } from './index';

const PROGRESS_EN: Record<ProgressStatus, string> = {
  met: 'met',
  near: 'near',
  missed: 'missed',
  notDue: 'not due yet',
  missing: 'no figure',
  invalid: 'figure with an error, not judged',
  notApplicable: 'not applicable',
};

const FORECAST_EN: Record<ForecastStatus, string> = {
  met: 'likely met',
  near: 'likely near',
  missed: 'unlikely to be met',
  missing: 'no estimate',
  invalid: 'estimate with an error, not judged',
};

const TASK_CLASS_EN: Record<ProvinceTaskClass, string> = {
  doneOnTime: 'completed on time',
  doneLate: 'completed late',
  doneUndated: 'completed, date not given',
  inProgress: 'not completed, within deadline',
  overdue: 'not completed, past deadline',
  missing: 'not reported by the lead agency',
};

/** The progress word. */
export function progressWord(status: ProgressStatus, lang: Lang): string {
  return lang === 'vi' ? PROGRESS_TEXT[status] : PROGRESS_EN[status];
}

/** The forecast word. */
export function forecastWord(status: ForecastStatus, lang: Lang): string {
  return lang === 'vi' ? FORECAST_TEXT[status] : FORECAST_EN[status];
}

/** The task class words. */
export function taskClassWord(c: ProvinceTaskClass, lang: Lang): string {
  return lang === 'vi' ? TASK_CLASS_TEXT[c] : TASK_CLASS_EN[c];
}

/**
 * What a progress verdict judged, and against what, without the verdict's word: "7,8 so với kế hoạch năm 8" /
 * "7.8 against the annual target 8"; the share of the annual target when not due; null when nothing was judged.
 */
export function progressBasis(v: ProgressVerdict, lang: Lang): string | null {
  const n = (x: number) => formatNumber(x, lang);
  if (v.value === null) return null;
  if (!v.against)
    return v.percentOfAnnual === null
      ? null
      : lang === 'vi'
        ? `đạt ${n(v.percentOfAnnual)} % kế hoạch năm`
        : `${n(v.percentOfAnnual)} % of the annual target`;
  const date = formatDateVi(v.against.date);
  const against =
    v.against.kind === 'annual'
      ? lang === 'vi'
        ? `kế hoạch năm ${n(v.against.value)}`
        : `the annual target ${n(v.against.value)}`
      : v.against.kind === 'milestone'
        ? lang === 'vi'
          ? `mốc ${date}: ${n(v.against.value)}`
          : `the milestone of ${date}: ${n(v.against.value)}`
        : lang === 'vi'
          ? `mốc ${date} đã qua: ${n(v.against.value)}`
          : `the passed milestone of ${date}: ${n(v.against.value)}`;
  return `${n(v.value)} ${lang === 'vi' ? 'so với' : 'against'} ${against}`;
}

/** What a forecast rests on, without its word: "ước 8,2 so với kế hoạch năm 8", or the actual already at target. */
export function forecastBasis(v: ForecastVerdict, lang: Lang): string | null {
  const n = (x: number) => formatNumber(x, lang);
  if (v.value === null) return null;
  if (v.basis === 'actual')
    return lang === 'vi'
      ? `đã thực hiện ${n(v.value)}, vượt kế hoạch năm ${n(v.target)}`
      : `${n(v.value)} already reached, above the annual target ${n(v.target)}`;
  return lang === 'vi'
    ? `ước ${n(v.value)} so với kế hoạch năm ${n(v.target)}`
    : `estimate ${n(v.value)} against the annual target ${n(v.target)}`;
}

/** "Đạt (7,8 so với kế hoạch năm 8)" / "met (7.8 against the annual target 8)"; the share of the annual target when not due. */
export function progressPhrase(v: ProgressVerdict, lang: Lang): string {
  const basis = progressBasis(v, lang);
  return basis === null ? progressWord(v.status, lang) : `${progressWord(v.status, lang)} (${basis})`;
}

/** "Ước đạt (ước 8,2 so với kế hoạch năm 8)", or on an actual already at target. */
export function forecastPhrase(v: ForecastVerdict, lang: Lang): string {
  const basis = forecastBasis(v, lang);
  return basis === null ? forecastWord(v.status, lang) : `${forecastWord(v.status, lang)} (${basis})`;
}
