/**
 * Our snapshot beside openpyxl's reading of the same file, cell by cell. Two readings agree when they name the same
 * value: the same number, text, boolean or error; a date as the same day (and, in a format that shows a time, the
 * same time to the second — Excel shows no finer); a number in a percent format marked as one. Where they differ,
 * the difference must be one of DOCUMENTED, each with the reason ours is right (or why openpyxl cannot tell).
 */
import { cellAddress } from '../../../../src/core/sheet/a1';
import type { SheetSnapshot, SnapshotCell, WorkbookSnapshot } from '../../../../src/core/snapshot/types';

/** A cell as openpyxl's dump gives it: address, kind, value, number format. */
export type TheirCell = [string, string, string | number | boolean, string];

/** A sheet as openpyxl's dump gives it. */
export interface TheirSheet {
  name: string;
  state: string;
  merges: string[];
  cells: TheirCell[];
}

/** openpyxl's reading of one file. */
export type TheirBook = { ok: true; epoch1904: boolean; sheets: TheirSheet[] } | { ok: false; error: string };

/** One cell where the readings differ. */
export interface Difference {
  file: string;
  sheet: string;
  ref: string;
  ours: SnapshotCell | null;
  theirs: TheirCell | null;
  /** The file's date system, as openpyxl read it. */
  date1904: boolean;
}

/** A kind of difference we know, why, and how to recognise it. */
export interface Documented {
  id: string;
  reason: string;
  matches(d: Difference): boolean;
}

const isDateFlagged = (c: SnapshotCell | null): c is { t: 'n'; v: number; date: true } =>
  c?.t === 'n' && c.date === true;

/** The differences the test accepts, each with its reason. */
export const DOCUMENTED: readonly Documented[] = [
  {
    id: 'formula-without-result',
    reason:
      'A formula saved without a result (openpyxl writes none): openpyxl reads it as empty; we keep it as a formula with no result, so validation says FORMULA_NO_RESULT instead of reading a blank or 0.',
    matches: (d) => d.ours?.t === 'z' && d.theirs === null,
  },
  {
    id: 'fictitious-29-february-1900',
    reason:
      'Serial 60 in the 1900 system: Excel shows 29/02/1900, a day that never was (its leap-year bug, kept from Lotus 1-2-3); openpyxl maps it to 28/02/1900. We keep it as a number in a date format, for validation to report.',
    matches: (d) =>
      !d.date1904 &&
      isDateFlagged(d.ours) &&
      Math.floor(d.ours.v) === 60 &&
      String(d.theirs?.[2]).startsWith('1900-02-28'),
  },
  {
    id: 'day-zero-or-time-alone',
    reason:
      'A serial below 1 in the 1900 system: Excel shows the day as "00/01/1900" (no calendar day); openpyxl gives a time of day. We keep it as a number in a date format: no template cell holds a time alone.',
    matches: (d) =>
      !d.date1904 &&
      isDateFlagged(d.ours) &&
      d.ours.v >= 0 &&
      d.ours.v < 1 &&
      (d.theirs?.[1] === 'time' || d.theirs?.[1] === 'datetime'),
  },
  {
    id: 'openpyxl-1904-day-zero',
    reason:
      'In the 1904 system serial 0 is 1 January 1904 (ECMA-376 Part 1 §18.17.4.1); openpyxl turns any serial below 1 into a time of day, whatever the date system.',
    matches: (d) =>
      d.date1904 && d.ours?.t === 'd' && d.ours.v.startsWith('1904-01-01') && d.theirs?.[1] === 'time',
  },
  {
    id: 'elapsed-time-format',
    reason:
      'An elapsed-time format ([h]:mm:ss) shows a duration: openpyxl gives a timedelta; we keep the number (marked as in a date format), since it is no calendar date.',
    matches: (d) =>
      isDateFlagged(d.ours) && d.theirs?.[1] === 'timedelta' && d.theirs[2] === d.ours.v * 86400,
  },
  {
    id: 'no-date-excel-can-show',
    reason:
      'A negative serial, or one after 31/12/9999, in a date format: Excel shows "#####". openpyxl gives a date before 1900 or "#VALUE!"; we keep the number, marked as in a date format.',
    matches: (d) =>
      isDateFlagged(d.ours) &&
      (d.ours.v < 0 || d.ours.v >= 2958466 - (d.date1904 ? 1462 : 0)) &&
      (d.theirs?.[1] === 'datetime' || (d.theirs?.[1] === 'e' && d.theirs[2] === '#VALUE!')),
  },
  {
    id: 'xstring-escape',
    reason:
      'Text with an _xHHHH_ escape (how Excel writes characters XML cannot carry, ECMA-376 Part 1 §22.9.2.19): Excel and we decode it ("_x000D_" is a carriage return); openpyxl leaves it as written.',
    matches: (d) =>
      d.ours?.t === 's' && d.theirs?.[1] === 's' && unescapeForComparison(String(d.theirs[2])) === d.ours.v,
  },
  {
    id: 'openpyxl-reads-foreign-elements-as-cells',
    reason:
      'openpyxl takes every child of <row> for a cell whatever its namespace (worksheet/_reader.py, parse_row), so an element of another namespace after a cell replaces its value with nothing; we read SpreadsheetML cells only.',
    matches: (d) =>
      d.ref === 'A1' &&
      d.ours?.t === 'n' &&
      d.ours.v === 1 &&
      ((d.file === 'foreign-cell.xlsx' && d.theirs === null) ||
        (d.file === 'markup-compatibility.xlsx' && d.theirs?.[2] === 99)),
  },
  {
    id: 'openpyxl-ignores-markup-compatibility',
    reason:
      'openpyxl reads every SpreadsheetML <row> wherever it is, both branches of an mc:AlternateContent (the last wins); we read the first Choice we understand, else the Fallback (ECMA-376 Part 3 §10.2).',
    matches: (d) =>
      d.file === 'markup-compatibility.xlsx' && d.ref === 'A3' && d.ours?.t === 'n' && d.ours.v === 3,
  },
];

/** _xHHHH_ decoded (openpyxl keeps the escape; _x005F_ it already turns into "_"). */
function unescapeForComparison(s: string): string {
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** True when the two readings of a cell name the same value. */
export function sameValue(ours: SnapshotCell, theirs: TheirCell): boolean {
  const [, kind, value, format] = theirs;
  switch (ours.t) {
    case 'n':
      return kind === 'n' && value === ours.v && Boolean(ours.percent) === showsPercent(format) && !ours.date;
    case 's':
      return kind === 's' && value === ours.v;
    case 'b':
      return kind === 'b' && value === ours.v;
    case 'e':
      return kind === 'e' && value === ours.v;
    case 'd':
      return (kind === 'datetime' || kind === 'date') && sameInstant(ours.v, String(value));
    case 'z':
      return false;
  }
}

/** "2025-07-18" is the day of openpyxl's datetime; "2025-07-18T08:30:00" its time, rounded to the second. */
function sameInstant(ours: string, theirs: string): boolean {
  const [day, time = '00:00:00'] = theirs.split('T');
  if (ours.length === 10) return ours === day;
  const t = Date.parse(`${day}T${time}Z`);
  return new Date(Math.round(t / 1000) * 1000).toISOString().slice(0, 19) === ours;
}

/** A number format shows a percentage: a "%" outside quotes, [brackets] and backslash escapes (our rule, restated). */
function showsPercent(format: string): boolean {
  return format
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '')
    .includes('%');
}

/** Every cell where the two readings of a file differ, and the sheet-level differences as text. */
export function compareBook(
  file: string,
  ours: WorkbookSnapshot,
  theirs: Extract<TheirBook, { ok: true }>,
): { cells: Difference[]; sheets: string[] } {
  const sheets: string[] = [];
  const cells: Difference[] = [];
  const oursNames = ours.sheets.map((s) => `${s.name}|${s.state}`);
  const theirNames = theirs.sheets.map((s) => `${s.name}|${s.state}`);
  if (oursNames.join() !== theirNames.join()) sheets.push(`${file}: sheets ${oursNames} vs ${theirNames}`);
  for (const their of theirs.sheets) {
    const sheet = ours.sheets.find((s) => s.name === their.name);
    if (!sheet) continue;
    if ([...sheet.merges].sort().join() !== their.merges.join())
      sheets.push(`${file}!${their.name}: merges ${sheet.merges} vs ${their.merges}`);
    cells.push(...compareSheet(file, sheet, their, theirs.epoch1904));
  }
  return { cells, sheets };
}

function compareSheet(
  file: string,
  sheet: SheetSnapshot,
  their: TheirSheet,
  date1904: boolean,
): Difference[] {
  const out: Difference[] = [];
  const theirsByRef = new Map(their.cells.map((c) => [c[0], c]));
  sheet.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell === null) return;
      const ref = cellAddress(r, c);
      const t = theirsByRef.get(ref) ?? null;
      theirsByRef.delete(ref);
      if (t === null || !sameValue(cell, t))
        out.push({ file, sheet: sheet.name, ref, ours: cell, theirs: t, date1904 });
    }),
  );
  for (const t of theirsByRef.values())
    out.push({ file, sheet: sheet.name, ref: t[0], ours: null, theirs: t, date1904 });
  return out;
}
