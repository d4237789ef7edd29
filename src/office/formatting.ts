/**
 * A named CellStyle applied to a range as direct formatting (what the xlsx writer writes per cell), and the format of
 * a conditional-format rule. Colours are "#RRGGBB" in Office.js; alignment and border names are its string enums
 * (https://learn.microsoft.com/javascript/api/excel/excel.rangeformat).
 */
import type { CellRange } from '../core/sheet/a1';
import type { CellStyle } from '../core/sheet/spec';
import { ACTION_BYTES } from './payload';

const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

/** Office.js colour for a spec colour ("1F3864" → "#1F3864"). */
export function officeColor(rgb: string): string {
  return `#${rgb}`;
}

/** A border line of a range. */
export type BorderEdge =
  'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal';

/** The border edges a thin-bordered rectangle needs (inside lines only where the rectangle has them). */
export function borderEdges(rect: CellRange): BorderEdge[] {
  const edges: BorderEdge[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
  if (rect.right > rect.left) edges.push('InsideVertical');
  if (rect.bottom > rect.top) edges.push('InsideHorizontal');
  return edges;
}

/** Estimated request bytes of applying `style` to one rectangle. */
export function styleBytes(style: CellStyle, rect: CellRange): number {
  const props =
    Number(style.bold !== undefined) +
    Number(style.italic !== undefined) +
    Number(style.fontSize !== undefined) +
    Number(style.fontColor !== undefined) +
    Number(style.fill !== undefined) +
    Number(style.wrap !== undefined) +
    Number(style.hAlign !== undefined) +
    Number(style.vAlign !== undefined) +
    Number(style.locked === false) +
    (style.border === 'thin' ? 2 * borderEdges(rect).length : 0);
  return (props + 1) * ACTION_BYTES;
}

/** Queues the style's formatting on a range (only what the style sets; cells stay locked unless it says otherwise). */
export function applyStyle(range: Excel.Range, style: CellStyle, rect: CellRange): void {
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor !== undefined) format.font.color = officeColor(style.fontColor);
  if (style.fill !== undefined) format.fill.color = officeColor(style.fill);
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.hAlign !== undefined) format.horizontalAlignment = H_ALIGN[style.hAlign];
  if (style.vAlign !== undefined) format.verticalAlignment = V_ALIGN[style.vAlign];
  if (style.border === 'thin') {
    for (const edge of borderEdges(rect)) {
      const border = format.borders.getItem(edge);
      border.style = 'Continuous';
      border.weight = 'Thin';
    }
  }
  // Worksheet protection only guards locked cells; input cells are unlocked so agencies can type into them.
  if (style.locked === false) format.protection.locked = false;
}

/** Queues the fill and font of a style on a conditional format (the only parts a conditional format carries). */
export function applyConditionalStyle(format: Excel.ConditionalRangeFormat, style: CellStyle): void {
  if (style.fill !== undefined) format.fill.color = officeColor(style.fill);
  if (style.fontColor !== undefined) format.font.color = officeColor(style.fontColor);
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
}
