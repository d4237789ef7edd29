/**
 * xl/sharedStrings.xml: one string per `<si>`, its `<t>` or the `<t>` of its rich-text runs (`<r>`) concatenated,
 * whitespace kept as written (`xml:space="preserve"`), phonetic guides (`<rPh>`, East Asian readings) left out as
 * Excel shows them (ECMA-376 Part 1 §18.4). Elements of other namespaces never add text.
 */
import { abort } from './abort';
import type { ReadLimits } from './limits';
import { unescapeXstring } from './text';
import { NS, UNDERSTOOD } from './xml/namespaces';
import { XmlReader } from './xml/reader';
import { forEachChild, readRoot } from './xml/root';

/** The shared string table. */
export function parseSharedStrings(text: string, part: string, limits: ReadLimits): string[] {
  const out: string[] = [];
  const r = new XmlReader(text, part, UNDERSTOOD.spreadsheet);
  readRoot(r, NS.main, 'sst');
  forEachChild(r, (local, uri) => {
    if (local !== 'si' || uri !== NS.main) return;
    if (out.length >= limits.maxSharedStrings) {
      abort('FILE_TOO_MANY_CELLS', {
        sheet: part,
        params: { sheet: part, cells: `> ${limits.maxSharedStrings}`, limit: limits.maxSharedStrings },
      });
    }
    out.push(unescapeXstring(richText(r)));
  });
  return out;
}

/**
 * The text of a string item just opened (`<si>`, or `<is>` of an inline string): its `<t>`, or the `<t>` of each
 * `<r>` run, in order; the reader ends after the item.
 */
export function richText(r: XmlReader): string {
  let text = '';
  forEachChild(r, (local, uri) => {
    if (uri !== NS.main) return;
    if (local === 't') text += r.readText();
    else if (local === 'r')
      forEachChild(r, (child, childUri) => {
        if (child === 't' && childUri === NS.main) text += r.readText();
      });
  });
  return text;
}
