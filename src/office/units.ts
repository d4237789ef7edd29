/**
 * Column widths: a SheetSpec gives them in characters (the unit of an .xlsx `<col width>`, which the xlsx writer
 * stores as is), Office.js `RangeFormat.columnWidth` takes points
 * (https://github.com/OfficeDev/office-js/issues/187, "The unit-of-measure for columnWidth is points").
 */

/** Width in pixels of the widest digit of the default font (Calibri or Aptos, 11 pt) at 96 dpi. */
export const MAX_DIGIT_WIDTH_PX = 7;

/** Points per pixel at 96 dpi (72 / 96). */
const POINTS_PER_PIXEL = 0.75;

/**
 * Characters → points the way Excel shows a file's width: pixels = Truncate(((256 * width + Truncate(128 / MDW)) / 256)
 * * MDW) (ECMA-376 Part 1 §18.3.1.13, as Office implements it:
 * https://learn.microsoft.com/openspecs/office_standards/ms-oi29500/727f4736-6cba-40e3-b4d3-ce319885780e), then
 * 0.75 pt per pixel. E.g. 16 characters → 112 px → 84 pt, so the inserted sheet matches the CLI's file.
 */
export function columnWidthPoints(characters: number): number {
  const mdw = MAX_DIGIT_WIDTH_PX;
  const pixels = Math.trunc(((256 * Math.max(0, characters) + Math.trunc(128 / mdw)) / 256) * mdw);
  return pixels * POINTS_PER_PIXEL;
}
