/**
 * The OPC package around the workbook: parts found through relationships (never by assuming "sheetN.xml"), each
 * inflated at most once and only when asked for. Open Packaging Conventions: ECMA-376 Part 2.
 */
import { corrupt } from './abort';
import { inflateEntry, type InflateBudget } from './inflate';
import type { ReadLimits } from './limits';
import { xmlText } from './text';
import { attrLocal, parseXml } from './xml';
import type { ZipDirectory } from './zip';

/** One relationship of a part, its target resolved to a part name ("xl/worksheets/sheet1.xml"). */
export interface Relationship {
  id: string;
  /** The relationship type URI; compare by its last segment (transitional and strict OOXML differ before it). */
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
  ) {}

  /** True when the zip has this part (case-insensitive). */
  has(part: string): boolean {
    return this.entries.has(part.toLowerCase());
  }

  /** A part's XML text, or null when the zip has no such part. */
  text(part: string): string | null {
    const entry = this.entries.get(part.toLowerCase());
    if (!entry) return null;
    return xmlText(inflateEntry(this.bytes, entry, this.limits, this.budget), part);
  }

  /** The relationships of a part (none when it has no .rels part). */
  relationships(part: string): Relationship[] {
    const relsPart = relsPartOf(part);
    const text = this.text(relsPart);
    if (text === null) return [];
    const out: Relationship[] = [];
    parseXml(text, relsPart, {
      open(local, attrs) {
        if (local !== 'Relationship' || attrs.TargetMode === 'External') return;
        const id = attrLocal(attrs, 'Id');
        const target = attrs.Target;
        if (id === undefined || target === undefined)
          corrupt(`${relsPart}: relationship without Id or Target`);
        out.push({ id, type: attrs.Type ?? '', target: resolveTarget(part, target) });
      },
    });
    return out;
  }
}

/** True when a relationship type URI ends with this segment ("worksheet", "sharedStrings", …). */
export function isType(rel: Relationship, segment: string): boolean {
  return rel.type.endsWith(`/${segment}`);
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
