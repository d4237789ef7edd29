/**
 * Inflates one zip entry under the limits, saying honestly what is wrong when it cannot:
 * - declared sizes are checked first: over a size limit the part is too large (FILE_CONTENT_TOO_LARGE), unless its
 *   compression ratio is beyond what any real XML reaches, which only a bomb does (FILE_ZIP_BOMB);
 * - declared sizes can lie, so the real size is enforced while inflating: an entry that unpacks to another size than
 *   declared is damaged (FILE_CORRUPT, both sizes named), or a bomb when it goes on past a limit.
 * Small entries (nearly all of a template) are inflated in one call into a buffer of the declared size — a lie then
 * costs at most a few hundred MB of work (deflate expands at most ~1032:1) and no memory; larger ones are inflated in
 * slices, counting as they go, so a lying one is stopped within a slice.
 */
import { Inflate, inflateSync } from 'fflate';
import { abort, bomb, corrupt, ReadAbort, tooLarge } from './abort';
import { crc32 } from './crc32';
import type { ReadLimits } from './limits';
import type { ZipEntry } from './zip';

/**
 * Inflates raw deflate data into at most `maxLength` bytes; a longer stream yields `maxLength` bytes or throws a
 * RangeError. Node's zlib (src/xlsx/nativeInflate.ts) is several times faster than fflate's pure JavaScript; the
 * browser has only the latter.
 */
export type RawInflate = (data: Uint8Array, maxLength: number) => Uint8Array;

/** Bytes declared so far by the parts read (parts never read, such as images, do not count). */
export interface InflateBudget {
  declared: number;
}

/** Entries compressed to at most this are inflated in one call (a lie costs ≤ 1032 × this of work). */
const ONE_CALL_MAX = 128 * 1024;
/** Deflate's largest expansion: one slice of input can yield this many times its size. */
const MAX_EXPANSION = 1032;

/** The entry's bytes, checked against its declared size, the limits, and its CRC. */
export function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  limits: ReadLimits,
  budget: InflateBudget,
  native?: RawInflate,
): Uint8Array {
  if (entry.flags & 1) abort('FILE_ENCRYPTED');
  checkDeclared(entry, limits, budget);
  const raw = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  let out: Uint8Array;
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) mismatch(entry, entry.compressedSize);
    out = raw;
  } else if (entry.method === 8) {
    out =
      native || raw.length <= ONE_CALL_MAX
        ? inflateOnce(raw, entry, limits, native ?? fflateInflate)
        : inflateSliced(raw, entry, limits);
  } else {
    return corrupt(`${entry.name}: unsupported compression method ${entry.method}`);
  }
  if (crc32(out) !== entry.crc) corrupt(`${entry.name}: checksum (CRC) mismatch`);
  return out;
}

/** Declared sizes against the limits, before anything is inflated. */
function checkDeclared(entry: ZipEntry, limits: ReadLimits, budget: InflateBudget): void {
  const ratio = entry.size / Math.max(1, entry.compressedSize);
  if (entry.size > limits.ratioMinBytes && ratio > limits.maxRatio) bomb(entry.size, ratio);
  if (entry.size > limits.maxEntryBytes) tooLarge(entry.size, limits.maxEntryBytes);
  budget.declared += entry.size;
  if (budget.declared > limits.maxTotalBytes) tooLarge(budget.declared, limits.maxTotalBytes);
}

/** fflate in one call, into a buffer of `maxLength` (writes past its end are dropped, a stored block throws). */
const fflateInflate: RawInflate = (data, maxLength) => inflateSync(data, { out: new Uint8Array(maxLength) });

/** One call into a buffer one byte longer than declared: a longer stream fills that byte, and is then measured. */
function inflateOnce(raw: Uint8Array, entry: ZipEntry, limits: ReadLimits, inflate: RawInflate): Uint8Array {
  let out: Uint8Array;
  try {
    out = inflate(raw, entry.size + 1);
  } catch (e) {
    // Past the end of the buffer: longer than declared (a RangeError from fflate's stored blocks or from zlib).
    if (!(e instanceof RangeError) && (e as { name?: unknown } | null)?.name !== 'RangeError')
      return inflateError(entry, e);
    out = new Uint8Array(entry.size + 1);
  }
  if (out.length > entry.size) inflateSliced(raw, entry, limits);
  if (out.length !== entry.size) mismatch(entry, out.length);
  return out;
}

/** Slice by slice, counting: what is longer than declared is measured (up to the limits) and refused. */
function inflateSliced(raw: Uint8Array, entry: ZipEntry, limits: ReadLimits): Uint8Array {
  const out = new Uint8Array(entry.size);
  // Slices whose worst expansion is a few times the declared size (16–256 KB): an honest entry takes few pushes, a
  // lying one is caught within ~17 MB.
  const slice = Math.max(16 << 10, Math.min(256 << 10, Math.ceil((4 * entry.size) / MAX_EXPANSION)));
  let length = 0;
  let consumed = 0;
  const inflater = new Inflate((chunk) => {
    if (length + chunk.length <= entry.size) out.set(chunk, length);
    length += chunk.length;
    // Past the declared size the entry lies; going on past a limit, it is a bomb (up to it, checkDeclared judged).
    if (length > entry.size && (length > limits.maxEntryBytes || length / consumed > limits.maxRatio))
      bomb(length, length / consumed, true);
  });
  try {
    for (let p = 0; p < raw.length; p += slice) {
      consumed = Math.min(raw.length, p + slice);
      inflater.push(raw.subarray(p, consumed), consumed === raw.length);
    }
    if (raw.length === 0) inflater.push(raw, true);
  } catch (e) {
    if (e instanceof ReadAbort) throw e;
    return inflateError(entry, e);
  }
  if (length !== entry.size) mismatch(entry, length);
  return out;
}

function inflateError(entry: ZipEntry, e: unknown): never {
  return corrupt(`${entry.name}: ${e instanceof Error ? e.message : String(e)}`);
}

/** The entry unpacks to another size than the zip declares: damaged (or edited by hand), not a bomb. */
function mismatch(entry: ZipEntry, actual: number): never {
  return corrupt(
    `${entry.name}: declared size mismatch (the zip declares ${entry.size} bytes, the data unpacks to ${actual})`,
  );
}
