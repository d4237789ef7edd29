/** How much one untrusted workbook may hold before it is rejected (docs/design.md, "Reading files from outside"). */

/** Limits checked before and while reading; every one has its own issue code. */
export interface ReadLimits {
  /** Largest file accepted, in bytes (FILE_TOO_LARGE). */
  maxBytes: number;
  /** Most zip entries (FILE_TOO_MANY_ENTRIES). */
  maxEntries: number;
  /** Largest inflated size of one entry, declared or real (FILE_ZIP_BOMB). */
  maxEntryBytes: number;
  /** Largest inflated size of all entries together, declared or real (FILE_ZIP_BOMB). */
  maxTotalBytes: number;
  /** Highest inflated/compressed ratio for entries larger than `ratioMinBytes` (FILE_ZIP_BOMB). */
  maxRatio: number;
  /** Entries below this inflated size are not ratio-checked (small XML compresses very well, legitimately). */
  ratioMinBytes: number;
  /** Most `<c>` elements in the whole workbook (FILE_TOO_MANY_CELLS). */
  maxCells: number;
  /** Most `<c>` elements in one sheet (FILE_TOO_MANY_CELLS). */
  maxSheetCells: number;
  /**
   * Most slots of the dense `rows[r][c]` grids of the workbook (an empty row counts 1): a few values far apart
   * (say at XFD1 … XFD200000) would otherwise make a small file allocate billions of nulls (FILE_TOO_MANY_CELLS).
   */
  maxGridCells: number;
  /** Most shared strings (each is kept in memory whether used or not) (FILE_TOO_MANY_CELLS). */
  maxSharedStrings: number;
  /** Most merged ranges in one sheet (FILE_MERGE_TOO_LARGE). */
  maxMerges: number;
  /** Largest total area of the merged ranges of one sheet, in cells (FILE_MERGE_TOO_LARGE). */
  maxMergedArea: number;
}

const MB = 1024 * 1024;

/** The limits used when a caller gives none: generous for a monthly template, far below what harms a machine. */
export const DEFAULT_LIMITS: Readonly<ReadLimits> = Object.freeze({
  maxBytes: 20 * MB,
  maxEntries: 1000,
  maxEntryBytes: 50 * MB,
  maxTotalBytes: 150 * MB,
  maxRatio: 200,
  ratioMinBytes: 1 * MB,
  maxCells: 500_000,
  maxSheetCells: 200_000,
  maxGridCells: 3_000_000,
  maxSharedStrings: 1_000_000,
  maxMerges: 2_000,
  maxMergedArea: 100_000,
});

/**
 * A byte count as issue text ("312 KB", "1234 MB"): whole units, so it reads the same in every language (no decimal
 * separator to localise), rounded up, so a size just over a limit never shows as equal to it.
 */
export function formatBytes(bytes: number): string {
  if (bytes < MB) return `${Math.max(1, Math.ceil(bytes / 1024))} KB`;
  if (bytes < 10 * 1024 * MB) return `${Math.ceil(bytes / MB)} MB`;
  return `${Math.ceil(bytes / (1024 * MB))} GB`;
}
