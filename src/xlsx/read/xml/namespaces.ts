/**
 * Namespace URIs of the parts the reader understands. Elements are matched by URI and local name, never by prefix:
 * Excel writes `<c>`, the Open XML SDK `<x:c>`, and `<x15:workbookPr>` in an extension is not `<workbookPr>`.
 * ISO/IEC 29500 Strict files use other URIs for the same vocabularies; they are read as their transitional twins.
 */

/** The namespaces, transitional URIs. */
export const NS = Object.freeze({
  /** SpreadsheetML (ECMA-376 Part 1 §18). */
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  /** Relationship ids in parts (`r:id`). */
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  /** Relationships parts (ECMA-376 Part 2 §9.3). */
  pkgRel: 'http://schemas.openxmlformats.org/package/2006/relationships',
  /** [Content_Types].xml (ECMA-376 Part 2 §10.1.2). */
  contentTypes: 'http://schemas.openxmlformats.org/package/2006/content-types',
  /** Markup compatibility (ECMA-376 Part 3). */
  mc: 'http://schemas.openxmlformats.org/markup-compatibility/2006',
  /** docProps/core.xml (ECMA-376 Part 2 §11). */
  coreProps: 'http://schemas.openxmlformats.org/package/2006/metadata/core-properties',
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  /** docProps/app.xml (ECMA-376 Part 1 §22.2). */
  extProps: 'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties',
  vt: 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes',
  /** Bound to the prefix "xml" in every document (Namespaces in XML 1.0 §3). */
  xml: 'http://www.w3.org/XML/1998/namespace',
});

/** Strict URIs → the transitional ones (ECMA-376 Part 1, 5th ed., Annex A; Part 4 for transitional). */
const STRICT: ReadonlyMap<string, string> = new Map([
  ['http://purl.oclc.org/ooxml/spreadsheetml/main', NS.main],
  ['http://purl.oclc.org/ooxml/officeDocument/relationships', NS.rel],
  ['http://purl.oclc.org/ooxml/officeDocument/extendedProperties', NS.extProps],
  ['http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes', NS.vt],
]);

/** A namespace URI as the reader compares it (strict URIs mapped to transitional ones). */
export function canonicalUri(uri: string): string {
  return STRICT.get(uri) ?? uri;
}

/** What each kind of part is written in. */
export const UNDERSTOOD = Object.freeze({
  spreadsheet: new Set([NS.main, NS.rel, NS.xml]),
  relationships: new Set([NS.pkgRel, NS.xml]),
  contentTypes: new Set([NS.contentTypes, NS.xml]),
  coreProperties: new Set([NS.coreProps, NS.dc, NS.dcterms, NS.xsi, NS.xml, 'http://purl.org/dc/dcmitype/']),
  appProperties: new Set([NS.extProps, NS.vt, NS.xml]),
});

/** Relationship type URIs, by the last segment the reader asks for, transitional and strict. */
const REL_BASES = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/',
  'http://purl.oclc.org/ooxml/officeDocument/relationships/',
];
const PACKAGE_REL_BASE = 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/';

/** True when a relationship type URI is the given type ("worksheet", "core-properties", …), exactly. */
export function isRelType(type: string, name: string): boolean {
  // Some writers use the officeDocument base for the core properties too; both name the same part.
  if (name === 'core-properties')
    return (
      type === `${PACKAGE_REL_BASE}core-properties` || type === `${REL_BASES[0]}metadata/core-properties`
    );
  if (name === 'extended-properties')
    return type === `${REL_BASES[0]}extended-properties` || type === `${REL_BASES[1]}extendedProperties`;
  return REL_BASES.some((base) => type === base + name);
}
