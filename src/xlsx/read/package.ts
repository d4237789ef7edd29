/**
 * The OPC package around the workbook: parts found through relationships (never by assuming "sheetN.xml"), each
 * inflated at most once and only when asked for. Open Packaging Conventions: ECMA-376 Part 2.
 */
import { inflateEntry, type InflateBudget, type RawInflate } from './inflate';
import type { ReadLimits } from './limits';
import { xmlText } from './text';
import { isRelType, NS, UNDERSTOOD } from './xml/namespaces';
import { XmlReader } from './xml/reader';
import { forEachChild, readRoot } from './xml/root';
import type { ZipDirectory } from './zip';

/** One relationship of a part, its target resolved to a part name ("xl/worksheets/sheet1.xml"). */
export interface Relationship {
  id: string;
  /** The relationship type URI (compare with isType: transitional and strict OOXML spell it differently). */
  type: string;
  target: string;
}

/** Access to the parts of one zip, with the limits and budget shared by the whole read. */
export class Package {
  /** Wraps a checked zip directory. */
  constructor(
    private readonly bytes: Uint8Array,
    private readonly entries: ZipDirectory,
    private readonly limits: ReadLimits,
    private readonly budget: InflateBudget,
    private readonly native?: RawInflate,
  ) {}

  /** True when the zip has this part (case-insensitive). */
  has(part: string): boolean {
    return this.entries.has(part.toLowerCase());
  }

  /** A part's XML text, or null when the zip has no such part. */
  text(part: string): string | null {
    const entry = this.entries.get(part.toLowerCase());
    if (!entry) return null;
    return xmlText(inflateEntry(this.bytes, entry, this.limits, this.budget, this.native), part);
  }

  /** The relationships of a part (none when it has no .rels part); external targets are left out. */
  relationships(part: string): Relationship[] {
    const relsPart = relsPartOf(part);
    const text = this.text(relsPart);
    return text === null ? [] : parseRelationships(text, relsPart, part);
  }
}

/**
 * A relationships part (ECMA-376 Part 2 §9.3): `<Relationship>` children of `<Relationships>`, both in the package
 * relationships namespace.
 */
function parseRelationships(text: string, relsPart: string, sourcePart: string): Relationship[] {
  const r = new XmlReader(text, relsPart, UNDERSTOOD.relationships);
  readRoot(r, NS.pkgRel, 'Relationships');
  const out: Relationship[] = [];
  forEachChild(r, (local) => {
    if (local !== 'Relationship' || r.uri !== NS.pkgRel) return;
    const id = r.attr('Id');
    const target = r.attr('Target');
    if (id === undefined || target === undefined) return r.invalid('relationship without Id or Target');
    if (r.attr('TargetMode') !== 'External')
      out.push({ id, type: r.attr('Type') ?? '', target: resolveTarget(sourcePart, target) });
  });
  return out;
}

/** True when the relationship is of this type ("worksheet", "sharedStrings", "core-properties", …). */
export function isType(rel: Relationship, name: string): boolean {
  return isRelType(rel.type, name);
}

/** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; "" (the package) → "_rels/.rels". */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * A relationship target as a part name: absolute ("/xl/worksheets/sheet1.xml", as some writers put it) from the
 * package root, relative ("worksheets/sheet1.xml", "../docProps/core.xml") from the source part's folder;
 * percent-escapes decoded (targets are URIs, ECMA-376 Part 2 §9.3.2).
 */
export function resolveTarget(sourcePart: string, target: string): string {
  const decoded = decodePercent(target.replace(/\\/g, '/'));
  const base = decoded.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const seg of decoded.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') base.pop();
    else base.push(seg);
  }
  return base.join('/');
}

function decodePercent(s: string): string {
  if (!s.includes('%')) return s;
  const decoder = new TextDecoder('utf-8');
  return s.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) =>
    decoder.decode(Uint8Array.from(run.slice(1).split('%'), (h) => parseInt(h, 16))),
  );
}

/** The content types of a package: by extension (`<Default>`) and by part name (`<Override>`). */
export interface ContentTypes {
  defaults: Map<string, string>;
  overrides: Map<string, string>;
}

/** [Content_Types].xml (ECMA-376 Part 2 §10.1.2): `<Default>` and `<Override>` children of `<Types>`. */
export function parseContentTypes(text: string, part: string): ContentTypes {
  const r = new XmlReader(text, part, UNDERSTOOD.contentTypes);
  readRoot(r, NS.contentTypes, 'Types');
  const types: ContentTypes = { defaults: new Map(), overrides: new Map() };
  forEachChild(r, (local) => {
    const type = r.attr('ContentType');
    if (type === undefined) return;
    const extension = r.attr('Extension');
    const name = r.attr('PartName');
    if (local === 'Default' && extension !== undefined) types.defaults.set(extension.toLowerCase(), type);
    else if (local === 'Override' && name !== undefined)
      types.overrides.set(name.replace(/^\//, '').toLowerCase(), type);
  });
  return types;
}

/** The content type of a part ("" when the package does not say). */
export function contentTypeOf(types: ContentTypes, part: string): string {
  const lower = part.toLowerCase();
  const override = types.overrides.get(lower);
  if (override !== undefined) return override;
  const dot = lower.lastIndexOf('.');
  return dot === -1 ? '' : (types.defaults.get(lower.slice(dot + 1)) ?? '');
}
