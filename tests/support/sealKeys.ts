/** Sealing keys for tests: Sở Tài chính's, an old one it replaced, and one that is not its own. */
import { sealKeyFromText, type SealKey } from '../../src/core/seal/seal';

/** A key from its text (throws in tests when too short). */
export function testKey(text: string): SealKey {
  const made = sealKeyFromText(text);
  if (!made.ok) throw new Error('test key too short');
  return made.key;
}

/** The key the tests' Sở Tài chính seals with. */
export const KEY = testKey('khóa-thử-của-Sở-Tài-chính-2025');
/** The key it used before. */
export const OLD_KEY = testKey('khóa-cũ-của-Sở-Tài-chính-2024');
/** A key that is not Sở Tài chính's. */
export const OTHER_KEY = testKey('một khóa khác, không phải của Sở');
