/** Walking a part's tree with the namespace-aware reader: its root element, and the children of an element. */
import { CLOSE, END, OPEN, type XmlReader } from './reader';

/** True when the part's root element is `local` in namespace `uri` (the reader is then inside it). */
export function isRoot(r: XmlReader, uri: string, local: string): boolean {
  for (let e = r.next(); e !== END; e = r.next()) if (e === OPEN) return r.uri === uri && r.local === local;
  return false;
}

/** Opens the root element, which must be `local` in namespace `uri`; FILE_CORRUPT otherwise. */
export function readRoot(r: XmlReader, uri: string, local: string): void {
  if (!isRoot(r, uri, local)) r.invalid(`the root element is not <${local}> of ${uri}`);
}

/**
 * Calls `each` for every child element of the element just opened, with the reader on the child's start; `each`
 * reads the child to its end or leaves it, and then it is passed over. Returns after the element's end.
 */
export function forEachChild(r: XmlReader, each: (local: string, uri: string) => void): void {
  const depth = r.depth;
  for (let e = r.next(); e !== END; e = r.next()) {
    if (e === OPEN) {
      each(r.local, r.uri);
      while (r.depth > depth) r.skip();
    } else if (e === CLOSE && r.depth < depth) return;
  }
}
