/**
 * XML part bytes → text, decoded over the whole part at once: ExcelJS's streaming reader decoded chunk by chunk and
 * broke multi-byte characters ("Sở Xây dựng") at chunk boundaries (docs/design.md). A DTD is refused by the tokenizer
 * (xml/tokenizer.ts), which meets it before the root element (billion laughs:
 * https://en.wikipedia.org/wiki/Billion_laughs_attack).
 */
import { corrupt } from './abort';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The text of an XML part; FILE_CORRUPT when it is not valid UTF-8/UTF-16. */
export function xmlText(bytes: Uint8Array, part: string): string {
  return decode(bytes, part);
}

/** OOXML parts are UTF-8 or UTF-16 with a byte order mark (ECMA-376 Part 2 §8.1.4 / XML 1.0 §4.3.3). */
function decode(bytes: Uint8Array, part: string): string {
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : null;
  try {
    return utf16 ? new TextDecoder(utf16, { fatal: true }).decode(bytes) : UTF8.decode(bytes);
  } catch (e) {
    // By name, not instanceof: the TypeError may come from another realm (Node internals under jest's vm).
    if ((e as { name?: unknown } | null)?.name === 'TypeError')
      return corrupt(`${part}: text is not valid ${utf16 ?? 'UTF-8'}`);
    throw e;
  }
}

/**
 * Decodes the `_xHHHH_` escapes Excel writes in strings for characters XML cannot carry, such as "_x000D_" for CR
 * (ECMA-376 Part 1 §22.9.2.19 ST_Xstring); "_x005F_" escapes a literal underscore, so one left-to-right pass is right.
 */
export function unescapeXstring(s: string): string {
  if (!s.includes('_x')) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
