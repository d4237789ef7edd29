/**
 * How the reader stops: a ReadAbort carries the one issue that explains why a file is rejected. It is thrown from
 * deep inside parsing (an XML event handler, an inflate callback) so reading stops at once, and is turned into a
 * `{ ok: false, issue }` result at the boundary (readWorkbook); it never escapes the reader.
 */
import type { IssueCode } from '../../core/issues/codes';
import type { IssueFields } from '../../core/issues/issue';
import { formatBytes } from './limits';

/** Why reading stopped: an issue code and its fields (the file name is added at the boundary). */
export class ReadAbort extends Error {
  /** Builds the abort for an issue. */
  constructor(
    readonly code: IssueCode,
    readonly fields: IssueFields = {},
  ) {
    super(code);
    this.name = 'ReadAbort';
  }
}

/** Stops reading with an issue. */
export function abort(code: IssueCode, fields: IssueFields = {}): never {
  throw new ReadAbort(code, fields);
}

/** Stops reading with FILE_CORRUPT and a short technical reason (part name first when there is one). */
export function corrupt(reason: string): never {
  throw new ReadAbort('FILE_CORRUPT', { params: { reason } });
}

/** FILE_ZIP_BOMB: compression no real workbook has; `stopped` when inflation was cut short (the size is "> …"). */
export function bomb(inflated: number, ratio: number, stopped = false): never {
  return abort('FILE_ZIP_BOMB', {
    params: { inflated: `${stopped ? '> ' : ''}${formatBytes(inflated)}`, ratio: Math.round(ratio) },
  });
}

/** FILE_CONTENT_TOO_LARGE: honest content over a size limit (unpacked bytes). */
export function tooLarge(size: number, limit: number): never {
  return abort('FILE_CONTENT_TOO_LARGE', { params: { size: formatBytes(size), limit: formatBytes(limit) } });
}
