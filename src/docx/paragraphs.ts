/**
 * Paragraphs, rules and headings of a DocumentModel as `docx` paragraphs. Every run names Times New Roman in all
 * four font slots and its size, so the look does not depend on styles a reader may lack.
 */
import { AlignmentType, BorderStyle, HeadingLevel, LineRuleType, Paragraph, TextRun } from 'docx';
import type { Align, HeadingBlock, ParagraphBlock, Run, RuleBlock } from '../core/report/document';
import { BODY, FONT, HEADING_LOOK } from '../core/report/layout';
import { halfPoints, mmToTwips, ptToTwips } from './units';

/** Where a block is written: the size text falls back to, and the width of its column (for rules), in twips. */
export interface Place {
  readonly sizePt: number;
  readonly widthTwips: number;
}

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

const HEADING_LEVEL = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

/** The font in every slot (Latin, complex script, East Asian, high ANSI), so Vietnamese never falls to another. */
export const FONT_SLOTS = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT } as const;

/** One run. */
function textRun(r: Run, sizePt: number): TextRun {
  return new TextRun({
    text: r.text,
    bold: r.bold ?? false,
    italics: r.italic ?? false,
    ...(r.underline ? { underline: {} } : {}),
    font: FONT_SLOTS,
    size: halfPoints(r.sizePt ?? sizePt),
    color: '000000',
  });
}

/** Line spacing as Word's `line` in 240ths of a line. */
function spacing(block: ParagraphBlock): { before: number; after: number; line: number; lineRule: 'auto' } {
  return {
    before: ptToTwips(block.spaceBeforePt ?? 0),
    after: ptToTwips(block.spaceAfterPt ?? 0),
    line: Math.round((block.lineSpacing ?? 1) * 240),
    lineRule: LineRuleType.AUTO,
  };
}

/** A paragraph block. */
export function toParagraph(block: ParagraphBlock, place: Place): Paragraph {
  const sizePt = block.sizePt ?? place.sizePt;
  return new Paragraph({
    alignment: ALIGN[block.align ?? 'left'],
    spacing: spacing(block),
    ...(block.firstLineIndentMm ? { indent: { firstLine: mmToTwips(block.firstLineIndentMm) } } : {}),
    ...(block.keepWithNext ? { keepNext: true } : {}),
    // An empty paragraph still has a height: its mark takes the size, so blank lines match the text around them.
    run: { size: halfPoints(sizePt), font: FONT_SLOTS },
    children: block.runs.map((r) => textRun(r, sizePt)),
  });
}

/**
 * A rule: an empty 3 pt high paragraph with a bottom border, indented on both sides so that the border — drawn between the
 * indents — is `lengthMm` long and centred in its column. No drawing objects: it survives every reader.
 */
export function toRule(block: RuleBlock, place: Place): Paragraph {
  const length = Math.min(mmToTwips(block.lengthMm), place.widthTwips);
  const side = Math.max(0, Math.floor((place.widthTwips - length) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    // 3 pt high: the line is drawn a little below the text above, not touching its descenders.
    spacing: { before: 0, after: ptToTwips(2), line: ptToTwips(3), lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    run: { size: 2, font: FONT_SLOTS },
    children: [],
  });
}

/** A heading: label and title at body size, in the level's look, with Word's heading style for the outline. */
export function toHeading(block: HeadingBlock, place: Place): Paragraph {
  const look = HEADING_LOOK[block.level];
  return new Paragraph({
    heading: HEADING_LEVEL[block.level],
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mmToTwips(BODY.firstLineIndentMm) },
    spacing: {
      before: ptToTwips(6),
      after: ptToTwips(BODY.spaceAfterPt),
      line: Math.round(BODY.lineSpacing * 240),
      lineRule: LineRuleType.AUTO,
    },
    keepNext: true,
    run: { size: halfPoints(place.sizePt), font: FONT_SLOTS },
    children: [textRun({ text: `${block.label} ${block.title}`, ...look }, place.sizePt)],
  });
}
