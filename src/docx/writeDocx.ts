/**
 * The Word adapter: a DocumentModel written as .docx bytes with the `docx` library (chosen for being kept up —
 * monthly releases — typed, free of runtime dependencies, and working in Node and in the browser alike, so the CLI
 * and the task pane can share this writer). Layout decisions live in core; this file only translates.
 */
import { Document, Packer } from 'docx';
import type { DocumentModel } from '../core/report/document';
import { FONT } from '../core/report/layout';
import { CORE_PROPERTIES_PATH, corePropertiesXml, rezipAtEpoch } from './repeatable';
import { toSection } from './sections';
import { halfPoints } from './units';

/** Styles every run also sets itself; they matter for text a reader adds, and for the heading styles' outline. */
function styles(bodySizePt: number) {
  const run = { font: FONT, size: halfPoints(bodySizePt), color: '000000', bold: false, italics: false };
  const heading = { run, paragraph: { spacing: { before: 120, after: 120 } } };
  return {
    default: {
      document: { run: { font: FONT, size: halfPoints(bodySizePt), color: '000000' } },
      heading1: heading,
      heading2: heading,
      heading3: heading,
    },
  };
}

/** The document as the bytes of a .docx file. The same model always gives the same bytes. */
export async function writeDocx(model: DocumentModel): Promise<Uint8Array> {
  const { meta, bodySizePt } = model;
  const doc = new Document({
    title: meta.title,
    ...(meta.subject ? { subject: meta.subject } : {}),
    creator: meta.creator,
    lastModifiedBy: meta.creator,
    styles: styles(bodySizePt),
    sections: model.sections.map((s) => toSection(s, bodySizePt)),
  });
  const packed = await Packer.toArrayBuffer(doc, false, [
    { path: CORE_PROPERTIES_PATH, data: corePropertiesXml(meta) },
  ]);
  return rezipAtEpoch(new Uint8Array(packed));
}
