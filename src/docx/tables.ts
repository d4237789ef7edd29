/**
 * Tables of a DocumentModel as `docx` tables: fixed layout over the section's text width, header rows marked to repeat
 * on every page (`w:tblHeader`), no row split across pages (`w:cantSplit`), merged cells, fills, exact row heights.
 */
import {
  BorderStyle,
  HeightRule,
  LineRuleType,
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
import { placeCells, tableProblems } from '../core/report/grid';
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
        spacing: { before: 0, after: 0, line: ptToTwips(1), lineRule: LineRuleType.EXACT },
      }),
    ];
  return blocks.map((b) => (b.kind === 'rule' ? toRule(b, place) : toParagraph(b, place)));
}

/** The rows of one part of the table (header or body); a cell is as wide as the grid columns it spans. */
function toRows(
  rows: readonly RowModel[],
  widths: readonly number[],
  sizePt: number,
  header: boolean,
): TableRow[] {
  const { placements } = placeCells(rows, widths.length);
  return rows.map((r, i) => {
    const cells = r.cells.map((c: CellModel, j) => {
      const at = placements[i]?.[j] ?? { column: 0, span: 1 };
      const width = widths.slice(at.column, at.column + at.span).reduce((a, b) => a + b, 0);
      return toCell(c, { sizePt, widthTwips: Math.max(0, width - 2 * CELL_PADDING) });
    });
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

/** A table block written across `widthTwips`. A table whose cells do not fill its grid is a bug of its builder. */
export function toTable(block: TableBlock, widthTwips: number): Table {
  const problems = tableProblems(block);
  if (problems.length > 0)
    throw new Error(`A table of the report does not fit its columns: ${problems.join('; ')}`);
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
