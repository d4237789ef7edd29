/**
 * Entity and character references in text and attribute values (XML 1.0 §4.1, §4.6). Without a DTD (refused) only
 * the five predefined entities exist; any other "&…;" — or an "&" that starts no reference — is malformed.
 */

const PREDEFINED: ReadonlyMap<string, string> = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['quot', '"'],
  ['apos', "'"],
]);

/** Decodes the references in `s`; `fail` is called (and must throw) for a malformed one. */
export function decodeEntities(s: string, fail: (what: string) => never): string {
  let out = '';
  let from = 0;
  for (let amp = s.indexOf('&'); amp !== -1; amp = s.indexOf('&', from)) {
    // The predefined entities first, without slicing (formulas are full of &quot;).
    const named = predefinedAt(s, amp + 1);
    if (named !== null) {
      out += s.slice(from, amp) + named[0];
      from = amp + named[1];
      continue;
    }
    const semi = s.indexOf(';', amp + 1);
    if (semi === -1 || semi - amp > 12) fail('"&" that starts no reference');
    const ref = s.slice(amp + 1, semi);
    out += s.slice(from, amp) + referenced(ref, fail);
    from = semi + 1;
  }
  return out + s.slice(from);
}

/** The predefined entity whose name starts at `p`: its character and the length of "&name;", or null. */
function predefinedAt(s: string, p: number): [string, number] | null {
  switch (s.charCodeAt(p)) {
    case 0x71: // q
      return s.startsWith('quot;', p) ? ['"', 6] : null;
    case 0x61: // a
      return s.startsWith('amp;', p) ? ['&', 5] : s.startsWith('apos;', p) ? ["'", 6] : null;
    case 0x6c: // l
      return s.startsWith('lt;', p) ? ['<', 4] : null;
    case 0x67: // g
      return s.startsWith('gt;', p) ? ['>', 4] : null;
    default:
      return null;
  }
}

function referenced(ref: string, fail: (what: string) => never): string {
  const named = PREDEFINED.get(ref);
  if (named !== undefined) return named;
  const m = /^#(?:x([0-9A-Fa-f]{1,6})|([0-9]{1,7}))$/.exec(ref);
  if (!m) return fail(`undefined entity &${ref.slice(0, 10)};`);
  const code = m[1] !== undefined ? parseInt(m[1], 16) : Number(m[2]);
  if (!isXmlChar(code)) return fail(`character reference &${ref}; to a character XML does not allow`);
  return String.fromCodePoint(code);
}

/** Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF] (§2.2). */
function isXmlChar(c: number): boolean {
  return (
    c === 0x9 ||
    c === 0xa ||
    c === 0xd ||
    (c >= 0x20 && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xfffd) ||
    (c >= 0x10000 && c <= 0x10ffff)
  );
}
