/**
 * Bounded retries of Office requests that failed for a passing reason, by `error.code` only (codes are not localized,
 * messages are: https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 * Only idempotent work is retried: a read, or a batch computed afresh from what the workbook holds now (selecting a
 * cell, colouring cells, undoing a half-done write). A batch that adds things is never sent twice.
 */

/**
 * Codes Office documents for a host that is busy or briefly away: "Activity limit has been reached", "The service is
 * unavailable", "The request was aborted during run time" (error-handling page above).
 */
export const TRANSIENT_CODES: readonly string[] = [
  'ActivityLimitReached',
  'ServiceNotAvailable',
  'RequestAborted',
];

/** How often and how long to retry. */
export interface RetryPolicy {
  /** Attempts in all (the first one included). */
  attempts: number;
  /** Wait before the first retry; doubled each time up to maxDelayMs. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** The codes worth retrying. */
  codes: readonly string[];
}

/** Reads and other idempotent batches: 4 attempts, waiting 0.25 s, 0.5 s, 1 s (under 2 s in all). */
export const IDEMPOTENT_RETRY: RetryPolicy = {
  attempts: 4,
  firstDelayMs: 250,
  maxDelayMs: 1000,
  codes: TRANSIENT_CODES,
};

/**
 * Putting the workbook back after a failed write: longer (about 15 s in all), and also while the user is in another
 * workbook (InactiveWorkbook), since the batch is recomputed from the workbook each time and leaving half a write is
 * worse than waiting.
 */
export const RECOVERY_RETRY: RetryPolicy = {
  attempts: 7,
  firstDelayMs: 500,
  maxDelayMs: 4000,
  codes: [...TRANSIENT_CODES, 'InactiveWorkbook'],
};

/** The wait between attempts; tests replace `sleep` to run without waiting (and to see the delays asked for). */
export const backoff = {
  sleep: (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** `error.code` of an Office error (OfficeExtension.Error), undefined for anything else. */
export function officeCode(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string'
    ? e.code
    : undefined;
}

/** True when `e` is an Office error with one of `codes`. */
export function hasCode(e: unknown, codes: readonly string[]): boolean {
  const code = officeCode(e);
  return code !== undefined && codes.includes(code);
}

/** Runs `attempt` until it succeeds, fails with a code not in the policy, or the attempts are used up. */
export async function withRetry<T>(
  attempt: () => Promise<T>,
  policy: RetryPolicy = IDEMPOTENT_RETRY,
): Promise<T> {
  let delay = policy.firstDelayMs;
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (e) {
      if (n >= policy.attempts || !hasCode(e, policy.codes)) throw e;
      await backoff.sleep(delay);
      delay = Math.min(delay * 2, policy.maxDelayMs);
    }
  }
}
