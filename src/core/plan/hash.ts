/** Content hash of a plan: SHA-256 of its canonical JSON, so any change to targets or tasks changes the hash. */
import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import type { Plan } from './schema';

/** JSON with object keys sorted at every level (arrays keep their order). */
function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** SHA-256 (lowercase hex) of a string's UTF-8 bytes. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** SHA-256 (lowercase hex) of bytes. */
export function sha256HexBytes(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}

const hashes = new WeakMap<Plan, string>();

/**
 * The plan's content hash (first 16 hex digits of SHA-256 of canonical JSON: short enough to show, long enough).
 * Remembered per plan object — validating a batch hashes the plan once; plans are never mutated after checking.
 */
export function planHash(plan: Plan): string {
  let hash = hashes.get(plan);
  if (hash === undefined) {
    hash = sha256Hex(canonicalJson(plan)).slice(0, 16);
    hashes.set(plan, hash);
  }
  return hash;
}
