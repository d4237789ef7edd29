/**
 * A file opened as a new workbook: `Excel.createWorkbook(base64)` (ExcelApi 1.8, the add-in's minimum) creates and
 * opens a workbook from an .xlsx file. On Mac the new window may open behind the current one
 * (https://github.com/OfficeDev/office-js/issues/6943), so the pane says where to look; on iPad it once created the
 * workbook and still threw NotImplemented (https://github.com/OfficeDev/office-js/issues/1562, fixed).
 */

import { officeCode } from './retry';

/** Thrown when the template cannot reach the user as a file here; `cause` is Excel's failure, if any. */
export class DownloadUnavailableError extends Error {
  override readonly name = 'DownloadUnavailableError';
  readonly code = 'DownloadUnavailable';

  /** Why Excel could not open the file. */
  constructor(override readonly cause: unknown) {
    super('this Excel cannot save or open the file from the pane');
  }
}

/** Opens `bytes` (an .xlsx file) as a new workbook; DownloadUnavailableError when Excel cannot. */
export async function openAsNewWorkbook(bytes: Uint8Array): Promise<void> {
  try {
    await Excel.createWorkbook(base64(bytes));
  } catch (e) {
    if (officeCode(e) === undefined) throw e;
    throw new DownloadUnavailableError(e);
  }
}

/** Base64 of bytes, in pieces small enough for String.fromCharCode's argument list. */
export function base64(bytes: Uint8Array): string {
  let binary = '';
  const piece = 0x8000;
  for (let i = 0; i < bytes.length; i += piece)
    binary += String.fromCharCode(...bytes.subarray(i, i + piece));
  return btoa(binary);
}
