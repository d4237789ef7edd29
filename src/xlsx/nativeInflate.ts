/**
 * Node's zlib as the reader's inflater (Node only; the browser uses fflate): native code, several times faster than
 * JavaScript, and bounded the same way — `maxOutputLength` stops a stream longer than the zip declares with a
 * RangeError (ERR_BUFFER_TOO_LARGE) before it costs more memory or time
 * (https://nodejs.org/api/zlib.html#class-options).
 */
import zlib from 'node:zlib';
import type { RawInflate } from './read';

/** Inflates raw deflate data into at most `maxLength` bytes. */
export const nativeInflate: RawInflate = (data, maxLength) => {
  const out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, maxLength) });
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
};
