/**
 * WorkbookSnapshot: the plain values a reader found in a workbook (a file or the open workbook).
 * No library types: readers (src/xlsx, src/office) produce it, core/validate consumes it, and it crosses worker
 * boundaries as structured-clone data.
 */

/**
 * A cell as read. `f` is present when the cell holds a formula (its text, without "="). `percent` marks a number
 * shown in a percent format: Excel keeps "8,5%" typed by a user as 0.085.
 */
export type SnapshotCell =
  | { t: 'n'; v: number; f?: string; date?: boolean; percent?: boolean }
  | { t: 's'; v: string; f?: string }
  | { t: 'b'; v: boolean; f?: string }
  /** An ISO date "YYYY-MM-DD" or date-time, from `t="d"` cells or numbers in a date format. */
  | { t: 'd'; v: string; f?: string }
  /** An error value such as "#DIV/0!" or "#N/A". */
  | { t: 'e'; v: string; f?: string }
  /** A formula whose result was never saved (no cached value): unknown, never 0 or blank. */
  | { t: 'z'; f: string };

/** One worksheet's values, dense rows from A1 (`null` = empty). */
export interface SheetSnapshot {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  rows: (SnapshotCell | null)[][];
  /** Merged ranges ("B4:D4"); only the top-left cell of each holds a value. */
  merges: string[];
}

/** Document properties a reader could find (ISO date-times). */
export interface WorkbookProperties {
  modified?: string;
  created?: string;
  creator?: string;
  lastModifiedBy?: string;
  application?: string;
}

/** Everything read from one workbook. */
export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  properties: WorkbookProperties;
}
