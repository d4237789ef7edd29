/** Named CellStyles → ExcelJS style objects, built once per (style, number format) and shared by every cell. */
import type ExcelJS from 'exceljs';
import { BODY_FONT_SIZE, DOCUMENT_FONT } from '../../core/sheet/print';
import type { CellStyle } from '../../core/sheet/spec';
import { argb } from './checks';
import { WorkbookSpecError } from './specError';

/**
 * The font of every cell we write. Times New Roman: the font Decree 30/2020/NĐ-CP prescribes for Vietnamese
 * administrative documents (Unicode, TCVN 6909:2001), so templates look like the paperwork agencies know; it has
 * every precomposed Vietnamese letter on Windows and macOS, and LibreOffice on Linux substitutes the
 * metric-compatible Liberation Serif, so column widths and wrapping stay the same.
 */
export const FONT_NAME = DOCUMENT_FONT;
/** Body text size in points (titles and sections set their own). */
export const FONT_SIZE = BODY_FONT_SIZE;
/** Font family 1 = Roman (serif), the family Excel records for Times New Roman. */
const FONT_FAMILY = 1;

/** Deep-freezes a style so no cell can change the object it shares with thousands of others. */
function freeze<T extends object>(o: T): Readonly<T> {
  for (const v of Object.values(o) as unknown[]) if (v !== null && typeof v === 'object') freeze(v);
  return Object.freeze(o);
}

/** The ExcelJS style for a named CellStyle and number format (both optional). */
export function excelStyle(style: CellStyle, fmt: string | undefined, where: string): Partial<ExcelJS.Style> {
  const font: Partial<ExcelJS.Font> = {
    name: FONT_NAME,
    family: FONT_FAMILY,
    size: style.fontSize ?? FONT_SIZE,
  };
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (style.fontColor) font.color = { argb: argb(style.fontColor, where) };
  const out: Partial<ExcelJS.Style> = { font };
  if (style.fill)
    out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill, where) } };
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (style.hAlign) alignment.horizontal = style.hAlign;
  if (style.vAlign) alignment.vertical = style.vAlign;
  if (style.wrap) alignment.wrapText = true;
  if (Object.keys(alignment).length > 0) out.alignment = alignment;
  if (style.border === 'thin') {
    const side: Partial<ExcelJS.Border> = { style: 'thin' };
    out.border = { top: side, left: side, bottom: side, right: side };
  }
  // Excel locks every cell by default; only input cells say otherwise, and only they need a protection record.
  if (style.locked === false) out.protection = { locked: false };
  if (fmt !== undefined && fmt !== '') out.numFmt = fmt;
  return out;
}

/**
 * Style objects per (name, number format), shared by reference. Sharing matters twice: ExcelJS's style writer
 * caches the xf id per style object in a WeakMap (lib/xlsx/xform/style/styles-xform.js `addStyleModel`), so a
 * shared object is serialised once; and a shared object must never be mutated in place — `cell.numFmt = …`
 * writes into `cell.style`, changing every cell that shares it (https://github.com/exceljs/exceljs/issues/2747).
 * So formats are part of the key and the objects are frozen.
 */
export class StyleCache {
  private readonly cache = new Map<string, Partial<ExcelJS.Style>>();

  constructor(private readonly styles: Readonly<Record<string, CellStyle>>) {}

  /**
   * The shared style object for a cell with style name `name` (none: the plain font) and format `fmt`. `where` is
   * only called to name the cell in an error, so a cache hit costs no string building.
   */
  get(name: string | undefined, fmt: string | undefined, where: () => string): Partial<ExcelJS.Style> {
    const key = `${name ?? ''}\u0000${fmt ?? ''}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const style = name === undefined ? {} : this.named(name, where());
    const made = freeze(excelStyle(style, fmt, where()));
    this.cache.set(key, made);
    return made;
  }

  /** The named style, or a WorkbookSpecError when the spec has no such name. */
  named(name: string, where: string): CellStyle {
    // hasOwn: a style named "constructor" must not find Object.prototype's.
    const style = Object.hasOwn(this.styles, name) ? this.styles[name] : undefined;
    if (!style) throw new WorkbookSpecError(where, `unknown style "${name}"`);
    return style;
  }
}
