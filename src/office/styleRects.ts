/**
 * Cells grouped by style name into rectangles, so a style is applied once per rectangle rather than once per cell:
 * runs of equal style along a row, joined with the identical run of the row above. A template's columns share a
 * style down their rows, so a sheet of thousands of cells needs a few dozen format writes.
 */
import type { CellRange } from '../core/sheet/a1';
import type { CellSpec } from '../core/sheet/spec';

/** A rectangle of cells that share a style. */
export interface StyledRect {
  style: string;
  range: CellRange;
}

/** The styled rectangles of a sheet's cells, in row order of their top-left cell. */
export function styleRects(rows: readonly (readonly (CellSpec | null)[])[]): StyledRect[] {
  const out: StyledRect[] = [];
  let open = new Map<string, StyledRect>();
  rows.forEach((row, r) => {
    const next = new Map<string, StyledRect>();
    for (const run of styleRuns(row)) {
      const key = `${run.left}:${run.right}:${run.style}`;
      const above = open.get(key);
      if (above) {
        above.range.bottom = r;
        next.set(key, above);
      } else {
        const rect = { style: run.style, range: { top: r, bottom: r, left: run.left, right: run.right } };
        out.push(rect);
        next.set(key, rect);
      }
    }
    open = next;
  });
  return out;
}

function styleRuns(row: readonly (CellSpec | null)[]): { style: string; left: number; right: number }[] {
  const runs: { style: string; left: number; right: number }[] = [];
  row.forEach((cell, c) => {
    const style = cell?.s;
    if (style === undefined) return;
    const last = runs[runs.length - 1];
    if (last && last.style === style && last.right === c - 1) last.right = c;
    else runs.push({ style, left: c, right: c });
  });
  return runs;
}
