/** Saves bytes as a file through the browser (a Blob and a temporary link), as the task pane cannot write to disk. */

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Offers `bytes` to the user as a download named `fileName`. */
export function downloadBytes(bytes: Uint8Array, fileName: string): void {
  // Copy into a fresh ArrayBuffer: a Blob part must not be a view on a SharedArrayBuffer (TS 5.7+ typing).
  const blob = new Blob([bytes.slice().buffer as ArrayBuffer], { type: XLSX_MIME });
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
