/**
 * DocumentModel: a Word document described as plain data (sections, headings, paragraphs of runs, tables, figures).
 * Core builds it — the official parts in ./official, the report's content later — and the adapter in src/docx writes
 * it with the `docx` library. Nothing here knows about that library. All text is final text: numbers arrive already
 * written the Vietnamese way (4.480,9; 20,6 %), upper case arrives upper-cased. Layout rules and their sources are in
 * docs/report.md.
 */
import type { Tone as VerdictTone } from '../verdict/tones';

/** Horizontal alignment of a paragraph. */
export type Align = 'left' | 'center' | 'right' | 'justify';

/** A stretch of text with one look. Size falls back to the paragraph's, then the document's body size. */
export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly sizePt?: number;
}

/** A paragraph of runs. Spacing in points, indents in millimetres, line spacing as a multiple of single. */
export interface ParagraphBlock {
  readonly kind: 'paragraph';
  readonly runs: readonly Run[];
  readonly align?: Align;
  readonly sizePt?: number;
  readonly firstLineIndentMm?: number;
  readonly spaceBeforePt?: number;
  readonly spaceAfterPt?: number;
  readonly lineSpacing?: number;
  /** Keep on the same page as the next paragraph (titles, table captions, the signature's lines). */
  readonly keepWithNext?: boolean;
}

/** A short solid horizontal line, centred in its column (the rules under the issuer, the motto and the title). */
export interface RuleBlock {
  readonly kind: 'rule';
  readonly lengthMm: number;
}

/** A numbered heading in the Decision's style: level 1 "I.", level 2 "1.", level 3 "a)". See ./numbering. */
export interface HeadingBlock {
  readonly kind: 'heading';
  readonly level: 1 | 2 | 3;
  /** The number as written, with its punctuation: "II.", "3.", "đ)". */
  readonly label: string;
  readonly title: string;
}

/** What a table cell may hold. */
export type CellBlock = ParagraphBlock | RuleBlock;

/** One cell. A cell spanning rows is given once, in its top row; the rows below leave its place out. */
export interface TableCell {
  readonly content: readonly CellBlock[];
  readonly colSpan?: number;
  readonly rowSpan?: number;
  readonly vAlign?: 'top' | 'center' | 'bottom';
  /** Solid fill, RGB hex without '#'. */
  readonly fill?: string;
}

/** One row. `heightPt` fixes its height exactly (the gaps between a figure's bars). */
export interface TableRow {
  readonly cells: readonly TableCell[];
  readonly heightPt?: number;
}

/**
 * A table. Column widths are relative weights over the section's text width. Header rows repeat at the top of every
 * page the table runs onto; no row is split across pages.
 */
export interface TableBlock {
  readonly kind: 'table';
  readonly columns: readonly number[];
  readonly headerRows: readonly TableRow[];
  readonly rows: readonly TableRow[];
  /** `grid`: thin lines around every cell; `none`: no lines (the header and signature layouts). */
  readonly borders: 'grid' | 'none';
  /** Default size of the table's text. */
  readonly sizePt?: number;
}

/** How a figure's bar is coloured: by its verdict, or neutral. */
export type Tone = VerdictTone;

/** One bar (or row) of a figure. `value` sizes the bar; `valueText` is what is printed beside it. */
export interface FigureBar {
  readonly label: string;
  readonly value: number;
  readonly valueText: string;
  readonly tone?: Tone;
}

/**
 * A figure as data: a labelled series, drawn as bars made of table cells (the axis starts at zero) or as a plain
 * two-column table. No images: it prints, copies and reads aloud like text. See ./figure for how it becomes a table.
 */
export interface FigureBlock {
  readonly kind: 'figure';
  readonly caption: string;
  readonly bars: readonly FigureBar[];
  readonly display: 'bars' | 'table';
  /** The value of a full-width bar; defaults to the largest value. */
  readonly scaleMax?: number;
  /** Column headings of the 'table' display. */
  readonly labelHeader?: string;
  readonly valueHeader?: string;
}

/** Anything a section holds. */
export type Block = ParagraphBlock | RuleBlock | HeadingBlock | TableBlock | FigureBlock;

/** Page margins in millimetres. */
export interface Margins {
  readonly topMm: number;
  readonly bottomMm: number;
  readonly leftMm: number;
  readonly rightMm: number;
}

/**
 * Page numbers of a section: centred in the top margin, either on every page but the section's first (Decree
 * 30/2020, the document's first page shows none), on every page, or not at all.
 */
export type PageNumbering = 'fromSecondPage' | 'everyPage' | 'none';

/** A run of A4 pages with one orientation. Every section starts on a new page. */
export interface Section {
  readonly orientation: 'portrait' | 'landscape';
  readonly margins: Margins;
  readonly pageNumbers: PageNumbering;
  /** Start counting pages at 1 again (each appendix is numbered on its own). */
  readonly restartPageNumbers: boolean;
  readonly blocks: readonly Block[];
}

/** File properties. `createdIso` is written as the file's creation and modification date, so output is repeatable. */
export interface DocumentMeta {
  readonly title: string;
  readonly subject?: string;
  readonly creator: string;
  readonly createdIso: string;
}

/** A whole document. `bodySizePt` is the size of body text (13 or 14 by the decree) and of page numbers. */
export interface DocumentModel {
  readonly meta: DocumentMeta;
  readonly bodySizePt: number;
  readonly sections: readonly Section[];
}

/** A run of plain text, or with a look. */
export function run(text: string, look: Omit<Run, 'text'> = {}): Run {
  return { text, ...look };
}

/** A paragraph of runs (a string is one plain run). */
export function paragraph(
  content: string | readonly Run[],
  options: Omit<ParagraphBlock, 'kind' | 'runs'> = {},
): ParagraphBlock {
  return { kind: 'paragraph', runs: typeof content === 'string' ? [run(content)] : content, ...options };
}

/** A table cell holding one paragraph of text (or the given blocks). */
export function cell(
  content: string | readonly CellBlock[],
  options: Omit<TableCell, 'content'> & { align?: Align; bold?: boolean; italic?: boolean } = {},
): TableCell {
  const { align, bold, italic, ...rest } = options;
  const blocks =
    typeof content === 'string'
      ? [paragraph([run(content, { bold, italic })], align ? { align } : {})]
      : content;
  return { content: blocks, ...rest };
}

/** A row of cells. */
export function row(cells: readonly TableCell[], heightPt?: number): TableRow {
  return heightPt === undefined ? { cells } : { cells, heightPt };
}

/** The plain text of a run list, for tests and for estimating widths. */
export function textOf(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}
