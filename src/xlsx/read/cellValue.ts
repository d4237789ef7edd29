/**
 * One `<c>` element's raw parts → a SnapshotCell, by its type attribute (ECMA-376 Part 1 §18.18.11 ST_CellType).
 * Values only: a formula's text is kept so callers know it is one, but its cached result is the value, and a formula
 * without a cached result is `{ t: 'z' }` — unknown, never 0 or blank.
 */
import type { SnapshotCell } from '../../core/snapshot/types';
import { isIsoDate } from '../../core/text/dates';
import type { DateKind } from '../../core/text/numFmt';
import { corrupt } from './abort';
import { serialToDate } from './serial';
import { unescapeXstring } from './text';

/** What a `<c>` held, as collected by the sheet parser. */
export interface RawCell {
  /** Address for messages ("B7"). */
  ref: string;
  /** The `t` attribute ("" when absent, meaning a number). */
  type: string;
  /** `<v>` text, or null when there was no `<v>`. */
  value: string | null;
  /** Formula text, or null when not a formula ("" for a shared-formula dependent whose master was not seen). */
  formula: string | null;
  /** `<is>` text of an inline string, or null. */
  inline: string | null;
  /** The date kind of the cell's style. */
  dateKind: DateKind;
  /** The cell's style shows numbers as percentages. */
  percent: boolean;
}

/** The snapshot cell, or null for an empty cell (style only). */
export function toSnapshotCell(
  raw: RawCell,
  sharedStrings: readonly string[],
  date1904: boolean,
): SnapshotCell | null {
  const cell = valueOf(raw, sharedStrings, date1904);
  if (raw.formula === null) return cell;
  return cell ? { ...cell, f: raw.formula } : { t: 'z', f: raw.formula };
}

function valueOf(raw: RawCell, sharedStrings: readonly string[], date1904: boolean): SnapshotCell | null {
  const v = raw.value;
  switch (raw.type) {
    case 's': {
      if (v === null || v === '') return null;
      const s = sharedStrings[index(v)];
      if (s === undefined) return corrupt(`${raw.ref}: shared string ${v.slice(0, 20)} does not exist`);
      return { t: 's', v: s };
    }
    case 'inlineStr':
      if (raw.inline !== null) return { t: 's', v: unescapeXstring(raw.inline) };
      return v === null ? null : { t: 's', v: unescapeXstring(v) };
    case 'str':
      return v === null ? null : { t: 's', v: unescapeXstring(v) };
    case 'b':
      if (v === null || v === '') return null;
      if (v === '1' || v === 'true') return { t: 'b', v: true };
      if (v === '0' || v === 'false') return { t: 'b', v: false };
      return corrupt(`${raw.ref}: boolean "${v.slice(0, 20)}"`);
    case 'e':
      return v === null || v === '' ? null : { t: 'e', v };
    case 'd':
      return v === null || v === '' ? null : isoCell(v);
    case '':
    case 'n':
      return v === null || v.trim() === '' ? null : numberCell(raw, v, date1904);
    default:
      return corrupt(`${raw.ref}: unknown cell type "${raw.type.slice(0, 20)}"`);
  }
}

/** A shared-string index written in digits ("12"); -1 for anything else (" 12", "1e1", "0x1"). */
function index(v: string): number {
  if (v.length > 9) return -1;
  let n = 0;
  for (let i = 0; i < v.length; i++) {
    const d = v.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

function numberCell(raw: RawCell, v: string, date1904: boolean): SnapshotCell {
  const n = Number(v);
  if (!Number.isFinite(n)) return corrupt(`${raw.ref}: not a number "${v.slice(0, 20)}"`);
  if (raw.dateKind === null) return raw.percent ? { t: 'n', v: n, percent: true } : { t: 'n', v: n };
  // A number in a date format that is no calendar day (negative, after 9999, Excel's "00/01/1900" and 29/02/1900, a
  // time of day alone) stays a number, marked, for validation to report.
  const iso = serialToDate(n, date1904, raw.dateKind === 'datetime');
  return iso === null ? { t: 'n', v: n, date: true } : { t: 'd', v: iso };
}

/**
 * `t="d"`: an ISO 8601 date or date-time as text (§18.17.4.1). ExcelJS reads these as a year number (docs/design.md); here
 * they become "YYYY-MM-DD", or "YYYY-MM-DDTHH:MM:SS" when there is a time of day (a zone suffix is dropped: Excel
 * keeps wall-clock times). Text that is no such date is kept as text for validation to report.
 */
function isoCell(v: string): SnapshotCell {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(
    v.trim(),
  );
  const date = m?.[1];
  if (!m || date === undefined || !isIsoDate(date)) return { t: 's', v };
  const [h = '00', mi = '00', s = '00'] = [m[2], m[3], m[4]];
  return { t: 'd', v: h === '00' && mi === '00' && s === '00' ? date : `${date}T${h}:${mi}:${s}` };
}
