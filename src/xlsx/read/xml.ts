/**
 * A thin layer over saxes: elements by local name (Open XML SDK writes `<x:c>` where Excel writes `<c>`), no
 * namespace processing or position tracking (both cost time on 10 MB sheets), and malformed XML turned into
 * FILE_CORRUPT naming the part. Callers' handlers may throw a ReadAbort to stop early; it passes through untouched.
 */
import { SaxesParser } from 'saxes';
import { abort, corrupt } from './abort';

/** Callbacks for the elements and text of one part. */
export interface XmlHandlers {
  open(local: string, attrs: Record<string, string>): void;
  close?(local: string): void;
  /** Character data (text and CDATA), possibly in several pieces. */
  text?(text: string): void;
}

/** Parses a part's text (already checked for a DTD by xmlText). */
export function parseXml(text: string, part: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on('error', (e: Error) => corrupt(`${part}: malformed XML (${e.message.slice(0, 80)})`));
  // No DTD may get this far (xmlText refuses it); should one, it is refused here too, never interpreted.
  parser.on('doctype', () => abort('FILE_DTD', { params: { part } }));
  parser.on('opentag', (tag) => handlers.open(localName(tag.name), tag.attributes));
  const close = handlers.close;
  if (close) parser.on('closetag', (tag) => close(localName(tag.name)));
  const onText = handlers.text;
  if (onText) {
    parser.on('text', onText);
    parser.on('cdata', onText);
  }
  parser.write(text).close();
}

/** "x:c" → "c". */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/** An attribute by local name, whatever its prefix ("r:id", "id"). */
export function attrLocal(attrs: Record<string, string>, local: string): string | undefined {
  if (local in attrs) return attrs[local];
  const suffix = `:${local}`;
  for (const k in attrs) if (k.endsWith(suffix)) return attrs[k];
  return undefined;
}
