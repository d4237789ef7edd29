/**
 * A figure as data becomes blocks any writer can draw (L16): a caption, then either bars made of table cells — each
 * bar spans as many of BAR_STEPS equal columns as its share of the scale, the axis starting at zero — or a plain
 * two-column table. Bars are filled by verdict; the printed value beside each bar carries the meaning in black and
 * white too.
 */
import type { Block, FigureBar, FigureBlock, TableBlock, TableCell, TableRow, Tone } from './document';
import { cell, paragraph, row, run } from './document';
import { SIZES } from './layout';
import { TONE_COLOURS } from '../verdict/tones';

/** Resolution of a bar: it is drawn in steps of 1/BAR_STEPS of the scale. */
export const BAR_STEPS = 20;

/** Fill of a bar by its tone: the verdict colours the consolidated workbook's charts use too. */
export const TONE_FILLS: Readonly<Record<Tone, string>> = TONE_COLOURS;

/** Height of a bar's row (a 12 pt line and its padding) and of the gap between bars, in points. */
const BAR_ROW_PT = 17;
const GAP_ROW_PT = 3;
/** Relative widths of the label, the bar area and the value columns. */
const LABEL_SHARE = 30;
const BAR_SHARE = 55;
const VALUE_SHARE = 15;

/** How many of the BAR_STEPS columns each bar fills: its value over the scale, rounded; nothing at or below zero. */
export function barSteps(figure: FigureBlock): number[] {
  const largest = Math.max(0, ...figure.bars.map((b) => b.value));
  const scale = figure.scaleMax !== undefined && figure.scaleMax > 0 ? figure.scaleMax : largest;
  return figure.bars.map((b) => {
    if (!(scale > 0) || !(b.value > 0)) return 0;
    return Math.min(BAR_STEPS, Math.round((b.value / scale) * BAR_STEPS));
  });
}

/** The cells of one bar's row: label, the filled part, the empty rest, the value. */
function barRow(bar: FigureBar, steps: number, sizePt: number): TableRow {
  const text = (t: string, align: 'left' | 'right'): TableCell =>
    cell([paragraph([run(t, { sizePt })], { align, spaceAfterPt: 0, lineSpacing: 1 })], { vAlign: 'center' });
  const filled: TableCell[] =
    steps > 0 ? [{ content: [], colSpan: steps, fill: TONE_FILLS[bar.tone ?? 'neutral'] }] : [];
  const empty: TableCell[] = steps < BAR_STEPS ? [{ content: [], colSpan: BAR_STEPS - steps }] : [];
  return row([text(bar.label, 'left'), ...filled, ...empty, text(bar.valueText, 'right')], BAR_ROW_PT);
}

/** The bars as a borderless table, a thin gap row between bars. */
function barsTable(figure: FigureBlock): TableBlock {
  const steps = barSteps(figure);
  const sizePt = SIZES.table;
  const gap = row([cell([], { colSpan: BAR_STEPS + 2 })], GAP_ROW_PT);
  const rows = figure.bars.flatMap((bar, i) => [...(i > 0 ? [gap] : []), barRow(bar, steps[i] ?? 0, sizePt)]);
  const columns = [
    LABEL_SHARE,
    ...Array.from({ length: BAR_STEPS }, () => BAR_SHARE / BAR_STEPS),
    VALUE_SHARE,
  ];
  return { kind: 'table', columns, borders: 'none', headerRows: [], rows, sizePt };
}

/** The series as a plain two-column table with a header row. */
function valuesTable(figure: FigureBlock): TableBlock {
  const head = row([
    cell(figure.labelHeader ?? '', { bold: true, align: 'center', vAlign: 'center' }),
    cell(figure.valueHeader ?? '', { bold: true, align: 'center', vAlign: 'center' }),
  ]);
  const rows = figure.bars.map((b) => row([cell(b.label), cell(b.valueText, { align: 'right' })]));
  return { kind: 'table', columns: [70, 30], borders: 'grid', headerRows: [head], rows, sizePt: SIZES.table };
}

/** The blocks a figure is drawn with: its caption (bold, centred, kept with the figure), then its table. */
export function figureBlocks(figure: FigureBlock): Block[] {
  const caption = paragraph([run(figure.caption, { bold: true })], {
    align: 'center',
    spaceBeforePt: 6,
    spaceAfterPt: 6,
    keepWithNext: true,
  });
  return [caption, figure.display === 'bars' ? barsTable(figure) : valuesTable(figure)];
}
