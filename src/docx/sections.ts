/**
 * Sections of a DocumentModel as `docx` sections: A4 in the section's orientation, its margins, and the page number
 * centred in the top margin — left off the section's first page when the model says so (`w:titlePg` with an empty
 * first-page header), counted from 1 again when it restarts.
 */
import type { FileChild, ISectionOptions } from 'docx';
import { AlignmentType, Header, PageNumber, PageOrientation, Paragraph, TextRun } from 'docx';
import type { Block, Section } from '../core/report/document';
import { figureBlocks } from '../core/report/figure';
import { A4, textWidthMmOf } from '../core/report/layout';
import type { Place } from './paragraphs';
import { FONT_SLOTS, toHeading, toParagraph, toRule } from './paragraphs';
import { toTable } from './tables';
import { halfPoints, mmToTwips } from './units';

/** Distance of the header (the page number) from the top edge: inside the 20 mm top margin. */
const HEADER_DISTANCE_MM = 10;

/** A header holding the current page number, centred, at body size. */
function pageNumberHeader(sizePt: number): Header {
  const number = new TextRun({ children: [PageNumber.CURRENT], font: FONT_SLOTS, size: halfPoints(sizePt) });
  return new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [number] })] });
}

/** A header with nothing in it (written, so a section never inherits the previous section's). */
function emptyHeader(): Header {
  return new Header({ children: [new Paragraph({ children: [] })] });
}

/** One block as the `docx` elements that draw it. */
function toChildren(block: Block, place: Place): FileChild[] {
  switch (block.kind) {
    case 'paragraph':
      return [toParagraph(block, place)];
    case 'rule':
      return [toRule(block, place)];
    case 'heading':
      return [toHeading(block, place)];
    case 'table':
      return [toTable(block, place.widthTwips)];
    case 'figure':
      return figureBlocks(block).flatMap((b) => toChildren(b, place));
  }
}

/** The headers of a section by its page numbering. */
function headersOf(section: Section, sizePt: number): ISectionOptions['headers'] {
  if (section.pageNumbers === 'none') return { default: emptyHeader() };
  if (section.pageNumbers === 'everyPage') return { default: pageNumberHeader(sizePt) };
  return { default: pageNumberHeader(sizePt), first: emptyHeader() };
}

/** One section. */
export function toSection(section: Section, bodySizePt: number): ISectionOptions {
  const { margins } = section;
  const place: Place = {
    sizePt: bodySizePt,
    widthTwips: mmToTwips(textWidthMmOf(section.orientation, margins)),
  };
  return {
    properties: {
      page: {
        // docx swaps width and height itself for a landscape page.
        size: {
          width: mmToTwips(A4.widthMm),
          height: mmToTwips(A4.heightMm),
          orientation:
            section.orientation === 'portrait' ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE,
        },
        margin: {
          top: mmToTwips(margins.topMm),
          bottom: mmToTwips(margins.bottomMm),
          left: mmToTwips(margins.leftMm),
          right: mmToTwips(margins.rightMm),
          header: mmToTwips(HEADER_DISTANCE_MM),
          footer: mmToTwips(HEADER_DISTANCE_MM),
        },
        ...(section.restartPageNumbers ? { pageNumbers: { start: 1 } } : {}),
      },
      titlePage: section.pageNumbers === 'fromSecondPage',
    },
    headers: headersOf(section, bodySizePt),
    children: section.blocks.flatMap((b) => toChildren(b, place)),
  };
}
