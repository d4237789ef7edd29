/** Conditional formats ("cell text equals X → style") from a SheetSpec into an ExcelJS sheet. */
import type ExcelJS from 'exceljs';
import { rangeAddress } from '../../core/sheet/a1';
import type { CellStyle, SheetSpec } from '../../core/sheet/spec';
import { argb, requireRange } from './checks';
import type { StyleCache } from './styles';

/**
 * The differential format (dxf) for a named style: fill and font colour, bold, italic (a dxf changes only what it
 * names). The solid fill carries the colour in both fgColor and bgColor: Excel paints a dxf's solid fill with
 * bgColor, LibreOffice and others with fgColor (https://github.com/randym/axlsx/issues/218,
 * https://github.com/exceljs/exceljs/issues/2821).
 */
export function dxfStyle(style: CellStyle, where: string): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (style.fill) {
    const color = { argb: argb(style.fill, where) };
    out.fill = { type: 'pattern', pattern: 'solid', fgColor: color, bgColor: color };
  }
  const font: Partial<ExcelJS.Font> = {};
  if (style.fontColor) font.color = { argb: argb(style.fontColor, where) };
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (Object.keys(font).length > 0) out.font = font;
  return out;
}

/** A formula string literal: `Đạt` → `"Đạt"` (inner quotes doubled). */
export function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * Adds the sheet's conditional formats. `textEquals` becomes `cellIs equal "text"`, not `containsText`: that one
 * is SEARCH-based and case-insensitive, so "Đạt" would also colour "Chưa đạt" and "Gần đạt". Priorities are set
 * here (1, 2, … in spec order) rather than left to ExcelJS, so the output does not depend on its numbering.
 */
export function writeConditionalFormats(ws: ExcelJS.Worksheet, sheet: SheetSpec, styles: StyleCache): void {
  let priority = 1;
  for (const cf of sheet.conditionalFormats) {
    const where = `sheet "${sheet.name}", conditional format ${cf.range}`;
    const ref = rangeAddress(requireRange(cf.range, where));
    const rules: ExcelJS.ConditionalFormattingRule[] = cf.rules.map((rule) => ({
      type: 'cellIs',
      operator: 'equal',
      formulae: [formulaString(rule.text)],
      priority: priority++,
      style: dxfStyle(styles.named(rule.style, where), where),
    }));
    if (rules.length > 0) ws.addConditionalFormatting({ ref, rules });
  }
}
