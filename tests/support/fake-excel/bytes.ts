/**
 * The fake's own measure of a request: the UTF-8 length of the arguments' JSON plus a fixed cost per action. It is
 * computed independently of src/office/payload.ts on purpose, so tests check the adapter's estimate against it.
 */

/** Bytes a queued action costs besides its arguments (action record and object path, as Office.js posts them). */
export const ACTION_OVERHEAD_BYTES = 100;

const encoder = new TextEncoder();

/** UTF-8 bytes of a value's JSON (proxies serialise as small references, see FakeObject.toJSON). */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value === undefined ? null : value);
  return encoder.encode(json).length;
}
