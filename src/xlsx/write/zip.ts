/**
 * The final zip. ExcelJS zips with JSZip and stamps every entry with the current time; we have it store the parts
 * uncompressed (cheap), open them with fflate, let the chart injection edit them, and deflate once here with a
 * fixed timestamp, so the same spec gives the same bytes. fflate runs in Node and in browsers alike.
 */
import { unzipSync, zipSync } from 'fflate';
import type { Parts } from './charts/opc';

/** DOS zip timestamps cover 1980–2107 (fflate refuses others); out-of-range dates fall back to 1980-01-01. */
function zipTime(date: Date): Date {
  const year = date.getFullYear();
  return year >= 1980 && year <= 2099 ? date : new Date(1980, 0, 1);
}

/**
 * Opens the (stored) package ExcelJS wrote. JSZip adds folder entries ("xl/", "_rels/"); they are not parts of
 * the package (Excel writes none), so they are left out.
 */
export function openPackage(bytes: Uint8Array): Parts {
  return unzipSync(bytes, { filter: (entry) => !entry.name.endsWith('/') });
}

/**
 * Deflates the parts into the .xlsx, entries in their original order ([Content_Types].xml first, as ExcelJS and
 * Excel put it), each stamped with `mtime`.
 */
export function closePackage(parts: Parts, mtime: Date): Uint8Array {
  return zipSync(parts, { level: 6, mtime: zipTime(mtime) });
}
