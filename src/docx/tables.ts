/**
 * Tables of a DocumentModel as `docx` tables: fixed layout over the section's text width, header rows marked to repeat
 * on every page (`w:tblHeader`), no row split across pages (`w:cantSplit`), merged cells, fills, exact row heights.
 */
import {
  BorderStyle,
  HeightRule,
  Paragraph,
  ShadingType,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type {
  CellBlock,
  TableBlock,
  TableCell as CellModel,
  TableRow as RowModel,
} from '../core/report/document';
import { SIZES } from '../core/report/layout';
import type { Place } from './paragraphs';
import { FONT_SLOTS, toParagraph, toRule } from './paragraphs';
import { halfPoints, ptToTwips } from './units';

/** Left and right padding of every cell, in twips (1.5 mm); 1 pt above and below. */
const CELL_PADDING = 85;
const CELL_PADDING_Y = 20;

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const GRID = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
};

/** Column widths in twips: the weights shared out over `widthTwips`, the last column taking the rounding. */
export function columnTwips(weights: readonly number[], widthTwips: number): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / total) * widthTwips));
  const rest = widthTwips - widths.reduce((a, b) => a + b, 0);
  if (widths.length > 0) widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + rest;
  return widths;
}

/** A cell's blocks; an empty cell gets one empty paragraph, as Word requires, sized not to raise the row. */
function cellChildren(blocks: readonly CellBlock[], place: Place): Paragraph[] {
  if (blocks.length === 0)
    return [
      new Paragraph({
        run: { size: halfPoints(1), font: FONT_SLOTS },
        spacing: { before: 0, after: 0, line: ptToTwips(1), lineRule: 'exact' },
      }),
    ];
  return blocks.map((b) => (b.kind === 'rule' ? toRule(b, place) : toParagraph(b, place)));
}

/**
 * The rows of one part of the table (header or body). A cell's width is the sum of the grid columns it spans; a
 * column covered by a cell spanning down from a row above is skipped, as the model leaves that place out.
 */
function toRows(
  rows: readonly RowModel[],
  widths: readonly number[],
  sizePt: number,
  header: boolean,
): TableRow[] {
  const covered: number[] = widths.map(() => 0); // rows below this one still covered, per grid column
  return rows.map((r) => {
    let col = 0;
    const cells = r.cells.map((c: CellModel) => {
      while ((covered[col] ?? 0) > 0) col += 1;
      const span = c.colSpan ?? 1;
      const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      for (let k = col; k < col + span; k += 1) covered[k] = c.rowSpan ?? 1;
      col += span;
      return toCell(c, { sizePt, widthTwips: Math.max(0, width - 2 * CELL_PADDING) });
    });
    for (let k = 0; k < covered.length; k += 1) covered[k] = Math.max(0, (covered[k] ?? 0) - 1);
    return new TableRow({
      children: cells,
      cantSplit: true,
      ...(header ? { tableHeader: true } : {}),
      ...(r.heightPt !== undefined
        ? { height: { value: ptToTwips(r.heightPt), rule: HeightRule.EXACT } }
        : {}),
    });
  });
}

/** One cell. */
function toCell(c: CellModel, place: Place): TableCell {
  return new TableCell({
    children: cellChildren(c.content, place),
    ...(c.colSpan && c.colSpan > 1 ? { columnSpan: c.colSpan } : {}),
    ...(c.rowSpan && c.rowSpan > 1 ? { rowSpan: c.rowSpan } : {}),
    verticalAlign:
      VerticalAlignTable[c.vAlign === 'center' ? 'CENTER' : c.vAlign === 'bottom' ? 'BOTTOM' : 'TOP'],
    ...(c.fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: c.fill } } : {}),
  });
}

/** A table block written across `widthTwips`. */
export function toTable(block: TableBlock, widthTwips: number): Table {
  const widths = columnTwips(block.columns, widthTwips);
  const sizePt = block.sizePt ?? SIZES.table;
  return new Table({
    width: { size: widthTwips, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: block.borders === 'grid' ? GRID : TableBorders.NONE,
    margins: { top: CELL_PADDING_Y, bottom: CELL_PADDING_Y, left: CELL_PADDING, right: CELL_PADDING },
    rows: [...toRows(block.headerRows, widths, sizePt, true), ...toRows(block.rows, widths, sizePt, false)],
  });
}
