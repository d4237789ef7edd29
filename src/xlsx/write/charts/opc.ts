/**
 * Small edits to the package ExcelJS just wrote (content types, relationships, where a sheet's XML lives). These
 * read our own writer's output, never a user's file, so plain string work on its known shape is enough; anything
 * unexpected throws instead of guessing.
 */
import { xmlEscape } from './xml';

/** Package parts by path, as fflate's unzipSync gives them. */
export type Parts = Record<string, Uint8Array>;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A part's text; throws when the part is missing. */
export function readPart(parts: Parts, path: string): string {
  const bytes = parts[path];
  if (!bytes) throw new Error(`xlsx package has no part ${path}`);
  return decoder.decode(bytes);
}

/** Stores a part's text (UTF-8). */
export function writePart(parts: Parts, path: string, text: string): void {
  parts[path] = encoder.encode(text);
}

/** Inserts `insert` just before the last `</tag>` of a part's text. */
function beforeClosing(xml: string, tag: string, insert: string, path: string): string {
  const at = xml.lastIndexOf(`</${tag}>`);
  if (at < 0) throw new Error(`${path} has no </${tag}>`);
  return xml.slice(0, at) + insert + xml.slice(at);
}

/** Adds an Override to [Content_Types].xml. */
export function addContentType(parts: Parts, partName: string, contentType: string): void {
  const path = '[Content_Types].xml';
  const override = `<Override PartName="${xmlEscape(partName)}" ContentType="${contentType}"/>`;
  writePart(parts, path, beforeClosing(readPart(parts, path), 'Types', override, path));
}

/** The rels part that belongs to a part: xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels. */
export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** Adds a relationship to a part's rels (creating the rels part if needed); returns the new rId. */
export function addRelationship(parts: Parts, partPath: string, type: string, target: string): string {
  const path = relsPathOf(partPath);
  const xml = parts[path]
    ? readPart(parts, path)
    : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const used = [...xml.matchAll(/\bId="rId(\d+)"/g)].map((m) => Number(m[1]));
  const id = `rId${Math.max(0, ...used) + 1}`;
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${xmlEscape(target)}"/>`;
  writePart(parts, path, beforeClosing(xml, 'Relationships', rel, path));
  return id;
}

function attribute(element: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1];
}

/**
 * The worksheet part of each sheet, in workbook order: `<sheet r:id>` in xl/workbook.xml, resolved through
 * xl/_rels/workbook.xml.rels (targets are relative to xl/ or absolute from the package root).
 */
export function sheetPartPaths(parts: Parts): string[] {
  const workbook = readPart(parts, 'xl/workbook.xml');
  const rels = readPart(parts, 'xl/_rels/workbook.xml.rels');
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attribute(m[0], 'Id');
    const target = attribute(m[0], 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  return [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => {
    const id = attribute(m[0], 'r:id');
    const path = id ? targets.get(id) : undefined;
    if (!path || !parts[path]) throw new Error(`xl/workbook.xml: no worksheet part for ${m[0]}`);
    return path;
  });
}

/**
 * CT_Worksheet children that must come after <drawing> (ECMA-376 Part 1, 18.3.1.99 worksheet; ExcelJS writes them
 * in schema order, see lib/xlsx/xform/sheet/worksheet-xform.js `render`).
 */
const AFTER_DRAWING =
  /<(legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)[\s/>]/;

/** Puts `<drawing r:id="…"/>` into a worksheet's XML at its schema position. */
export function insertDrawingElement(sheetXml: string, relId: string, path: string): string {
  if (/<drawing[\s/>]/.test(sheetXml)) throw new Error(`${path} already has a <drawing>`);
  const element = `<drawing r:id="${relId}"/>`;
  const next = AFTER_DRAWING.exec(sheetXml);
  if (next) return sheetXml.slice(0, next.index) + element + sheetXml.slice(next.index);
  return beforeClosing(sheetXml, 'worksheet', element, path);
}

/** The first free N for parts named `${prefix}N.xml` (xl/charts/chart → 1, 2, …). */
export function nextPartNumber(parts: Parts, prefix: string): number {
  let n = 1;
  while (parts[`${prefix}${n}.xml`]) n++;
  return n;
}
