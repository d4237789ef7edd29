/**
 * Request size: Excel on the web rejects a request (everything queued between two `context.sync()` calls) over 5 MB
 * with RequestPayloadSizeLimitExceeded, and advises splitting large writes and syncing each piece
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 * We estimate what each queued operation adds to the request's JSON and keep every request under 4 MB.
 */

/** The host's limit (Excel on the web). */
export const HOST_REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

/** Our ceiling for one request, a margin under the host's limit. */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;

/** What we pack into one request by our own estimate: room left for the protocol's framing we do not model. */
export const REQUEST_BUDGET_BYTES = 3.5 * 1024 * 1024;

/** Estimated bytes one queued action costs besides its arguments (action record, object path, ids). */
export const ACTION_BYTES = 200;

/** Bytes `value` takes as UTF-8 JSON (what Office.js posts), computed without building the string. */
export function jsonBytes(value: unknown): number {
  if (value === null || value === undefined) return 4;
  if (typeof value === 'string') return stringBytes(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value).length : 4;
  if (typeof value === 'boolean') return value ? 4 : 5;
  if (Array.isArray(value)) {
    let n = 2 + Math.max(0, value.length - 1);
    for (const item of value) n += jsonBytes(item);
    return n;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    let n = 2 + Math.max(0, entries.length - 1);
    for (const [k, v] of entries) n += stringBytes(k) + 1 + jsonBytes(v);
    return n;
  }
  return 0;
}

function stringBytes(s: string): number {
  let n = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22 || c === 0x5c) n += 2;
    else if (c < 0x20) n += 6;
    else if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
