/**
 * A pull tokenizer for one XML part held as a string: start tags with their attributes, end tags and text, with
 * comments and processing instructions passed over and a DTD refused (FILE_DTD: entity expansion, "billion laughs").
 * It checks what XML 1.0 (https://www.w3.org/TR/xml/) requires of a well-formed document as far as a reader can be
 * misled by it — one root, tags that nest and match, quoted attributes without "<", no attribute twice, entity and
 * character references that exist, no characters XML forbids — and reports anything else as FILE_CORRUPT naming the
 * part. It is written for speed over general use: no allocation per event beyond the strings asked for, "&" and "<"
 * found with one forward search each over the whole part, names not validated beyond their delimiters.
 */
import { abort, corrupt } from '../abort';
import { decodeEntities } from './entities';

/** `next()` found the end of the part. */
export const END = 0;
/** `next()` found a start tag (`name`, attributes). */
export const OPEN = 1;
/** `next()` found an end tag (`name`), also right after a start tag written `<x/>`. */
export const CLOSE = 2;
/** `next()` found text or CDATA (`textValue()`). */
export const TEXT = 3;
/** An event type: END, OPEN, CLOSE or TEXT. */
export type XmlEvent = typeof END | typeof OPEN | typeof CLOSE | typeof TEXT;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQ = 0x3d;
const BANG = 0x21;
const QUESTION = 0x3f;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const AMP = 0x26;
const COLON = 0x3a;

/** Characters XML 1.0 forbids (§2.2): C0 controls other than tab, LF, CR; U+FFFE, U+FFFF. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;

/** 1: white space; 2: ends a name ("/", ">", "=", white space); 3: never in a name ("<", "&", quotes). */
const CLASS = (() => {
  const t = new Uint8Array(128);
  for (const c of [0x20, 0x09, 0x0a, 0x0d]) t[c] = 1;
  for (const c of [SLASH, GT, EQ]) t[c] = 2;
  for (const c of [LT, AMP, DQUOTE, SQUOTE]) t[c] = 3;
  return t;
})();

const isSpace = (c: number) => c < 128 && CLASS[c] === 1;

/** The class of a character for names: 0 name character, 1 white space, 2 ends a name, 3 never in a name. */
export function charClass(c: number): number {
  return c < 128 ? (CLASS[c] as number) : Number.isNaN(c) ? 2 : 0;
}

/** Tokenizes one part; `next()` until END. */
export class XmlTokenizer {
  /** Qualified name of the element just opened or closed. */
  name = '';
  /** The element just opened was written `<x/>` (a CLOSE for it follows at once). */
  selfClosing = false;
  /** Number of attributes of the element just opened (read them with attrIs, attrName and attrValue). */
  attrCount = 0;
  /** The element just opened has a namespace declaration ("xmlns", "xmlns:x"). */
  xmlnsAttrs = false;
  /** The element just opened has an attribute whose name has a prefix ("r:id", "mc:Ignorable", "xmlns:x"). */
  prefixedAttrs = false;

  private readonly text: string;
  private pos = 0;
  private readonly stack: string[] = [];
  private pendingClose = false;
  private rootSeen = false;
  private textStart = 0;
  private textEnd = 0;
  private textRaw = false;
  private nextAmp = -1;
  private nextLt = -1;
  /** Attribute i: name in [starts[2i], starts[2i+1]), value in [starts[2i+2]…]: four positions per attribute. */
  private readonly spans: number[] = [];
  private nameHasColon = false;
  /** Element names met so far (a part uses a handful): reused instead of sliced again for every element. */
  private readonly names: (string | undefined)[] = new Array<string | undefined>(64).fill(undefined);

  /** Prepares a part's text; FILE_CORRUPT for characters XML forbids. */
  constructor(
    text: string,
    readonly part: string,
  ) {
    // End-of-line handling (§2.11): CR LF and a lone CR are read as LF.
    let t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (t.includes('\r')) t = t.replace(/\r\n?/g, '\n');
    if (FORBIDDEN.test(t)) this.fail('a character that XML does not allow');
    this.text = t;
    if (t.startsWith('<?xml')) this.pos = this.endOf('?>', 5, 'XML declaration');
  }

  /** Depth of open elements (1 inside the root). */
  get depth(): number {
    return this.stack.length;
  }

  /** The next event; TEXT only inside the root element. */
  next(): XmlEvent {
    if (this.pendingClose) {
      this.pendingClose = false;
      this.name = this.stack.pop() as string;
      return CLOSE;
    }
    const t = this.text;
    for (;;) {
      const p = this.pos;
      if (p >= t.length) return this.end();
      if (t.charCodeAt(p) !== LT) {
        const lt = this.ltFrom(p);
        this.pos = lt;
        if (this.stack.length === 0) {
          if (!/^[ \t\n]*$/.test(t.slice(p, lt))) this.fail('text outside the root element');
          continue;
        }
        this.textStart = p;
        this.textEnd = lt;
        this.textRaw = false;
        return TEXT;
      }
      const c = t.charCodeAt(p + 1);
      if (c === SLASH) return this.closeTag(p);
      if (c === QUESTION) {
        if (t.startsWith('<?xml', p) && !isNameChar(t.charCodeAt(p + 5)))
          this.fail('XML declaration not at the start');
        this.pos = this.endOf('?>', p + 2, 'processing instruction');
        continue;
      }
      if (c === BANG) {
        if (t.startsWith('<!--', p)) {
          const end = this.endOf('-->', p + 4, 'comment');
          if (t.indexOf('--', p + 4) < end - 3) this.fail('"--" inside a comment');
          this.pos = end;
          continue;
        }
        if (t.startsWith('<![CDATA[', p)) {
          if (this.stack.length === 0) this.fail('CDATA outside the root element');
          const end = this.endOf(']]>', p + 9, 'CDATA section');
          this.textStart = p + 9;
          this.textEnd = end - 3;
          this.textRaw = true;
          this.pos = end;
          return TEXT;
        }
        if (/^<!DOCTYPE/i.test(t.slice(p, p + 9))) abort('FILE_DTD', { params: { part: this.part } });
        this.fail('markup declaration');
      }
      return this.openTag(p);
    }
  }

  /** The text of the TEXT event just returned, with references decoded. */
  textValue(): string {
    const s = this.text.slice(this.textStart, this.textEnd);
    if (this.textRaw) return s;
    if (s.includes(']]>')) this.fail('"]]>" in text');
    return this.ampBefore(this.textStart, this.textEnd) ? this.decode(s) : s;
  }

  /**
   * The part's text and the position after the last event, for a scanner specialised for one kind of content (the
   * rows of a sheet) that takes over for a stretch and hands back with `seek`; null while an end tag is pending.
   */
  scanState(): { text: string; pos: number } | null {
    return this.pendingClose ? null : { text: this.text, pos: this.pos };
  }

  /** Goes on from `pos`, where a specialised scanner stopped (between two constructs, inside the same element). */
  seek(pos: number): void {
    this.pos = pos;
    this.nextLt = -1;
    this.nextAmp = -1;
  }

  /** References decoded in a text or attribute value (FILE_CORRUPT naming the part for a malformed one). */
  decodeText(s: string): string {
    return this.decode(s);
  }

  /** Passes over the rest of the element just opened (its content, nested elements included) and its end tag. */
  skipElement(): void {
    const depth = this.stack.length;
    for (let e = this.next(); ; e = this.next()) {
      if (e === CLOSE && this.stack.length < depth) return;
      if (e === END) return;
    }
  }

  /** FILE_CORRUPT naming the part and what was wrong. */
  fail(what: string): never {
    return corrupt(`${this.part}: malformed XML (${what})`);
  }

  private end(): XmlEvent {
    if (this.stack.length) this.fail(`<${this.stack[this.stack.length - 1]}> is not closed`);
    if (!this.rootSeen) this.fail('no root element');
    return END;
  }

  private openTag(p: number): XmlEvent {
    const t = this.text;
    if (this.rootSeen && this.stack.length === 0) this.fail('a second root element');
    let q = this.nameEnd(p + 1);
    this.name = this.nameAt(p + 1, q);
    this.attrCount = 0;
    this.xmlnsAttrs = false;
    this.prefixedAttrs = false;
    for (;;) {
      const before = q;
      while (isSpace(t.charCodeAt(q))) q++;
      const c = t.charCodeAt(q);
      if (c === GT) {
        this.selfClosing = false;
        q++;
        break;
      }
      if (c === SLASH) {
        if (t.charCodeAt(q + 1) !== GT) this.fail(`"/" inside <${this.name}>`);
        this.selfClosing = true;
        q += 2;
        break;
      }
      if (q === before) this.fail(`attributes of <${this.name}> not separated by white space`);
      q = this.attribute(q);
    }
    this.pos = q;
    this.rootSeen = true;
    this.stack.push(this.name);
    this.pendingClose = this.selfClosing;
    return OPEN;
  }

  /** True when attribute `i` is named `name` exactly (as written, prefix included). */
  attrIs(i: number, name: string): boolean {
    const start = this.spans[i * 4] as number;
    return (this.spans[i * 4 + 1] as number) - start === name.length && this.text.startsWith(name, start);
  }

  /** True when the name of attribute `i` begins with `prefix` ("mc:"). */
  attrStartsWith(i: number, prefix: string): boolean {
    const start = this.spans[i * 4] as number;
    return (this.spans[i * 4 + 1] as number) - start > prefix.length && this.text.startsWith(prefix, start);
  }

  /** The name of attribute `i` as written ("r", "r:id", "xmlns:x"). */
  attrName(i: number): string {
    return this.text.slice(this.spans[i * 4], this.spans[i * 4 + 1]);
  }

  /**
   * The value of attribute `i`, references decoded; literal tabs and line ends read as spaces (attribute-value
   * normalisation, §3.3.3 — characters written as references are kept).
   */
  attrValue(i: number): string {
    const from = this.spans[i * 4 + 2] as number;
    const to = this.spans[i * 4 + 3] as number;
    let value = this.text.slice(from, to);
    if (value.indexOf('\n') !== -1 || value.indexOf('\t') !== -1) value = value.replace(/[\t\n]/g, ' ');
    return this.ampBefore(from, to) ? this.decode(value) : value;
  }

  /** Scans one attribute from `p`; returns the position after its closing quote. */
  private attribute(p: number): number {
    const t = this.text;
    const nameEnd = this.nameEnd(p);
    let q = nameEnd;
    while (isSpace(t.charCodeAt(q))) q++;
    if (t.charCodeAt(q) !== EQ) this.fail(`attribute ${t.slice(p, nameEnd)} without a value`);
    q++;
    while (isSpace(t.charCodeAt(q))) q++;
    const quote = t.charCodeAt(q);
    if (quote !== DQUOTE && quote !== SQUOTE) this.fail(`attribute ${t.slice(p, nameEnd)} not quoted`);
    const end = t.indexOf(quote === DQUOTE ? '"' : "'", q + 1);
    if (end === -1) this.fail(`attribute ${t.slice(p, nameEnd)} not closed`);
    if (this.ltFrom(q + 1) < end) this.fail(`"<" in attribute ${t.slice(p, nameEnd)}`);
    const spans = this.spans;
    const n = this.attrCount;
    for (let i = 0; i < n; i++) {
      const start = spans[i * 4] as number;
      if ((spans[i * 4 + 1] as number) - start === nameEnd - p && sameText(t, start, p, nameEnd - p))
        this.fail(`attribute ${t.slice(p, nameEnd)} twice`);
    }
    spans[n * 4] = p;
    spans[n * 4 + 1] = nameEnd;
    spans[n * 4 + 2] = q + 1;
    spans[n * 4 + 3] = end;
    this.attrCount = n + 1;
    if (this.nameHasColon) this.prefixedAttrs = true;
    if (t.startsWith('xmlns', p) && (nameEnd - p === 5 || t.charCodeAt(p + 5) === COLON))
      this.xmlnsAttrs = true;
    return end + 1;
  }

  private closeTag(p: number): XmlEvent {
    const t = this.text;
    const end = this.nameEnd(p + 2);
    let q = end;
    while (isSpace(t.charCodeAt(q))) q++;
    if (t.charCodeAt(q) !== GT) this.fail(`end tag </${t.slice(p + 2, end)}> not closed`);
    const open = this.stack.pop();
    if (open === undefined || open.length !== end - p - 2 || !t.startsWith(open, p + 2)) {
      const name = t.slice(p + 2, end);
      this.fail(open === undefined ? `</${name}> without a start` : `<${open}> closed by </${name}>`);
    }
    this.name = open;
    this.pos = q + 1;
    return CLOSE;
  }

  /**
   * The name in [p, q), as the same string when it was met before: a direct-mapped cache by length and first two
   * characters (a part uses a handful of names), so most start tags allocate no string.
   */
  private nameAt(p: number, q: number): string {
    const t = this.text;
    const slot = ((q - p) * 7 + t.charCodeAt(p) * 31 + t.charCodeAt(p + 1)) & 63;
    const cached = this.names[slot];
    if (cached !== undefined && cached.length === q - p && t.startsWith(cached, p)) return cached;
    const name = t.slice(p, q);
    this.names[slot] = name;
    return name;
  }

  /**
   * End of a name starting at `p` (non-empty, not starting with a digit, "-" or "."); sets `nameHasColon`.
   */
  private nameEnd(p: number): number {
    const t = this.text;
    const first = t.charCodeAt(p);
    if (
      Number.isNaN(first) ||
      (first < 128 && CLASS[first] !== 0) ||
      (first >= 0x30 && first <= 0x39) ||
      first === 0x2d ||
      first === 0x2e
    )
      this.fail('a tag or attribute without a valid name');
    let colon = false;
    let q = p + 1;
    for (let c = t.charCodeAt(q); q < t.length; c = t.charCodeAt(++q)) {
      if (c >= 128) continue;
      const k = CLASS[c];
      if (k === 0) {
        if (c === COLON) colon = true;
        continue;
      }
      if (k === 3) this.fail(`"${String.fromCharCode(c)}" in a name`);
      break;
    }
    if (q >= t.length) this.fail('the part ends inside a tag');
    this.nameHasColon = colon;
    return q;
  }

  /** Position just after `terminator`, searched from `from`. */
  private endOf(terminator: string, from: number, what: string): number {
    const at = this.text.indexOf(terminator, from);
    if (at === -1) this.fail(`${what} not closed`);
    return at + terminator.length;
  }

  /** Position of the first "<" at or after `p` (the text's length when none). */
  private ltFrom(p: number): number {
    if (this.nextLt < p) {
      const at = this.text.indexOf('<', p);
      this.nextLt = at === -1 ? this.text.length : at;
    }
    return this.nextLt;
  }

  /** True when an "&" lies in [from, to). */
  private ampBefore(from: number, to: number): boolean {
    if (this.nextAmp < from) {
      const at = this.text.indexOf('&', from);
      this.nextAmp = at === -1 ? Infinity : at;
    }
    return this.nextAmp < to;
  }

  private decode(s: string): string {
    return decodeEntities(s, (what) => this.fail(what));
  }
}

/** True when `t` holds the same `length` characters at `a` and at `b`. */
function sameText(t: string, a: number, b: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (t.charCodeAt(a + i) !== t.charCodeAt(b + i)) return false;
  return true;
}

function isNameChar(c: number): boolean {
  return !Number.isNaN(c) && (c >= 128 || CLASS[c] === 0);
}
