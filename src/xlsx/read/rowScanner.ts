/**
 * The rows of a sheet read straight from the text, for speed: a `<row>` of `<c>` cells holding `<v>`, `<f>` and
 * plain `<is><t>` strings, written with the sheet's SpreadsheetML prefix — what Excel, LibreOffice, openpyxl and
 * ExcelJS write for nearly every row. The scanner reads such rows whole: attributes quoted, no attribute twice, no
 * "<" in a value, references decoded, and every tag exactly the one expected. Anything else in a row — a namespace
 * declaration, a markup-compatibility attribute, an element of another name or prefix, a comment, CDATA, a rich
 * string, a tag it does not expect — and it hands that row, untouched, to the namespace-aware reader (sheet.ts),
 * which reads it element by element or reports what is wrong. A row is only added to the sheet once it is read
 * whole, so handing one back loses nothing.
 */
import type { SheetBuilder } from './sheetBuilder';
import type { XmlReader } from './xml/reader';
import { charClass, type XmlTokenizer } from './xml/tokenizer';

const GT = 0x3e;
const SLASH = 0x2f;
const EQ = 0x3d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const COLON = 0x3a;
const LT = 0x3c;
const AMP = 0x26;
const BRACKET = 0x5d;
const HAS_AMP = 1;
const HAS_SPACE = 2;
const NOT_PLAIN = -1;

/** The tags read, with the sheet's prefix ("" or "x:"). */
interface Tags {
  row: string;
  rowEnd: string;
  c: string;
  cEnd: string;
  v: string;
  vEnd: string;
  f: string;
  fEnd: string;
  is: string;
  isEnd: string;
  t: string;
  tEnd: string;
}

const TAGS = new Map<string, Tags>();

function tagsFor(p: string): Tags {
  let tags = TAGS.get(p);
  if (!tags) {
    tags = {
      row: `<${p}row`,
      rowEnd: `</${p}row>`,
      c: `<${p}c`,
      cEnd: `</${p}c>`,
      v: `<${p}v>`,
      vEnd: `</${p}v>`,
      f: `<${p}f`,
      fEnd: `</${p}f>`,
      is: `<${p}is>`,
      isEnd: `</${p}is>`,
      t: `<${p}t`,
      tEnd: `</${p}t>`,
    };
    TAGS.set(p, tags);
  }
  return tags;
}

/**
 * Reads the plain rows that follow the reader's position (inside `<sheetData>`, between two elements; `prefix` is
 * the one `<sheetData>` was written with) and leaves the reader before the first thing that is not one.
 */
export function scanRows(r: XmlReader, prefix: string, sheet: SheetBuilder): void {
  const { tok, mcColons } = r.raw();
  const state = tok.scanState();
  if (!state) return;
  tok.seek(new RowScanner(state.text, tok, tagsFor(prefix), mcColons, sheet).run(state.pos));
}

/** One cell of the row being read. */
interface Cell {
  r: string | undefined;
  s: string | undefined;
  t: string | undefined;
  v: string | null;
  f: string | null;
  si: string | undefined;
  inline: string | null;
}

class RowScanner {
  private readonly cells: Cell[] = [];
  private count = 0;
  private selfClosing = false;
  /** Attribute values captured by `attributes` (which ones depends on the element). */
  private a1: string | undefined;
  private a2: string | undefined;
  private a3: string | undefined;
  private readonly nameStarts: number[] = [];
  private readonly nameEnds: number[] = [];

  constructor(
    private readonly t: string,
    private readonly tok: XmlTokenizer,
    private readonly tags: Tags,
    private readonly mcColons: readonly string[],
    private readonly sheet: SheetBuilder,
  ) {}

  /** Reads rows from `pos`; returns where the first one it does not read begins. */
  run(pos: number): number {
    for (;;) {
      const p = this.space(pos);
      if (!this.isTag(p, this.tags.row)) return p;
      const end = this.row(p);
      if (end === NOT_PLAIN) return p;
      pos = end;
    }
  }

  /** A whole row from its "<row"; its cells are added only when it is read to its end. */
  private row(p: number): number {
    const t = this.t;
    let q = this.attributes(p + this.tags.row.length, 'r', '', '');
    if (q === NOT_PLAIN) return q;
    const rowNumber = this.a1;
    this.count = 0;
    if (!this.selfClosing) {
      for (;;) {
        q = this.space(q);
        if (t.startsWith(this.tags.rowEnd, q)) {
          q += this.tags.rowEnd.length;
          break;
        }
        if (!this.isTag(q, this.tags.c)) return NOT_PLAIN;
        q = this.cell(q);
        if (q === NOT_PLAIN) return q;
      }
    }
    this.commit(rowNumber);
    return q;
  }

  private commit(rowNumber: string | undefined): void {
    const sheet = this.sheet;
    sheet.startRow(rowNumber);
    for (let i = 0; i < this.count; i++) {
      const c = this.cells[i] as Cell;
      const cell = sheet.startCell(c.r, c.s, c.t);
      cell.value = c.v;
      cell.formula = c.f === null ? null : sheet.formulaText(c.f, c.si);
      cell.inline = c.inline;
      sheet.endCell(cell);
    }
  }

  /** One `<c>` from its "<c", into the row's list. */
  private cell(p: number): number {
    const t = this.t;
    const tags = this.tags;
    let q = this.attributes(p + tags.c.length, 'r', 's', 't');
    if (q === NOT_PLAIN) return q;
    const cell = this.nextCell();
    cell.r = this.a1;
    cell.s = this.a2;
    cell.t = this.a3;
    if (this.selfClosing) return q;
    for (;;) {
      q = this.space(q);
      if (t.startsWith(tags.cEnd, q)) return q + tags.cEnd.length;
      if (t.startsWith(tags.v, q)) {
        q = this.text(q + tags.v.length, tags.vEnd);
        cell.v = this.value;
      } else if (this.isTag(q, tags.f)) {
        q = this.attributes(q + tags.f.length, 't', 'si', '');
        if (q === NOT_PLAIN) return q;
        cell.si = this.a1 === 'shared' ? (this.a2 ?? '') : undefined;
        if (this.selfClosing) cell.f = '';
        else {
          q = this.text(q, tags.fEnd);
          cell.f = this.value;
        }
      } else if (t.startsWith(tags.is, q)) {
        q = this.inlineString(q + tags.is.length);
        cell.inline = this.value;
      } else return NOT_PLAIN;
      if (q === NOT_PLAIN) return q;
    }
  }

  /** `<is><t>text</t></is>` from after "<is>" (rich runs and phonetic guides are left to the reader). */
  private inlineString(p: number): number {
    let q = this.space(p);
    if (!this.isTag(q, this.tags.t)) return NOT_PLAIN;
    q = this.attributes(q + this.tags.t.length, '', '', '');
    if (q === NOT_PLAIN || this.selfClosing) return NOT_PLAIN;
    q = this.text(q, this.tags.tEnd);
    if (q === NOT_PLAIN) return q;
    const text = this.value;
    q = this.space(q);
    if (!this.t.startsWith(this.tags.isEnd, q)) return NOT_PLAIN;
    this.value = text;
    return q + this.tags.isEnd.length;
  }

  private value: string | null = null;

  /** Text up to the next "<", which must begin `end`; into `value`. (Short texts: a loop beats indexOf's call.) */
  private text(p: number, end: string): number {
    const t = this.t;
    let amp = false;
    let bracket = false;
    let lt = p;
    for (let c = t.charCodeAt(lt); c !== LT; c = t.charCodeAt(++lt)) {
      if (c !== c) return NOT_PLAIN; // NaN: the part ends
      if (c === AMP) amp = true;
      else if (c === BRACKET) bracket = true;
    }
    if (!t.startsWith(end, lt)) return NOT_PLAIN;
    let s = t.slice(p, lt);
    if (bracket && s.includes(']]>')) return NOT_PLAIN;
    if (amp) s = this.tok.decodeText(s);
    this.value = s;
    return lt + end.length;
  }

  /**
   * The attributes after an element's name, to its ">" or "/>" (`selfClosing`); the values of the unprefixed
   * attributes named n1, n2, n3 go to a1, a2, a3. A namespace declaration or a markup-compatibility attribute is
   * for the reader; other prefixed attributes (x14ac:dyDescent …) are not read.
   */
  private attributes(p: number, n1: string, n2: string, n3: string): number {
    const t = this.t;
    this.a1 = this.a2 = this.a3 = undefined;
    this.selfClosing = false;
    let names = 0;
    for (;;) {
      const before = p;
      p = this.space(p);
      const c = t.charCodeAt(p);
      if (c === GT) return p + 1;
      if (c === SLASH) {
        if (t.charCodeAt(p + 1) !== GT) return NOT_PLAIN;
        this.selfClosing = true;
        return p + 2;
      }
      if (p === before || !startsName(c)) return NOT_PLAIN;
      const start = p;
      let colon = false;
      for (let k = t.charCodeAt(p); charClass(k) === 0; k = t.charCodeAt(++p)) if (k === COLON) colon = true;
      const end = p;
      p = this.space(p);
      if (t.charCodeAt(p) !== EQ) return NOT_PLAIN;
      p = this.space(p + 1);
      const quote = t.charCodeAt(p);
      if (quote !== DQUOTE && quote !== SQUOTE) return NOT_PLAIN;
      // The value, to its closing quote: no "<" in it; note "&" and literal tabs or line ends.
      let flags = 0;
      let close = p + 1;
      for (let k = t.charCodeAt(close); k !== quote; k = t.charCodeAt(++close)) {
        if (k !== k || k === LT) return NOT_PLAIN;
        if (k === AMP) flags |= HAS_AMP;
        else if (k === 0x09 || k === 0x0a) flags |= HAS_SPACE;
      }
      if (this.repeated(start, end, names)) return NOT_PLAIN;
      this.nameStarts[names] = start;
      this.nameEnds[names] = end;
      names++;
      if (colon || t.startsWith('xmlns', start)) {
        if (t.startsWith('xmlns', start) || this.isCompatibility(start)) return NOT_PLAIN;
      } else if (this.nameIs(start, end, n1)) this.a1 = this.attrValue(p + 1, close, flags);
      else if (this.nameIs(start, end, n2)) this.a2 = this.attrValue(p + 1, close, flags);
      else if (this.nameIs(start, end, n3)) this.a3 = this.attrValue(p + 1, close, flags);
      p = close + 1;
    }
  }

  private attrValue(from: number, to: number, flags: number): string {
    let v = this.t.slice(from, to);
    if (flags & HAS_SPACE) v = v.replace(/[\t\n]/g, ' ');
    return flags & HAS_AMP ? this.tok.decodeText(v) : v;
  }

  /** The name in [start, end) is `n` (never the empty name). */
  private nameIs(start: number, end: number, n: string): boolean {
    if (end - start !== n.length || n === '') return false;
    return n.length === 1 ? this.t.charCodeAt(start) === n.charCodeAt(0) : this.t.startsWith(n, start);
  }

  /** The attribute at `start` is in the markup-compatibility namespace ("mc:Ignorable" …). */
  private isCompatibility(start: number): boolean {
    for (const m of this.mcColons) if (this.t.startsWith(m, start)) return true;
    return false;
  }

  /** True when an attribute of the same name came before in this tag. */
  private repeated(start: number, end: number, names: number): boolean {
    const t = this.t;
    const length = end - start;
    for (let i = 0; i < names; i++) {
      const s = this.nameStarts[i] as number;
      if ((this.nameEnds[i] as number) - s !== length) continue;
      let k = 0;
      while (k < length && t.charCodeAt(s + k) === t.charCodeAt(start + k)) k++;
      if (k === length) return true;
    }
    return false;
  }

  private nextCell(): Cell {
    let cell = this.cells[this.count];
    if (!cell) {
      cell = { r: undefined, s: undefined, t: undefined, v: null, f: null, si: undefined, inline: null };
      this.cells.push(cell);
    }
    cell.v = cell.f = cell.inline = null;
    cell.si = undefined;
    this.count++;
    return cell;
  }

  /** `tag` ("<c") at `p`, followed by what ends a name (so "<col" is not "<c"). */
  private isTag(p: number, tag: string): boolean {
    return this.t.startsWith(tag, p) && charClass(this.t.charCodeAt(p + tag.length)) !== 0;
  }

  private space(p: number): number {
    const t = this.t;
    for (
      let c = t.charCodeAt(p);
      c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
      c = t.charCodeAt(++p)
    );
    return p;
  }
}

/** A name's first character: not a digit, "-" or "." (nor anything that cannot be in a name). */
function startsName(c: number): boolean {
  return charClass(c) === 0 && !(c >= 0x30 && c <= 0x39) && c !== 0x2d && c !== 0x2e;
}
