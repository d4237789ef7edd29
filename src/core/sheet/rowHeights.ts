/**
 * Row heights for wrapped text, estimated from text length and column width. Excel grows rows for wrapped text
 * only when it edits them, and LibreOffice not at all when printing, so without this long names and results
 * overlap the next row in print and PDF.
 */
import { parseRange } from './a1';
import type { CellStyle, SheetSpec } from './spec';

/** Points per line of 11-point text, and the padding of a row. */
const LINE_POINTS = 14.5;
const PADDING_POINTS = 3;
/** Characters per unit of column width for proportional fonts (a width of 10 holds about 11 average characters). */
const CHARS_PER_WIDTH = 1.1;
/** Rows never grow beyond this (Excel's limit is 409 points). */
const MAX_POINTS = 300;

/**
 * Sets the height of rows `from`…end where wrapped text needs more than one line (keeps heights already set). Only
 * printed columns count when the sheet has a print area: a helper column's long text must not open up the rows.
 */
export function fitRowHeights(sheet: SheetSpec, styles: Record<string, CellStyle>, from: number): void {
  const heights = (sheet.rowHeights ??= {});
  const area = sheet.print?.area ? parseRange(sheet.print.area) : null;
  // A merged cell's text wraps across the merged width (merges spanning rows are left as they are).
  const mergedWidth = new Map<string, number>();
  for (const ref of sheet.merges) {
    const m = parseRange(ref);
    if (!m || m.top !== m.bottom) continue;
    let width = 0;
    for (let c = m.left; c <= m.right; c++) width += sheet.columns[c]?.width ?? 10;
    mergedWidth.set(`${m.top},${m.left}`, width);
  }
  for (let r = from; r < sheet.cells.length; r++) {
    if (heights[r] !== undefined) continue;
    let lines = 1;
    (sheet.cells[r] ?? []).forEach((cell, c) => {
      if (!cell || typeof cell.v !== 'string' || !styles[cell.s ?? '']?.wrap) return;
      if (area && (c < area.left || c > area.right)) return;
      const width = mergedWidth.get(`${r},${c}`) ?? sheet.columns[c]?.width ?? 10;
      const perLine = Math.max(1, Math.floor(width * CHARS_PER_WIDTH));
      const needed = cell.v
        .split('\n')
        .reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
      lines = Math.max(lines, needed);
    });
    if (lines > 1) heights[r] = Math.min(MAX_POINTS, Math.round(lines * LINE_POINTS + PADDING_POINTS));
  }
}
