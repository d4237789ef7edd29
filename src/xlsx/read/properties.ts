/**
 * docProps/core.xml and docProps/app.xml: when and by whom the file was saved, and with which application. Each
 * property is the element of its own namespace (ECMA-376 Part 2 §11.1: `dcterms:modified`, `dc:creator`,
 * `cp:lastModifiedBy`; Part 1 §22.2: `Application`), a child of the root.
 */
import type { WorkbookProperties } from '../../core/snapshot/types';
import { NS, UNDERSTOOD } from './xml/namespaces';
import { XmlReader } from './xml/reader';
import { forEachChild, readRoot } from './xml/root';

const CORE = new Map<string, keyof WorkbookProperties>([
  [`${NS.dcterms} modified`, 'modified'],
  [`${NS.dcterms} created`, 'created'],
  [`${NS.dc} creator`, 'creator'],
  [`${NS.coreProps} lastModifiedBy`, 'lastModifiedBy'],
]);
const APP = new Map<string, keyof WorkbookProperties>([[`${NS.extProps} Application`, 'application']]);

/** Reads the core properties (dates kept only when they look like ISO 8601) into `into`. */
export function parseCoreProperties(text: string, part: string, into: WorkbookProperties): void {
  const r = new XmlReader(text, part, UNDERSTOOD.coreProperties);
  readRoot(r, NS.coreProps, 'coreProperties');
  collect(r, CORE, into);
  for (const k of ['modified', 'created'] as const) {
    const v = into[k];
    if (v !== undefined && !/^\d{4}-\d{2}-\d{2}/.test(v)) delete into[k];
  }
}

/** Reads the application name from the extended properties into `into`. */
export function parseAppProperties(text: string, part: string, into: WorkbookProperties): void {
  const r = new XmlReader(text, part, UNDERSTOOD.appProperties);
  readRoot(r, NS.extProps, 'Properties');
  collect(r, APP, into);
}

function collect(
  r: XmlReader,
  wanted: ReadonlyMap<string, keyof WorkbookProperties>,
  into: WorkbookProperties,
): void {
  forEachChild(r, (local, uri) => {
    const key = wanted.get(`${uri} ${local}`);
    if (key === undefined) return;
    const value = r.readText().trim();
    if (value) into[key] = value;
  });
}
