/**
 * The documented host rules the fake enforces, each with its source. When real Excel turns out to behave otherwise,
 * the rule is learnt here first (with the link), then the adapter changes.
 */
import { fail } from './errors';

const MB = 1024 * 1024;

/**
 * Excel on the web answers at most 5 MB per request and per response (RequestPayloadSizeLimitExceeded,
 * ResponsePayloadSizeLimitExceeded; "This error only occurs in Office on the web"):
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
 */
export const PAYLOAD_LIMIT_BYTES = 5 * MB;

/**
 * "A range is limited to 5,000,000 cells for read operations" (same page); the code is RangeExceedsLimit ("The cell
 * count in the range has exceeded the maximum supported number", error-handling page above).
 */
export const READ_CELL_LIMIT = 5_000_000;

/** Throws RangeExceedsLimit when a read of `cells` cells is over the limit. */
export function assertReadable(cells: number, what: string): void {
  if (cells > READ_CELL_LIMIT)
    fail(
      'RangeExceedsLimit',
      `${what}: ${cells} cells is over the ${READ_CELL_LIMIT}-cell read limit.`,
      what,
    );
}

/**
 * Add-in settings hold at most 2 MB ("We only support 2MB maximum for settings", Microsoft in
 * https://github.com/OfficeDev/office-js/issues/621, citing Office.Settings). The code for going over is not
 * documented; the fake raises GeneralException, Excel's catch-all.
 */
export const SETTINGS_LIMIT_BYTES = 2 * MB;

/** The platforms Office reports (`Office.context.platform`): Windows, Mac, the web, iPad. */
export type FakePlatform = 'PC' | 'Mac' | 'OfficeOnline' | 'iOS';

/**
 * APIs that clear the user's undo stack, per platform, from "Undo support with the Excel JavaScript API"
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities): deleting a sheet and
 * (un)protecting one clear it everywhere; renaming, hiding/showing and moving a sheet clear it on Windows and Mac
 * but not on the web. Only the APIs the fake implements are listed.
 */
const UNDO_CLEARING: Readonly<Record<string, { web: boolean; desktop: boolean }>> = {
  'Worksheet.delete': { web: true, desktop: true },
  'WorksheetProtection.protect': { web: true, desktop: true },
  'WorksheetProtection.unprotect': { web: true, desktop: true },
  'Worksheet.name': { web: false, desktop: true },
  'Worksheet.visibility': { web: false, desktop: true },
  'Worksheet.position': { web: false, desktop: true },
};

/** True when `api` clears the undo stack on `platform`. */
export function clearsUndo(api: string, platform: FakePlatform): boolean {
  const rule = UNDO_CLEARING[api];
  if (!rule) return false;
  return platform === 'OfficeOnline' ? rule.web : rule.desktop;
}

/**
 * A failure a test injects. `sync`: the n-th request of the fake's lifetime (1-based, counters.syncs) fails, either
 * before anything in it runs (a request lost, RequestAborted, InactiveWorkbook) or after all of it ran (the answer
 * lost: the workbook changed but the add-in sees an error). `operation`: the n-th action run (counters.operations)
 * fails, so the request stops part-way, as Excel stops a request at its first failing action.
 */
export type Fault =
  { sync: number; code: string; phase?: 'before' | 'after' } | { operation: number; code: string };
