/** CLI outcomes: exit codes and the one error type shells turn into a one-line message (never a stack trace). */
import type { CliKey } from '../i18n';

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
