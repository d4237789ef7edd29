/**
 * Inflates one zip entry under the limits, saying honestly what is wrong when it cannot:
 * - declared sizes are checked first: over a size limit the part is too large (FILE_CONTENT_TOO_LARGE), unless its
 *   compression ratio is beyond what any real XML reaches, which only a bomb does (FILE_ZIP_BOMB);
 * - declared sizes can lie, so the real size is enforced while inflating: an entry that unpacks to another size than
 *   declared is damaged (FILE_CORRUPT, both sizes named), or a bomb when it goes on past a limit.
 * Small entries (nearly all of a template) are inflated in one call into a buffer of the declared size — a lie then
 * costs at most a few hundred MB of work (deflate expands at most ~1032:1) and no memory; larger ones are inflated in
 * slices, counting as they go, so a lying one is stopped within a slice (~66 MB).
 */
import { Inflate, inflateSync } from 'fflate';
import { abort, bomb, corrupt, ReadAbort, tooLarge } from './abort';
import { crc32 } from './crc32';
import type { ReadLimits } from './limits';
import type { ZipEntry } from './zip';

/** Bytes declared so far by the parts read (parts never read, such as images, do not count). */
export interface InflateBudget {
  declared: number;
}

/** Entries compressed to at most this are inflated in one call (a lie costs ≤ 1032 × this of work). */
const ONE_CALL_MAX = 128 * 1024;
const SLICE = 64 * 1024;

/** The entry's bytes, checked against its declared size, the limits, and its CRC. */
export function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  limits: ReadLimits,
  budget: InflateBudget,
): Uint8Array {
  if (entry.flags & 1) abort('FILE_ENCRYPTED');
  checkDeclared(entry, limits, budget);
  const raw = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  let out: Uint8Array;
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) mismatch(entry, entry.compressedSize);
    out = raw;
  } else if (entry.method === 8) {
    out = raw.length <= ONE_CALL_MAX ? inflateOnce(raw, entry, limits) : inflateSliced(raw, entry, limits);
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

/** One call into a buffer one byte longer than declared: a longer stream fills that byte, and is then measured. */
function inflateOnce(raw: Uint8Array, entry: ZipEntry, limits: ReadLimits): Uint8Array {
  let out: Uint8Array;
  try {
    out = inflateSync(raw, { out: new Uint8Array(entry.size + 1) });
  } catch (e) {
    // A stored block past the end of the buffer throws a RangeError: longer than declared.
    if (!(e instanceof RangeError)) return inflateError(entry, e);
    out = new Uint8Array(entry.size + 1);
  }
  if (out.length > entry.size) inflateSliced(raw, entry, limits);
  if (out.length !== entry.size) mismatch(entry, out.length);
  return out;
}

/** Slice by slice, counting: what is longer than declared is measured (up to the limits) and refused. */
function inflateSliced(raw: Uint8Array, entry: ZipEntry, limits: ReadLimits): Uint8Array {
  const out = new Uint8Array(entry.size);
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
    for (let p = 0; p < raw.length; p += SLICE) {
      consumed = Math.min(raw.length, p + SLICE);
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
