/** The colour a verdict is drawn in — a chart's bar, a figure's bar — the same in the workbook and the report. */
import type { ProgressStatus } from './types';

/** How a bar is coloured: by its verdict, or neutral when there is none. */
export type Tone = 'met' | 'near' | 'missed' | 'neutral';

/** Fill of each tone (the consolidated workbook's verdict colours, darker so they print and show on a chart). */
export const TONE_COLOURS: Readonly<Record<Tone, string>> = {
  met: '70AD47',
  near: 'FFC000',
  missed: 'C00000',
  neutral: '7F7F7F',
};

/** The tone of a progress verdict: met, near or missed; anything not judged is neutral. */
export function progressTone(status: ProgressStatus): Tone {
  return status === 'met' || status === 'near' || status === 'missed' ? status : 'neutral';
}
