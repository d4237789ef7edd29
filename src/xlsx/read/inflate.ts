/**
 * Inflates one zip entry under a byte budget. Declared sizes can lie, so the running count is enforced while
 * inflating: fflate's streaming Inflate inflates everything pushed at once, hence the input is pushed in small
 * slices and the output is counted after each (deflate expands at most ~1032:1, so one slice can overshoot by
 * ~17 MB at worst before the check stops it).
 */
import { Inflate } from 'fflate';
import { abort, corrupt, ReadAbort } from './abort';
import { crc32 } from './crc32';
import type { ReadLimits } from './limits';
import { bomb, type ZipEntry } from './zip';

/** Bytes inflated so far for the whole workbook. */
export interface InflateBudget {
  inflated: number;
}

const SLICE = 16 * 1024;

/** The entry's bytes, checked against its declared size, the limits, and its CRC. */
export function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  limits: ReadLimits,
  budget: InflateBudget,
): Uint8Array {
  if (entry.flags & 1) abort('FILE_ENCRYPTED');
  const raw = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  let out: Uint8Array;
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) corrupt(`${entry.name}: stored size mismatch`);
    spend(entry, entry.size, limits, budget);
    out = raw;
  } else if (entry.method === 8) {
    out = inflateRaw(raw, entry, limits, budget);
  } else {
    return corrupt(`${entry.name}: unsupported compression method ${entry.method}`);
  }
  if (crc32(out) !== entry.crc) corrupt(`${entry.name}: checksum (CRC) mismatch`);
  return out;
}

function inflateRaw(raw: Uint8Array, entry: ZipEntry, limits: ReadLimits, budget: InflateBudget): Uint8Array {
  const out = new Uint8Array(entry.size);
  let length = 0;
  let consumed = 0;
  const inflater = new Inflate((chunk) => {
    // More than declared: the declared size lied, the signature of a bomb. The ratio is the one seen so far.
    if (length + chunk.length > entry.size) bomb(length + chunk.length, consumed, true);
    out.set(chunk, length);
    length += chunk.length;
    spend(entry, chunk.length, limits, budget);
  });
  try {
    for (let p = 0; p < raw.length; p += SLICE) {
      consumed = Math.min(raw.length, p + SLICE);
      inflater.push(raw.subarray(p, consumed), consumed === raw.length);
    }
    if (raw.length === 0) inflater.push(raw, true);
  } catch (e) {
    if (e instanceof ReadAbort) throw e;
    corrupt(`${entry.name}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (length !== entry.size) corrupt(`${entry.name}: inflated size differs from the declared size`);
  return out;
}

function spend(entry: ZipEntry, n: number, limits: ReadLimits, budget: InflateBudget): void {
  budget.inflated += n;
  if (budget.inflated > limits.maxTotalBytes) bomb(budget.inflated, entry.compressedSize, true);
}
