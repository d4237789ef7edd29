/**
 * xl/sharedStrings.xml: one string per `<si>`, rich-text runs (`<r><t>`) concatenated, whitespace kept as written
 * (`xml:space="preserve"`), phonetic guides (`<rPh>`, East Asian readings) left out as Excel shows them.
 */
import { abort } from './abort';
import type { ReadLimits } from './limits';
import { unescapeXstring } from './text';
import { parseXml } from './xml';

/** The shared string table. */
export function parseSharedStrings(text: string, part: string, limits: ReadLimits): string[] {
  const out: string[] = [];
  let current = '';
  let inText = false;
  let phonetic = 0;
  parseXml(text, part, {
    open(local) {
      if (local === 'si') {
        current = '';
        if (out.length >= limits.maxSharedStrings) {
          abort('FILE_TOO_MANY_CELLS', {
            sheet: part,
            params: { sheet: part, cells: `> ${limits.maxSharedStrings}`, limit: limits.maxSharedStrings },
          });
        }
      } else if (local === 'rPh') phonetic++;
      else if (local === 't' && phonetic === 0) inText = true;
    },
    close(local) {
      if (local === 'si') out.push(unescapeXstring(current));
      else if (local === 'rPh') phonetic--;
      else if (local === 't') inText = false;
    },
    text(s) {
      if (inText) current += s;
    },
  });
  return out;
}
