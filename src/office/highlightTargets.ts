/**
 * Issue locations → single cells to highlight. An issue's `cell` may be a range; each cell is remembered and restored
 * on its own (a range's fill reads as null when its cells differ). One cell gets the most severe colour asked for;
 * past MAX_HIGHLIGHT_CELLS the rest are counted, not highlighted, so a flood of issues cannot flood the document.
 */
import type { Severity } from '../core/issues/codes';
import { cellAddress, parseRange, rangeArea } from '../core/sheet/a1';
import { cellKey } from './highlightMemory';

/** Most cells highlighted at once. */
export const MAX_HIGHLIGHT_CELLS = 2000;

/** A problem location, as an issue gives it. */
export interface HighlightTarget {
  sheet: string;
  /** A1 cell or range. */
  cell: string;
  severity: Severity;
}

/** A cell that was not highlighted, and why. */
export interface SkippedCell {
  sheet: string;
  cell: string;
  reason: 'badAddress' | 'sheetMissing' | 'protected';
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Single cells to highlight (in the order first asked), targets that are no A1 address, and how many were cut. */
export function expandTargets(targets: readonly HighlightTarget[]): {
  cells: HighlightTarget[];
  skipped: SkippedCell[];
  truncated: number;
} {
  const cells = new Map<string, HighlightTarget>();
  const skipped: SkippedCell[] = [];
  let truncated = 0;
  for (const t of targets) {
    const range = parseRange(t.cell);
    if (!range) {
      skipped.push({ sheet: t.sheet, cell: t.cell, reason: 'badAddress' });
      continue;
    }
    let visited = 0;
    for (let r = range.top; r <= range.bottom && cells.size < MAX_HIGHLIGHT_CELLS; r++) {
      for (let c = range.left; c <= range.right && cells.size < MAX_HIGHLIGHT_CELLS; c++) {
        visited += 1;
        const cell = cellAddress(r, c);
        const key = cellKey(t.sheet, cell);
        const seen = cells.get(key);
        if (!seen) cells.set(key, { sheet: t.sheet, cell, severity: t.severity });
        else if (RANK[t.severity] < RANK[seen.severity]) seen.severity = t.severity;
      }
    }
    // Cells past the cap are counted without being visited (a whole-sheet range must not loop a billion times).
    truncated += rangeArea(range) - visited;
  }
  return { cells: [...cells.values()], skipped, truncated };
}
