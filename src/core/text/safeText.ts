/**
 * Text from agencies' files written into our workbooks. Excel (and Office.js `Range.values`) turn text that
 * starts with = + - @ (and tab/CR/LF tricks) into formulas, so such text is always written as text ("@" number
 * format) and counted; over-long text is cut to what a cell holds, and counted too.
 */
import type { CellSpec } from '../sheet/spec';

/** Excel's limit on characters in one cell. */
export const MAX_CELL_TEXT = 32767;

const RISKY = /^[=+\-@\t\r\n]/;

/** True when text would be taken for a formula (or a DDE trick) if written as a plain value. */
function isRiskyText(text: string): boolean {
  return RISKY.test(text);
}

/** Counts of what was done to keep user text safe. */
export interface TextSafety {
  neutralised: number;
  truncated: number;
}

/** A fresh counter. */
export function textSafety(): TextSafety {
  return { neutralised: 0, truncated: 0 };
}

/** A text cell that can never become a formula; counts risky and over-long text in `safety`. */
export function safeTextCell(text: string, safety: TextSafety, style?: string): CellSpec {
  let v = text;
  if (v.length > MAX_CELL_TEXT) {
    v = `${v.slice(0, MAX_CELL_TEXT - 1)}…`;
    safety.truncated += 1;
  }
  const risky = isRiskyText(v);
  if (risky) safety.neutralised += 1;
  return { v, ...(risky ? { fmt: '@' } : {}), ...(style ? { s: style } : {}) };
}

/** A CSV field: quoted per RFC 4180, and risky text prefixed with an apostrophe so spreadsheets show it as text. */
export function csvField(value: string | number, safety: TextSafety): string {
  if (typeof value === 'number') return String(value);
  let v = value;
  if (isRiskyText(v)) {
    v = `'${v}`;
    safety.neutralised += 1;
  }
  return /[",\r\n]/.test(v) || v !== v.trim() ? `"${v.replace(/"/g, '""')}"` : v;
}

/** The text with its first letter in upper case ("trước ngày …" → "Trước ngày …"), for a cell that opens with it. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
