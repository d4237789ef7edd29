/** Rule: a near or missed verdict comes with an explanation (docs/verdicts.md, rows E1–E4). */
import { issue } from '../../../issues/issue';
import { needsExplanation } from '../../../verdict';
import { FORECAST_TEXT, PROGRESS_TEXT } from '../../../verdict/words';
import type { IndicatorRow } from '../../indicators/row';
import type { Rule } from '../rule';

/** A warning at the notes cell naming the verdict that needs explaining (progress first). */
export const explanation: Rule<IndicatorRow> = {
  summary: 'A “Gần đạt”, “Chưa đạt” or “Khó đạt” verdict has an explanation in “Ghi chú, giải trình”.',
  codes: ['EXPLANATION_MISSING'],
  check(row) {
    const { progress, forecast } = row.verdicts;
    const notes = row.readings.notes.value ?? '';
    if (!row.has('notes') || !needsExplanation(progress.status, forecast.status, notes)) return [];
    const owed = progress.status === 'near' || progress.status === 'missed';
    const found = owed ? PROGRESS_TEXT[progress.status] : FORECAST_TEXT[forecast.status];
    return [issue('EXPLANATION_MISSING', { ...row.at('notes'), found })];
  },
};
