/**
 * Office.js failures → a stable code and an i18n message key. Branches on `error.code` only: codes are not localized,
 * messages are (and may change), see
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
 */

/** Message keys the UI renders from src/i18n (one per kind of failure a user can act on). */
export const OFFICE_ERROR_KEYS = [
  'office.error.accessDenied',
  'office.error.alreadyExists',
  'office.error.notFound',
  'office.error.invalidArgument',
  'office.error.tooLarge',
  'office.error.conflict',
  'office.error.cellEditMode',
  'office.error.unsupported',
  'office.error.inactiveWorkbook',
  'office.error.busy',
  'office.error.general',
  'office.error.internal',
  'office.error.unknown',
  'office.error.sheetTooLarge',
  'office.error.writeInterrupted',
  'office.error.downloadUnavailable',
] as const;

/** A message key for an Office failure. */
export type OfficeErrorKey = (typeof OFFICE_ERROR_KEYS)[number];

/** Every `error.code` mapped to its own key (OfficeExtension.ErrorCodes and Excel.ErrorCodes that can reach us). */
export const OFFICE_ERROR_CODES = {
  AccessDenied: 'office.error.accessDenied',
  ItemAlreadyExists: 'office.error.alreadyExists',
  ItemNotFound: 'office.error.notFound',
  InvalidArgument: 'office.error.invalidArgument',
  InvalidReference: 'office.error.invalidArgument',
  InvalidSelection: 'office.error.invalidArgument',
  RequestPayloadSizeLimitExceeded: 'office.error.tooLarge',
  ResponsePayloadSizeLimitExceeded: 'office.error.tooLarge',
  RangeExceedsLimit: 'office.error.tooLarge',
  OperationCellsExceedLimit: 'office.error.tooLarge',
  FormulaLengthExceedsLimit: 'office.error.tooLarge',
  InsertDeleteConflict: 'office.error.conflict',
  MergedRangeConflict: 'office.error.conflict',
  FilteredRangeConflict: 'office.error.conflict',
  PivotTableRangeConflict: 'office.error.conflict',
  Conflict: 'office.error.conflict',
  InvalidOperationInCellEditMode: 'office.error.cellEditMode',
  ApiNotFound: 'office.error.unsupported',
  NotImplemented: 'office.error.unsupported',
  UnsupportedOperation: 'office.error.unsupported',
  UnsupportedFeature: 'office.error.unsupported',
  UnsupportedSheet: 'office.error.unsupported',
  InvalidOperation: 'office.error.unsupported',
  InactiveWorkbook: 'office.error.inactiveWorkbook',
  // Ours, thrown by this adapter with an Office-like `code`: readBlocks.ts, writeWorkbook.ts, download.
  SheetTooLarge: 'office.error.sheetTooLarge',
  WriteInterrupted: 'office.error.writeInterrupted',
  DownloadUnavailable: 'office.error.downloadUnavailable',
  ActivityLimitReached: 'office.error.busy',
  RequestAborted: 'office.error.busy',
  ServiceNotAvailable: 'office.error.busy',
  MemoryLimitReached: 'office.error.busy',
  GeneralException: 'office.error.general',
  // Our own mistakes (a property read before load/sync, a proxy used outside its Excel.run): bugs, not user errors.
  PropertyNotLoaded: 'office.error.internal',
  ValueNotLoaded: 'office.error.internal',
  InvalidObjectPath: 'office.error.internal',
  InvalidRequestContext: 'office.error.internal',
  RunMustReturnPromise: 'office.error.internal',
} as const satisfies Record<string, OfficeErrorKey>;

/** An `error.code` this module knows. */
export type OfficeErrorCode = keyof typeof OFFICE_ERROR_CODES;

/** What the UI shows (by key) and logs (code, and where Office says it failed). */
export interface OfficeErrorDescription {
  /** The host's code, "Unknown" for a code we do not map, "NotOfficeError" when it is no Office error at all. */
  code: string;
  messageKey: OfficeErrorKey;
  /** `debugInfo.errorLocation`, e.g. "Range.values", when Office gives it. */
  location?: string;
}

/** Describes any thrown value; Office errors (OfficeExtension.Error) are recognised by their string `code`. */
export function describeOfficeError(e: unknown): OfficeErrorDescription {
  if (typeof e !== 'object' || e === null || !('code' in e) || typeof e.code !== 'string')
    return { code: 'NotOfficeError', messageKey: 'office.error.unknown' };
  const code = e.code;
  const location = errorLocation(e);
  const key = isKnownCode(code) ? OFFICE_ERROR_CODES[code] : undefined;
  return {
    code: key ? code : 'Unknown',
    messageKey: key ?? 'office.error.unknown',
    ...(location ? { location } : {}),
  };
}

function isKnownCode(code: string): code is OfficeErrorCode {
  return Object.prototype.hasOwnProperty.call(OFFICE_ERROR_CODES, code);
}

function errorLocation(e: object): string | undefined {
  if (!('debugInfo' in e) || typeof e.debugInfo !== 'object' || e.debugInfo === null) return undefined;
  const info = e.debugInfo;
  return 'errorLocation' in info && typeof info.errorLocation === 'string' ? info.errorLocation : undefined;
}
