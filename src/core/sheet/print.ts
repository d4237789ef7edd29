/**
 * Printing, as plain arithmetic both writers share: the scale a sheet prints at (computed here from the widths of its
 * printed columns, so Excel, LibreOffice and the add-in print the same page), the header and footer codes, and page
 * breaks that keep groups of rows together. Always A4 (the paper of every Vietnamese office; Decree 30/2020/NĐ-CP,
 * Appendix I).
 */
import { parseRange } from './a1';
import type { PageMargins, PageText, SheetSpec } from './spec';

/** A4 in millimetres, portrait. */
export const A4_MM = { width: 210, height: 297 } as const;

/** Points per millimetre. */
const PT_PER_MM = 72 / 25.4;

/** The font of everything we write: Times New Roman, which Decree 30/2020/NĐ-CP prescribes (Appendix I). */
export const DOCUMENT_FONT = 'Times New Roman';

/** Body text size in points for cells whose style sets none (the xlsx writer's font size). */
export const BODY_FONT_SIZE = 11;

/** The smallest size body text may print at, in points: smaller is not readable on paper. */
export const MIN_PRINTED_POINTS = 10;

/** The least scale (percent) at which body text still prints at MIN_PRINTED_POINTS: 91 % of 11 pt is 10 pt. */
export const READABLE_SCALE = Math.ceil((MIN_PRINTED_POINTS / BODY_FONT_SIZE) * 100);

/** Margins of a sheet that gives none: Excel's "Normal" margins (0.7 in sides, 0.75 in top and bottom). */
export const DEFAULT_MARGINS: PageMargins = {
  top: 19,
  bottom: 19,
  left: 18,
  right: 18,
  header: 8,
  footer: 8,
};

/**
 * Margins of the report forms and the consolidated sheets. Decree 30/2020/NĐ-CP (Appendix I) sets 20–25 mm top and
 * bottom and 15–20 mm right; its 30–35 mm left margin is for binding portrait pages, and would cost a landscape
 * table a whole column, so 20 mm is used (docs/forms.md). Header and footer sit 8 mm from the edge.
 */
export const FORM_MARGINS: PageMargins = { top: 20, bottom: 20, left: 20, right: 15, header: 8, footer: 8 };

/** Margins of a portrait page, Decree 30/2020/NĐ-CP (Appendix I): the wider left margin is for binding. */
export const DOCUMENT_MARGINS: PageMargins = {
  top: 20,
  bottom: 20,
  left: 30,
  right: 15,
  header: 8,
  footer: 8,
};

/** Height in points of a row whose height the spec does not set (one line of 11-point Times New Roman). */
export const DEFAULT_ROW_POINTS = 15;

/** Scale kept in reserve below the exact fit, for widths that round differently on other screens. */
const SAFETY = 0.98;

/**
 * The width in points a column of `width` characters prints at 100 %: the wider of Excel's and LibreOffice's.
 * Excel: 7 px per character plus 5 px padding at 0.75 pt per pixel (src/office/units.ts), 5.25 × w + 3.75.
 * LibreOffice, with the workbook's default font Times New Roman (the xlsx writer sets it): 5.5 pt per character,
 * measured on its PDFs (tests/xlsx/write/printPdf.test.ts).
 */
export function columnPoints(width: number): number {
  if (width <= 0) return 0;
  return Math.max(5.5 * width, 5.25 * width + 3.75);
}

/** The rectangle that prints: the spec's print area, else every column and row the sheet has. */
export function printedRange(sheet: SheetSpec): { top: number; bottom: number; left: number; right: number } {
  const area = sheet.print?.area ? parseRange(sheet.print.area) : null;
  if (area) return area;
  const width = Math.max(sheet.columns.length, ...sheet.cells.map((r) => r.length), 1);
  return { top: 0, bottom: Math.max(sheet.cells.length - 1, 0), left: 0, right: width - 1 };
}

/** Zero-based columns that print: those in the printed range and not hidden. */
export function printedColumns(sheet: SheetSpec): number[] {
  const range = printedRange(sheet);
  const out: number[] = [];
  for (let c = range.left; c <= range.right; c++) if (!sheet.columns[c]?.hidden) out.push(c);
  return out;
}

/** The margins a sheet prints with. */
export function marginsOf(sheet: SheetSpec): PageMargins {
  return sheet.print?.margins ?? DEFAULT_MARGINS;
}

/** Width and height in points inside the margins of the sheet's page. */
export function printableArea(sheet: SheetSpec): { width: number; height: number } {
  const m = marginsOf(sheet);
  const landscape = sheet.print?.orientation === 'landscape';
  const paperWidth = landscape ? A4_MM.height : A4_MM.width;
  const paperHeight = landscape ? A4_MM.width : A4_MM.height;
  return {
    width: (paperWidth - m.left - m.right) * PT_PER_MM,
    height: (paperHeight - m.top - m.bottom) * PT_PER_MM,
  };
}

/** The width in points of the printed columns at 100 %. */
export function printedWidth(sheet: SheetSpec): number {
  return printedColumns(sheet).reduce((sum, c) => sum + columnPoints(sheet.columns[c]?.width ?? 10), 0);
}

/**
 * The scale (whole percent) a sheet prints at. Fitting to width takes the largest scale at which the printed columns
 * fit one page wide, at most 100 % and at least `minScale` — a sheet too wide for that spills over to more pages
 * rather than print text nobody can read. A sheet that does not fit prints at 100 %.
 */
export function printScale(sheet: SheetSpec): number {
  const print = sheet.print;
  if (!print?.fitToWidth) return 100;
  const width = printedWidth(sheet);
  const fit = width > 0 ? Math.floor((printableArea(sheet).width / width) * 100 * SAFETY) : 100;
  return Math.max(print.minScale ?? 10, Math.min(100, fit));
}

/** Whether the printed columns fit one page wide at the sheet's scale. */
export function fitsPageWidth(sheet: SheetSpec): boolean {
  return (printedWidth(sheet) * printScale(sheet)) / 100 <= printableArea(sheet).width;
}

/**
 * One header or footer section in the codes Excel, LibreOffice and Office.js share (ECMA-376 Part 1, 18.3.1.46;
 * https://learn.microsoft.com/javascript/api/excel/excel.headerfooter): "&&" is a literal ampersand, &P the page,
 * &N the page count, &"font,style" and &size the font of what follows.
 */
export function pageSectionCode(text: string, font: { name: string; size: number }): string {
  if (text === '') return '';
  const body = text
    .replace(/&/g, '&&')
    .replace(/\{page\}/g, '&P')
    .replace(/\{pages\}/g, '&N');
  return `&"${font.name},Regular"&${font.size}${body}`;
}

/** A whole header or footer for an .xlsx (`&L…&C…&R…`), or '' when it has no text. */
export function pageTextCode(part: PageText | undefined, font: { name: string; size: number }): string {
  if (!part) return '';
  const sections: [string, string | undefined][] = [
    ['&L', part.left],
    ['&C', part.center],
    ['&R', part.right],
  ];
  return sections.map(([tag, text]) => (text ? `${tag}${pageSectionCode(text, font)}` : '')).join('');
}

/** The height in points of row `r` (its set height, else one line). */
function rowPoints(sheet: SheetSpec, r: number): number {
  return sheet.rowHeights?.[r] ?? DEFAULT_ROW_POINTS;
}

/** The rows a title-rows setting "5:6" repeats, zero-based; empty when none. */
function titleRowRange(sheet: SheetSpec): { first: number; last: number } | null {
  const m = /^(\d+):(\d+)$/.exec(sheet.print?.titleRows ?? '');
  return m ? { first: Number(m[1]) - 1, last: Number(m[2]) - 1 } : null;
}

/**
 * Page breaks that keep each group of rows on one page where it fits on one: before a group that would cross the
 * bottom of the page, a new page starts (with the title rows repeated). Heights are the spec's estimates
 * (rowHeights.ts), at the sheet's print scale; a group taller than a page is left to the automatic breaks.
 */
export function groupBreaks(sheet: SheetSpec, groups: readonly { first: number; last: number }[]): number[] {
  const scale = printScale(sheet) / 100;
  const page = printableArea(sheet).height / scale;
  const titles = titleRowRange(sheet);
  let repeated = 0;
  if (titles) for (let r = titles.first; r <= titles.last; r++) repeated += rowPoints(sheet, r);
  const height = (first: number, last: number) => {
    let h = 0;
    for (let r = first; r <= last; r++) h += rowPoints(sheet, r);
    return h;
  };
  const breaks: number[] = [];
  let used = 0;
  let next = 0;
  let onPage = 0;
  for (const g of groups) {
    used += height(next, g.first - 1);
    const h = height(g.first, g.last);
    if (onPage > 0 && used + h > page && repeated + h <= page) {
      breaks.push(g.first);
      used = repeated;
      onPage = 0;
    }
    used += h;
    onPage += 1;
    while (used > page) used = repeated + (used - page);
    next = g.last + 1;
  }
  return breaks;
}
