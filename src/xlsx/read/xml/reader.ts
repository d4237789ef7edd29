/**
 * Namespaces and markup compatibility over the tokenizer: every element is delivered with its namespace URI and
 * local name, and only elements of the namespaces the part's reader understands are delivered at all. The rest is
 * handled as ECMA-376 Part 3 (Markup Compatibility and Extensibility) says:
 * - `mc:AlternateContent`: the first `mc:Choice` whose `Requires` namespaces are all understood is read in its
 *   place, else the `mc:Fallback`; the other branches are passed over (§10.2);
 * - `mc:Ignorable` namespaces: their elements are passed over with their content, unless `mc:ProcessContent` names
 *   them, when only the element itself is dropped and its children are read (§10.1.1, §10.1.3); their attributes
 *   are dropped;
 * - `mc:MustUnderstand` naming a namespace not understood: the part cannot be read (§10.1.2);
 * - elements of any other namespace, declared ignorable or not, are passed over too: Part 3 lets a consumer reject
 *   them, Excel repairs the file by dropping them; either way they never change a value or a setting here.
 * Unbound prefixes are malformed (Namespaces in XML 1.0 §5).
 */
import { corrupt } from '../abort';
import { NS, canonicalUri } from './namespaces';
import { CLOSE, END, OPEN, TEXT, XmlTokenizer, type XmlEvent } from './tokenizer';

export { CLOSE, END, OPEN, TEXT, type XmlEvent } from './tokenizer';

/** An element as resolved in a scope: delivered when its namespace is understood. */
interface Name {
  uri: string;
  local: string;
  delivered: boolean;
}

/** Open elements that are not delivered: read through (mc:Choice, mc:Fallback, ProcessContent) or an AlternateContent. */
const TRANSPARENT: Name = { uri: '', local: '', delivered: false };
const ALTERNATE: Name = { uri: '', local: '', delivered: false };

interface Scope {
  /** Tokenizer depth of the element that opened the scope. */
  depth: number;
  prefixes: Map<string, string>;
  ignorable: ReadonlySet<string>;
  /** "uri local" and "uri *" entries of mc:ProcessContent. */
  processContent: ReadonlySet<string>;
  /** Resolved element names of this scope, by qualified name. */
  names: Map<string, Name>;
  /** "mc:" for each prefix bound to the markup-compatibility namespace (to spot its attributes without slicing). */
  mcColons: string[];
}

/** A namespace-aware pull reader over one part. */
export class XmlReader {
  /** Namespace URI and local name of the element just opened or closed. */
  uri = '';
  local = '';
  /** Depth of delivered elements (1 inside the root). */
  depth = 0;

  private readonly tok: XmlTokenizer;
  private scope: Scope;
  private readonly scopes: Scope[] = [];
  /** One entry per element open in the tokenizer: its Name, TRANSPARENT or ALTERNATE. */
  private readonly open: Name[] = [];
  /** Tokenizer depth and "a branch was taken" of each open mc:AlternateContent. */
  private readonly alternates: { depth: number; chosen: boolean }[] = [];

  /** A reader for a part's text; `understood` lists the namespaces whose elements are delivered. */
  constructor(
    text: string,
    readonly part: string,
    private readonly understood: ReadonlySet<string>,
  ) {
    this.tok = new XmlTokenizer(text, part);
    this.scope = {
      depth: 0,
      prefixes: new Map([['xml', NS.xml]]),
      ignorable: new Set(),
      processContent: new Set(),
      names: new Map(),
      mcColons: [],
    };
  }

  /** The next delivered event. */
  next(): XmlEvent {
    const tok = this.tok;
    for (;;) {
      const e = tok.next();
      if (e === OPEN) {
        if (this.start()) return OPEN;
      } else if (e === CLOSE) {
        const name = this.open.pop() as Name;
        if (this.scope.depth > tok.depth) this.scope = this.scopes.pop() as Scope;
        if (name.delivered) {
          this.uri = name.uri;
          this.local = name.local;
          this.depth--;
          return CLOSE;
        }
        if (name === ALTERNATE) this.alternates.pop();
      } else if (e === TEXT) {
        if (this.open[this.open.length - 1] !== ALTERNATE) return TEXT;
      } else return END;
    }
  }

  /** The qualified name of the element just opened or closed, as written ("x:c"). */
  qualifiedName(): string {
    return this.tok.name;
  }

  /** The text of the TEXT event just returned. */
  textValue(): string {
    return this.tok.textValue();
  }

  /** An unprefixed attribute of the element just opened (SpreadsheetML attributes are unqualified). */
  attr(local: string): string | undefined {
    const tok = this.tok;
    for (let i = 0; i < tok.attrCount; i++) if (tok.attrIs(i, local)) return tok.attrValue(i);
    return undefined;
  }

  /** A namespaced attribute of the element just opened, by URI and local name ("r:id" is `attrNs(NS.rel, 'id')`). */
  attrNs(uri: string, local: string): string | undefined {
    const tok = this.tok;
    if (!tok.prefixedAttrs || !this.understood.has(uri)) return undefined;
    for (let i = 0; i < tok.attrCount; i++) {
      const name = tok.attrName(i);
      const colon = name.indexOf(':');
      if (colon === -1 || name.slice(colon + 1) !== local || name.startsWith('xmlns:')) continue;
      if (this.prefixUri(name.slice(0, colon)) === uri) return tok.attrValue(i);
    }
    return undefined;
  }

  /** Passes over the rest of the innermost open element (its content and its end). */
  skip(): void {
    const tok = this.tok;
    const name = this.open[this.open.length - 1];
    if (name === undefined || !name.delivered) {
      const target = this.depth - 1;
      while (this.depth > target) if (this.next() === END) return;
      return;
    }
    tok.skipElement();
    this.open.pop();
    if (this.scope.depth > tok.depth) this.scope = this.scopes.pop() as Scope;
    this.uri = name.uri;
    this.local = name.local;
    this.depth--;
  }

  /** The text directly inside the element just opened (nested elements are passed over), and its end. */
  readText(): string {
    let out = '';
    const depth = this.depth;
    for (let e = this.next(); e !== END; e = this.next()) {
      if (e === TEXT) {
        if (this.depth === depth) out += this.textValue();
      } else if (e === OPEN) this.skip();
      else if (this.depth < depth) return out;
    }
    return out;
  }

  /**
   * For a scanner specialised for one kind of content: the tokenizer, and the prefixes bound to the
   * markup-compatibility namespace here ("mc:"), whose attributes it must leave to this reader.
   */
  raw(): { tok: XmlTokenizer; mcColons: readonly string[] } {
    return { tok: this.tok, mcColons: this.scope.mcColons };
  }

  /** FILE_CORRUPT naming the part: the XML is not well-formed. */
  fail(what: string): never {
    return this.tok.fail(what);
  }

  /** FILE_CORRUPT naming the part: well-formed XML, but not what the format allows. */
  invalid(what: string): never {
    return corrupt(`${this.part}: ${what}`);
  }

  /** Handles a start tag; true when it is delivered. */
  private start(): boolean {
    const tok = this.tok;
    const depth = tok.depth;
    if (tok.xmlnsAttrs) this.declare(depth);
    if (tok.prefixedAttrs && this.scope.mcColons.length) this.compatibilityAttributes(depth);
    const name = this.resolve(tok.name);
    const parent = this.open[this.open.length - 1];
    if (parent === ALTERNATE && name.uri !== NS.mc)
      this.invalid(`<${tok.name}> directly inside mc:AlternateContent`);
    if (name.delivered) {
      this.open.push(name);
      this.uri = name.uri;
      this.local = name.local;
      this.depth++;
      return true;
    }
    const kind = name.uri === NS.mc ? this.compatibility(name.local, depth) : this.foreign(name);
    if (kind === null) {
      tok.skipElement();
      if (this.scope.depth > tok.depth) this.scope = this.scopes.pop() as Scope;
    } else this.open.push(kind);
    return false;
  }

  /** mc:AlternateContent, mc:Choice, mc:Fallback → how to treat the element (null: pass over it). */
  private compatibility(local: string, depth: number): Name | null {
    if (local === 'AlternateContent') {
      this.alternates.push({ depth, chosen: false });
      return ALTERNATE;
    }
    const alt = this.alternates[this.alternates.length - 1];
    if ((local !== 'Choice' && local !== 'Fallback') || alt === undefined || alt.depth !== depth - 1)
      return this.invalid(`mc:${local} outside mc:AlternateContent`);
    if (alt.chosen) return null;
    if (local === 'Choice') {
      const requires = this.attr('Requires');
      if (requires === undefined) this.invalid('mc:Choice without Requires');
      const prefixes = requires.trim().split(/[ \t\n]+/);
      if (!prefixes.every((p) => this.understood.has(this.prefixUri(p)))) return null;
    }
    alt.chosen = true;
    return TRANSPARENT;
  }

  /** An element of a namespace not understood: its children are read only when mc:ProcessContent says so. */
  private foreign({ uri, local }: Name): Name | null {
    const s = this.scope;
    const process =
      s.ignorable.has(uri) && (s.processContent.has(`${uri} ${local}`) || s.processContent.has(`${uri} *`));
    return process ? TRANSPARENT : null;
  }

  /** The namespace declarations of the element just opened (tokenizer depth `depth`). */
  private declare(depth: number): void {
    const tok = this.tok;
    const prefixes = new Map(this.scope.prefixes);
    for (let i = 0; i < tok.attrCount; i++) {
      const name = tok.attrName(i);
      if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
      const prefix = name === 'xmlns' ? '' : name.slice(6);
      const uri = tok.attrValue(i);
      if (prefix === 'xml' || prefix === 'xmlns' || (prefix !== '' && uri === ''))
        this.fail(`namespace declaration ${name}="${uri.slice(0, 60)}"`);
      prefixes.set(prefix, canonicalUri(uri));
    }
    const mcColons = [...prefixes].filter(([p, uri]) => uri === NS.mc && p !== '').map(([p]) => `${p}:`);
    this.push(depth, { prefixes, mcColons });
  }

  /** mc:Ignorable, mc:ProcessContent and mc:MustUnderstand on the element just opened. */
  private compatibilityAttributes(depth: number): void {
    const tok = this.tok;
    for (let i = 0; i < tok.attrCount; i++) {
      const colon = this.scope.mcColons.find((c) => tok.attrStartsWith(i, c));
      if (colon !== undefined)
        this.compatibilityAttribute(tok.attrName(i).slice(colon.length), tok.attrValue(i), depth);
    }
  }

  private compatibilityAttribute(local: string, value: string, depth: number): void {
    const items = value.trim() === '' ? [] : value.trim().split(/[ \t\n]+/);
    if (local === 'Ignorable') {
      const ignorable = new Set(this.scope.ignorable);
      for (const p of items) ignorable.add(this.prefixUri(p));
      this.push(depth, { ignorable });
    } else if (local === 'ProcessContent') {
      const processContent = new Set(this.scope.processContent);
      for (const item of items) {
        const colon = item.indexOf(':');
        if (colon === -1) this.invalid(`mc:ProcessContent "${item.slice(0, 40)}"`);
        processContent.add(`${this.prefixUri(item.slice(0, colon))} ${item.slice(colon + 1)}`);
      }
      this.push(depth, { processContent });
    } else if (local === 'MustUnderstand') {
      for (const p of items) {
        const uri = this.prefixUri(p);
        if (!this.understood.has(uri))
          this.invalid(`mc:MustUnderstand names ${uri.slice(0, 80)}, which this reader does not know`);
      }
    }
  }

  /** A new scope for the element at `depth` (or the one it already opened), with some parts replaced. */
  private push(
    depth: number,
    change: Partial<Pick<Scope, 'prefixes' | 'ignorable' | 'processContent' | 'mcColons'>>,
  ): void {
    if (this.scope.depth === depth) {
      Object.assign(this.scope, change, { names: new Map() });
      return;
    }
    this.scopes.push(this.scope);
    this.scope = { ...this.scope, ...change, depth, names: new Map() };
  }

  private prefixUri(prefix: string): string {
    const uri = this.scope.prefixes.get(prefix);
    if (uri === undefined)
      return prefix === '' ? '' : this.fail(`unbound namespace prefix "${prefix.slice(0, 20)}"`);
    return uri;
  }

  /** "x:c" → its Name in the current scope (cached per scope). */
  private resolve(qname: string): Name {
    const cached = this.scope.names.get(qname);
    if (cached) return cached;
    const colon = qname.indexOf(':');
    const uri = this.prefixUri(colon === -1 ? '' : qname.slice(0, colon));
    const local = colon === -1 ? qname : qname.slice(colon + 1);
    if (local === '' || local.includes(':')) this.fail(`element name "${qname.slice(0, 40)}"`);
    const name: Name = { uri, local, delivered: this.understood.has(uri) };
    this.scope.names.set(qname, name);
    return name;
  }
}
