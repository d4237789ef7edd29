/**
 * Same model, same bytes. `docx` stamps the package's creation and modification dates and every zip entry's time
 * from the clock, with no option to pin them (measured on docx 9.15; also reported in byte5ai/omadia#656). So the
 * core properties part is written here, with the model's date, and the package is zipped again with every entry at
 * the zip format's epoch (1980-01-01 00:00, given in local time so that it is the same in every time zone).
 */
import { unzipSync, zipSync } from 'fflate';
import type { DocumentMeta } from '../core/report/document';

/** Where the core properties live in a Word package. */
export const CORE_PROPERTIES_PATH = 'docProps/core.xml';

/** XML text escaped. */
function xmlText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** docProps/core.xml with the document's title, subject, author and fixed dates. */
export function corePropertiesXml(meta: DocumentMeta): string {
  const date = new Date(meta.createdIso).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const dated = (name: string): string =>
    `<dcterms:${name} xsi:type="dcterms:W3CDTF">${date}</dcterms:${name}>`;
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"',
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${xmlText(meta.title)}</dc:title>`,
    meta.subject ? `<dc:subject>${xmlText(meta.subject)}</dc:subject>` : '',
    `<dc:creator>${xmlText(meta.creator)}</dc:creator>`,
    `<cp:lastModifiedBy>${xmlText(meta.creator)}</cp:lastModifiedBy>`,
    '<cp:revision>1</cp:revision>',
    dated('created'),
    dated('modified'),
    '</cp:coreProperties>',
  ].join('');
}

/** The package zipped again, entries in the same order, each stamped with the zip epoch. */
export function rezipAtEpoch(packageBytes: Uint8Array): Uint8Array {
  const entries = unzipSync(packageBytes);
  return zipSync(entries, { level: 6, mtime: new Date(1980, 0, 1) });
}
