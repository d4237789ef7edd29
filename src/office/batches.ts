/**
 * Writes as a list of steps, each queuing a few Office.js operations with its estimated payload, packed in order
 * into as few requests as the size budget allows; one `context.sync()` per request, never one per cell or row.
 */
import { REQUEST_BUDGET_BYTES } from './payload';
import { withRetry } from './retry';

/** Some queued operations and what they add to the request. */
export interface Step {
  bytes: number;
  queue(context: Excel.RequestContext): void;
  /** Sending it twice leaves the same workbook (values, formats, sizes); adds, merges, protection are not. */
  idempotent?: boolean;
}

/** Steps in order, cut into requests of at most `budget` estimated bytes (a step bigger than that goes alone). */
export function packRequests(steps: readonly Step[], budget: number = REQUEST_BUDGET_BYTES): Step[][] {
  const requests: Step[][] = [];
  let current: Step[] = [];
  let bytes = 0;
  for (const step of steps) {
    if (current.length && bytes + step.bytes > budget) {
      requests.push(current);
      current = [];
      bytes = 0;
    }
    current.push(step);
    bytes += step.bytes;
  }
  if (current.length) requests.push(current);
  return requests;
}

/** Estimated bytes of each request. */
export function requestSizes(requests: readonly Step[][]): number[] {
  return requests.map((r) => r.reduce((n, s) => n + s.bytes, 0));
}

/**
 * Queues each request's steps and syncs once per request, in order; returns the number of syncs. Each request must
 * reach the host on its own (queuing everything before one sync would batch it together again), so this is the
 * documented "split the operation and sync each piece", not a sync per item:
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
 * A request made only of idempotent steps is sent again when Excel is briefly busy (retry.ts); any other failure is
 * the caller's to handle.
 */
export async function flushRequests(
  context: Excel.RequestContext,
  requests: readonly Step[][],
  sync: () => Promise<void> = () => context.sync(),
): Promise<void> {
  for (const request of requests) {
    const send = async () => {
      for (const step of request) step.queue(context);
      await sync();
    };
    if (request.every((step) => step.idempotent === true)) await withRetry(send);
    else await send();
  }
}
