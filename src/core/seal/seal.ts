/**
 * The seal: an HMAC-SHA256, under a key only Sở Tài chính holds, over what a template's stamp says it was issued
 * as — plan (id, content hash, year), layout, agency, period, when and by what it was made, and every fixed value
 * as issued. A stamp whose seal verifies was written by someone holding the key, and none of its sealed fields has
 * changed since. What it does not prove (who filled the figures in, a template passed on): docs/seal.md.
 *
 * Pure: the key is passed in by the shells (the CLI reads it from its environment); core never looks for one.
 */
import { hmac } from '@noble/hashes/hmac';
import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { STAMP_SCALAR_FIELDS, type Stamp } from '../stamps/template';

/** A sealing key: its secret bytes. Shells build it with `sealKeyFromText`; it is never written into a workbook. */
export interface SealKey {
  readonly secret: Uint8Array;
}

/** The shortest key accepted, in characters: a short key can be guessed from one sealed template. */
export const SEAL_KEY_MIN_LENGTH = 16;

/** The version tag of the sealed message and of the seal text; a new message layout gets a new tag. */
const SEAL_VERSION = 'v1';
const MESSAGE_TAG = `chitieu-ktxh/seal/${SEAL_VERSION}`;
const KEY_ID_TAG = 'chitieu-ktxh/seal-key-id';
/** Hex digits of the key id shown in a seal: enough to tell a planner's keys apart, nothing about the key. */
const KEY_ID_LENGTH = 8;

/** A key from its text (surrounding spaces and line breaks dropped), or why it cannot be one. */
export function sealKeyFromText(
  text: string,
): { ok: true; key: SealKey } | { ok: false; problem: 'tooShort'; minLength: number } {
  const trimmed = text.trim();
  if ([...trimmed].length < SEAL_KEY_MIN_LENGTH)
    return { ok: false, problem: 'tooShort', minLength: SEAL_KEY_MIN_LENGTH };
  return { ok: true, key: { secret: utf8ToBytes(trimmed) } };
}

/**
 * The key's public id (8 hex digits of an HMAC of a fixed text under it): written beside each seal and shown to the
 * planner, so a seal made with another key (an old one, after the key was changed) is told from a forged one.
 */
export function sealKeyId(key: SealKey): string {
  return bytesToHex(hmac(sha256, key.secret, utf8ToBytes(KEY_ID_TAG))).slice(0, KEY_ID_LENGTH);
}

/** The stamp fields that are sealed; every other field of Stamp must be listed in UNSEALED_FIELDS. */
export const SEALED_FIELDS = [
  ...STAMP_SCALAR_FIELDS,
  'indicators',
  'tasks',
] as const satisfies readonly (keyof Stamp)[];

/** Stamp fields outside the seal: the seal itself. */
export const UNSEALED_FIELDS = ['seal'] as const satisfies readonly (keyof Stamp)[];

/** The stamp as sealed: the sealed fields only. */
export type SealedStamp = Pick<Stamp, (typeof SEALED_FIELDS)[number]>;

/**
 * Text as a stamp gives it back after any writer's round trip: trimmed (the stamp reader trims) and in Unicode NFC
 * (a writer may store Vietnamese letters composed or decomposed).
 */
const text = (s: string): string => s.trim().normalize('NFC');

/** A number to 15 significant digits: what survives any spreadsheet writer (LibreOffice writes no more). */
const number = (n: number): number => Number(n.toPrecision(15));

/** The message the seal authenticates: the sealed fields in a fixed order, as JSON, values canonical. */
function sealMessage(stamp: SealedStamp): Uint8Array {
  const fields = [
    MESSAGE_TAG,
    number(stamp.layoutVersion),
    text(stamp.planId),
    text(stamp.planHash),
    number(stamp.planYear),
    text(stamp.agencyId),
    text(stamp.agencyName),
    text(stamp.period),
    text(stamp.generatedAt),
    text(stamp.generator),
    stamp.indicators.map((i) => [
      text(i.id),
      number(i.target),
      number(i.checkpoint),
      text(i.checkpointDate),
      number(i.tolerance),
    ]),
    stamp.tasks.map((t) => [text(t.id), text(t.deadline)]),
  ];
  return utf8ToBytes(JSON.stringify(fields));
}

function mac(key: SealKey, stamp: SealedStamp): string {
  return bytesToHex(hmac(sha256, key.secret, sealMessage(stamp)));
}

/** The seal of a stamp under a key, as written in the stamp: "v1:<key id>:<HMAC-SHA256 in hex>". */
export function sealOf(key: SealKey, stamp: SealedStamp): string {
  return `${SEAL_VERSION}:${sealKeyId(key)}:${mac(key, stamp)}`;
}

const SEAL_PATTERN = new RegExp(`^${SEAL_VERSION}:([0-9a-f]{${KEY_ID_LENGTH}}):([0-9a-f]{64})$`);

/** What checking a stamp's seal found. */
export type SealCheck =
  | { status: 'valid' }
  /** The stamp has no seal (issued before seals, by a copy of the tool without the key, or the seal was removed). */
  | { status: 'missing' }
  /** Sealed under another key: `keyId` is the one the seal names. */
  | { status: 'otherKey'; keyId: string }
  /** The seal is not one (malformed) or does not match the stamp (a sealed field was changed, or it was forged). */
  | { status: 'invalid' };

/** Checks the seal a stamp carries against the stamp's sealed fields, under `key`. */
export function checkSeal(key: SealKey, stamp: SealedStamp, seal: string | undefined): SealCheck {
  if (seal === undefined || seal.trim() === '') return { status: 'missing' };
  const m = SEAL_PATTERN.exec(seal.trim().toLowerCase());
  if (!m) return { status: 'invalid' };
  const [, keyId = '', given = ''] = m;
  if (keyId !== sealKeyId(key)) return { status: 'otherKey', keyId };
  return sameText(given, mac(key, stamp)) ? { status: 'valid' } : { status: 'invalid' };
}

/** Compares two equal-length hex strings in time independent of where they differ. */
function sameText(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
