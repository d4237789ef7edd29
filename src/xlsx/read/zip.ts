/**
 * The zip central directory, read by hand so that the structure is checked before a single byte is inflated (fflate's
 * `unzipSync` would inflate first): entry count, entries inside the file, no two entries sharing bytes. Declared sizes
 * are checked when a part is about to be inflated (inflate.ts), so parts never read (images) do not count. Format: PKWARE APPNOTE.TXT 6.3.10,
 * https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT (4.3.6 layout, 4.3.16 end record, 4.5.3 Zip64 extra).
 */
import { abort, bomb, corrupt } from './abort';
import type { ReadLimits } from './limits';

/** One zip entry as the central directory declares it, with where its data starts. */
export interface ZipEntry {
  name: string;
  /** General-purpose flags (bit 0: encrypted). */
  flags: number;
  /** 0 stored, 8 deflate; anything else is not supported. */
  method: number;
  crc: number;
  compressedSize: number;
  /** Declared inflated size (it can lie: inflation enforces it). */
  size: number;
  /** Offset of the entry's compressed data in the file. */
  dataOffset: number;
}

/** The entries of a zip by lower-cased name (OPC part names are case-insensitive, ECMA-376 Part 2 §6.2.2.3). */
export type ZipDirectory = ReadonlyMap<string, ZipEntry>;

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_END64_LOCATOR = 0x07064b50;
const END_SIZE = 22;
const MAX_COMMENT = 0xffff;

/** Reads and checks the central directory: entry count, entries inside the file, no overlap. */
export function readDirectory(bytes: Uint8Array, limits: ReadLimits): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view);
  let count = view.getUint16(end + 10, true);
  let cdSize = view.getUint32(end + 12, true);
  let cdOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    ({ count, cdSize, cdOffset } = readEnd64(view, end));
  }
  if (count > limits.maxEntries)
    abort('FILE_TOO_MANY_ENTRIES', { params: { entries: count, limit: limits.maxEntries } });
  if (cdOffset + cdSize > end) corrupt('zip central directory lies outside the file');

  const entries = new Map<string, ZipEntry>();
  const spans: [number, number][] = [];
  let declaredTotal = 0;
  let p = cdOffset;
  while (p < cdOffset + cdSize) {
    if (entries.size + 1 > limits.maxEntries) {
      // The end record under-declared the count; report how many were found before stopping.
      abort('FILE_TOO_MANY_ENTRIES', { params: { entries: entries.size + 1, limit: limits.maxEntries } });
    }
    if (p + 46 > end || view.getUint32(p, true) !== SIG_CENTRAL) corrupt('zip central directory is damaged');
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const next = p + 46 + nameLength + extraLength + commentLength;
    if (next > end) corrupt('zip central directory is damaged');
    const name = decodeName(bytes.subarray(p + 46, p + 46 + nameLength));
    const sizes = zip64Sizes(view, p + 46 + nameLength, extraLength, {
      size: view.getUint32(p + 24, true),
      compressedSize: view.getUint32(p + 20, true),
      localOffset: view.getUint32(p + 42, true),
    });
    if (!name) corrupt('zip entry without a name');
    declaredTotal += sizes.size;
    const dataOffset = localDataOffset(view, sizes.localOffset, name);
    if (dataOffset + sizes.compressedSize > cdOffset)
      corrupt(`${name}: data lies outside the file (truncated?)`);
    const key = name.toLowerCase();
    if (entries.has(key)) corrupt(`two zip entries named ${name}`);
    entries.set(key, {
      name,
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      crc: view.getUint32(p + 16, true),
      compressedSize: sizes.compressedSize,
      size: sizes.size,
      dataOffset,
    });
    spans.push([sizes.localOffset, dataOffset + sizes.compressedSize]);
    p = next;
  }
  checkNoOverlap(spans, declaredTotal, bytes.length);
  return entries;
}

function findEnd(view: DataView): number {
  const stop = Math.max(0, view.byteLength - END_SIZE - MAX_COMMENT);
  for (let p = view.byteLength - END_SIZE; p >= stop; p--) {
    if (view.getUint32(p, true) === SIG_END && p + END_SIZE + view.getUint16(p + 20, true) <= view.byteLength)
      return p;
  }
  return corrupt('no zip central directory (the file is truncated or not a complete zip)');
}

function readEnd64(view: DataView, end: number): { count: number; cdSize: number; cdOffset: number } {
  const locator = end - 20;
  if (locator < 0 || view.getUint32(locator, true) !== SIG_END64_LOCATOR) corrupt('zip64 end record missing');
  const record = safeNumber(view.getBigUint64(locator + 8, true));
  if (record + 56 > locator || view.getUint32(record, true) !== SIG_END64)
    corrupt('zip64 end record damaged');
  return {
    count: safeNumber(view.getBigUint64(record + 32, true)),
    cdSize: safeNumber(view.getBigUint64(record + 40, true)),
    cdOffset: safeNumber(view.getBigUint64(record + 48, true)),
  };
}

interface Sizes {
  size: number;
  compressedSize: number;
  localOffset: number;
}

/** Values saturated at 0xFFFFFFFF are in the Zip64 extra field (id 1), in this order (APPNOTE 4.5.3). */
function zip64Sizes(view: DataView, extraStart: number, extraLength: number, sizes: Sizes): Sizes {
  const fields: (keyof Sizes)[] = ['size', 'compressedSize', 'localOffset'];
  const wanted = fields.filter((k) => sizes[k] === 0xffffffff);
  if (wanted.length === 0) return sizes;
  const out = { ...sizes };
  for (let p = extraStart; p + 4 <= extraStart + extraLength;) {
    const id = view.getUint16(p, true);
    const length = view.getUint16(p + 2, true);
    if (id === 1) {
      if (length < wanted.length * 8 || p + 4 + length > extraStart + extraLength)
        corrupt('zip64 extra field damaged');
      wanted.forEach((k, i) => (out[k] = safeNumber(view.getBigUint64(p + 4 + i * 8, true))));
      return out;
    }
    p += 4 + length;
  }
  return corrupt('zip64 extra field missing');
}

function localDataOffset(view: DataView, offset: number, name: string): number {
  if (offset + 30 > view.byteLength || view.getUint32(offset, true) !== SIG_LOCAL)
    corrupt(`${name}: local header missing`);
  return offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
}

/**
 * Entries sharing bytes are the trick of the "better zip bomb" (https://www.bamsoftware.com/hacks/zipbomb/): a small
 * file whose entries all inflate the same kernel. No honest writer does this.
 */
function checkNoOverlap(spans: [number, number][], declaredTotal: number, fileSize: number): void {
  spans.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < spans.length; i++) {
    if ((spans[i - 1] as [number, number])[1] > (spans[i] as [number, number])[0])
      bomb(declaredTotal, declaredTotal / Math.max(1, fileSize));
  }
}

function safeNumber(n: bigint): number {
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) corrupt('zip64 size out of range');
  return Number(n);
}

const NAME_DECODER = new TextDecoder('utf-8');

function decodeName(raw: Uint8Array): string {
  return NAME_DECODER.decode(raw).replace(/^\/+/, '');
}
