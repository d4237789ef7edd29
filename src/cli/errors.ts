/** CLI outcomes: exit codes and the one error type shells turn into a one-line message (never a stack trace). */
import type { CliKey } from '../i18n/cli';

/** Exit codes: 0 clean (warnings allowed), 1 errors in the data, 2 usage errors or files that cannot be read. */
export const EXIT = { ok: 0, dataErrors: 1, usage: 2 } as const;

/** A problem with how the command was called (or a file it cannot use): one line to stderr, exit code 2. */
export class UsageError extends Error {
  constructor(
    readonly key: CliKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
    this.name = 'UsageError';
  }
}

type FileOp = 'read' | 'write';

/** Which message an operating-system error code gets; codes not listed fall back to readFailed/writeFailed. */
const FILE_ERROR_KEYS: Record<string, Partial<Record<FileOp, CliKey>> & { both?: CliKey }> = {
  ENOENT: { read: 'fileNotFound', write: 'badPath' },
  EACCES: { read: 'readDenied', write: 'writeDenied' },
  // Windows reports a file held open by Excel as EPERM or EBUSY on write or rename.
  EPERM: { read: 'readDenied', write: 'writeDenied' },
  EBUSY: { read: 'readDenied', write: 'writeDenied' },
  EROFS: { write: 'writeDenied' },
  ENOSPC: { write: 'diskFull' },
  EDQUOT: { write: 'diskFull' },
  EISDIR: { both: 'isADirectory' },
  ENOTDIR: { both: 'badPath' },
  EEXIST: { both: 'badPath' },
  ENAMETOOLONG: { both: 'badPath' },
  EINVAL: { both: 'badPath' },
};

/**
 * A file-system failure on a path the user gave, as a one-line usage error naming the path; anything that is
 * not an operating-system error (a bug) is returned unchanged so it still surfaces as an internal error.
 */
export function fileError(e: unknown, filePath: string, op: FileOp): unknown {
  // Duck-typed, not `instanceof Error`: errors from Node's fs are not instances of a jest sandbox's Error
  // (https://github.com/jestjs/jest/issues/2549).
  const code = typeof e === 'object' && e !== null && 'code' in e ? e.code : undefined;
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return e;
  const keys = FILE_ERROR_KEYS[code];
  const key = keys?.both ?? keys?.[op] ?? (op === 'read' ? 'readFailed' : 'writeFailed');
  return new UsageError(key, { path: filePath, code });
}
