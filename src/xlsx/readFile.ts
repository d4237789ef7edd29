/** Reading a submission's bytes from disk (Node only), refusing an oversized file before any of it is loaded. */
import { readFileSync, statSync } from 'node:fs';
import { issue, type Issue } from '../core/issues/issue';
import { DEFAULT_LIMITS, formatBytes } from './read/limits';

/** The file's bytes, or the one issue saying why they were not read. */
export type FileBytes = { ok: true; bytes: Uint8Array } | { ok: false; issue: Issue };

/**
 * Reads a file whose size is checked first, so a huge file never reaches memory; a missing or unreadable file is an
 * issue (FILE_NOT_FOUND with the system's code), not an exception. Blocking: it runs in a reader worker, where waiting
 * blocks nothing else and jobs run one at a time.
 */
export function readFileBoundedSync(
  file: string,
  fileName: string,
  maxBytes: number = DEFAULT_LIMITS.maxBytes,
): FileBytes {
  try {
    const { size } = statSync(file);
    if (size > maxBytes) return tooLarge(fileName, size, maxBytes);
    return { ok: true, bytes: readFileSync(file) };
  } catch (e) {
    return notRead(e, fileName);
  }
}

function tooLarge(fileName: string, size: number, maxBytes: number): FileBytes {
  const params = { size: formatBytes(size), limit: formatBytes(maxBytes) };
  return { ok: false, issue: issue('FILE_TOO_LARGE', { file: fileName, params }) };
}

/** A system error (ENOENT, EACCES, EISDIR…) as FILE_NOT_FOUND; anything else is a bug and is rethrown. */
function notRead(e: unknown, fileName: string): FileBytes {
  const code = (e as NodeJS.ErrnoException).code;
  if (typeof code !== 'string') throw e;
  return { ok: false, issue: issue('FILE_NOT_FOUND', { file: fileName, params: { reason: code } }) };
}
