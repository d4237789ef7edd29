/**
 * Saves bytes as a file through the browser (a Blob and a temporary link), as the task pane cannot write to disk.
 * On Mac and iPad the webview ignores such downloads without a word (office-js#2700, #4681), so the file is opened as
 * a new workbook there instead (src/office/newWorkbook.ts), which the user saves; when even that fails, the
 * DownloadUnavailable error says so plainly.
 */
import { fileRoute } from '../../office/host';
import { openAsNewWorkbook } from '../../office/newWorkbook';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What became of the file: downloaded, or opened in Excel as a new workbook (to save from there). */
export type DownloadOutcome = 'downloaded' | 'openedInExcel';

/** Offers `bytes` to the user as a download named `fileName` (on Mac and iPad: as a new workbook). */
export async function downloadBytes(bytes: Uint8Array, fileName: string): Promise<DownloadOutcome> {
  if (fileRoute() === 'newWorkbook') {
    await openAsNewWorkbook(bytes);
    return 'openedInExcel';
  }
  saveInBrowser(bytes, fileName, XLSX_MIME);
  return 'downloaded';
}

/**
 * A browser download of `bytes` (a Blob and a temporary link). Only where downloads work: on Mac and iPad the webview
 * drops them without a word (see fileRoute), and a file that is not a workbook cannot be opened in Excel instead.
 */
export function saveInBrowser(bytes: Uint8Array, fileName: string, mime: string): void {
  // Copy into a fresh ArrayBuffer: a Blob part must not be a view on a SharedArrayBuffer (TS 5.7+ typing).
  const blob = new Blob([bytes.slice().buffer as ArrayBuffer], { type: mime });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoke later: revoking at once can cancel the download in some browsers.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
