/** What the first bytes say a file is: a zip (maybe an .xlsx), an OLE compound file, or something else. */

/** The kinds of file told apart before anything is parsed. */
export type FileKind = 'zip' | 'ole-encrypted' | 'ole' | 'other';

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const OLE_HEADER = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/**
 * An encrypted .xlsx is an OLE compound file with a stream named "EncryptedPackage" (MS-OFFCRYPTO 2.3.4.4,
 * https://learn.microsoft.com/en-us/openspecs/office_file_formats/ms-offcrypto/); directory entry names are UTF-16LE.
 */
const ENCRYPTED_PACKAGE = utf16le('EncryptedPackage');

/** Tells a zip from an OLE file (legacy .xls, or an .xlsx encrypted with an opening password) from anything else. */
export function sniff(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, ZIP_LOCAL_HEADER)) return 'zip';
  if (startsWith(bytes, OLE_HEADER)) return contains(bytes, ENCRYPTED_PACKAGE) ? 'ole-encrypted' : 'ole';
  return 'other';
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function contains(bytes: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  const last = bytes.length - needle.length;
  outer: for (
    let i = bytes.indexOf(first as number);
    i !== -1 && i <= last;
    i = bytes.indexOf(first as number, i + 1)
  ) {
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) out[i * 2] = s.charCodeAt(i);
  return out;
}
