/**
 * Width of a line of Times New Roman text, estimated from the glyph widths of Adobe's Times-Roman and Times-Bold
 * font metrics (Core 14 AFM files; Times New Roman and LibreOffice's Liberation Serif share them). Used to size the
 * rules the decree sets relative to a line of text (the motto's rule is as long as the motto). A Vietnamese letter is
 * as wide as its base letter: the marks sit above or below it.
 */

const LOWER_REGULAR = [
  444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500,
  500, 722, 500, 500, 444,
];
const UPPER_REGULAR = [
  722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722,
  722, 944, 722, 722, 611,
];
const LOWER_BOLD = [
  500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556,
  500, 722, 500, 500, 444,
];
const UPPER_BOLD = [
  722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722,
  722, 1000, 722, 722, 667,
];
/** Widths of the other characters a heading line holds, regular / bold (in thousandths of the size). */
const OTHERS: Record<string, readonly [number, number]> = {
  ' ': [250, 250],
  '-': [333, 333],
  ',': [250, 250],
  '.': [250, 250],
  ':': [278, 333],
  '/': [278, 278],
  '(': [333, 333],
  ')': [333, 333],
  '&': [778, 833],
};
const DIGIT = 500;
const UNKNOWN = 500;

/** Width of one character in thousandths of the font size. */
function charWidth(ch: string, bold: boolean): number {
  const base =
    ch === 'đ' ? 'd' : ch === 'Đ' ? 'D' : (ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '')[0] ?? ch);
  const code = base.charCodeAt(0);
  if (code >= 97 && code <= 122) return (bold ? LOWER_BOLD : LOWER_REGULAR)[code - 97] ?? UNKNOWN;
  if (code >= 65 && code <= 90) return (bold ? UPPER_BOLD : UPPER_REGULAR)[code - 65] ?? UNKNOWN;
  if (code >= 48 && code <= 57) return DIGIT;
  const other = OTHERS[base];
  return other ? other[bold ? 1 : 0] : UNKNOWN;
}

/** Estimated printed width, in millimetres, of `text` set in Times New Roman at `sizePt`. */
export function textWidthMm(text: string, sizePt: number, bold = false): number {
  let thousandths = 0;
  for (const ch of text) thousandths += charWidth(ch, bold);
  return ((thousandths / 1000) * sizePt * 25.4) / 72;
}
