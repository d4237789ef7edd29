/**
 * A whole official document from its parts: the main text on portrait pages (L1, L2, L4), each appendix on landscape
 * pages of its own, numbered on its own (L15, L17). The content builder fills the body and the appendices; the rest
 * comes from ./official.
 */
import type { Block, DocumentMeta, DocumentModel, Section } from './document';
import { BODY, OFFICIAL_MARGINS } from './layout';
import type { HeaderOptions, Signer } from './official';
import { appendixHeading, attachmentNote, closing, documentTitle, officialHeader } from './official';

/** The portrait section of the main text. */
export function mainSection(blocks: readonly Block[]): Section {
  return {
    orientation: 'portrait',
    margins: OFFICIAL_MARGINS,
    pageNumbers: 'fromSecondPage',
    restartPageNumbers: false,
    blocks,
  };
}

/** A landscape section of its own for an appendix, its pages numbered from 1, no number on its first page. */
export function appendixSection(blocks: readonly Block[]): Section {
  return {
    orientation: 'landscape',
    margins: OFFICIAL_MARGINS,
    pageNumbers: 'fromSecondPage',
    restartPageNumbers: true,
    blocks,
  };
}

/** One appendix: its title and what it holds (big tables, typically). */
export interface Appendix {
  readonly title: string;
  readonly blocks: readonly Block[];
}

/** What an official document is made of. */
export interface OfficialDocumentOptions {
  readonly meta: DocumentMeta;
  readonly header: HeaderOptions;
  /** Tên loại, e.g. "Báo cáo" (written in capitals). */
  readonly docType: string;
  /** Trích yếu, in one or more lines. */
  readonly summary: string | readonly string[];
  readonly body: readonly Block[];
  readonly recipients: readonly string[];
  readonly archive?: readonly string[];
  readonly signer: Signer;
  readonly appendices?: readonly Appendix[];
}

/** The document: header, title, body and closing on portrait pages, then one landscape section per appendix. */
export function officialDocument(options: OfficialDocumentOptions): DocumentModel {
  const { meta, header, docType, summary, body, recipients, archive, signer, appendices = [] } = options;
  const main = mainSection([
    officialHeader(header),
    ...documentTitle(docType, summary),
    ...body,
    closing(recipients, signer, archive),
  ]);
  const note = attachmentNote(docType, header.symbol, header.date, header.body.issuer);
  const numbered = appendices.length > 1;
  const annexes = appendices.map((a, i) =>
    appendixSection([...appendixHeading(a.title, note, numbered ? i + 1 : undefined), ...a.blocks]),
  );
  return { meta, bodySizePt: BODY.sizePt, sections: [main, ...annexes] };
}
