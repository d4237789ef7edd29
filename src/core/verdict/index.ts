/** The verdict model (docs/verdicts.md): progress to date and forecast judged apart, slips stopped, tasks classified. */
export * from './types';
export { judgeBand, percentOf, round6, type BandOutcome } from './band';
export { milestoneSchedule, inWindow, type MilestoneSchedule } from './schedule';
export { judgeProgress, type ProgressInput } from './progress';
export { judgeForecast, type ForecastInput } from './forecast';
export {
  isClearFractionSlip,
  fractionAsPoints,
  isEstimateBelowActual,
  isCumulativeDecrease,
} from './plausibility';
export {
  classifyTask,
  provinceTaskClass,
  type TaskClass,
  type ProvinceTaskClass,
  type TaskClassInput,
} from './tasks';
export {
  chooseReceived,
  judgeTimeliness,
  lastOnTimeDate,
  DATES_DIFFER_DAYS,
  RECEIVED_SOURCES,
  type ReceivedDate,
  type ReceivedSource,
  type TimelinessVerdict,
} from './timeliness';
export {
  progressFormula,
  forecastFormula,
  progressRule,
  shownMilestone,
  type VerdictCells,
  type ProgressRule,
} from './formulas';
export { needsExplanation } from './explanation';
export { countVerdicts, type VerdictCounts } from './counts';
export {
  PROGRESS_TEXT,
  FORECAST_TEXT,
  TASK_CLASS_TEXT,
  TASK_CLASS_ORDER,
  referenceText,
  forecastBasisText,
} from './words';
export { progressTone, TONE_COLOURS, type Tone } from './tones';
