/**
 * "_tonghop_thang": the very hidden sheet holding each merged month's record (../record.ts) as JSON text cut into
 * cells — a cell holds at most 32,767 characters (MAX_CELL_TEXT) — so the report of any month merged into the workbook
 * can be written again from the workbook alone. Kept beside the stamp rather than in it: the stamp is the workbook's
 * identity, small and read on its own; the records are the consolidation's data and grow with every month.
 */
import { cellAddress } from '../../sheet/a1';
import type { CellSpec, SheetSpec } from '../../sheet/spec';
import { cellText } from '../../snapshot/cells';
import type { WorkbookSnapshot } from '../../snapshot/types';
import { parseRecord, recordJson, type MonthRecord } from '../record';

/** Name of the records sheet. */
export const RECORDS_SHEET = '_tonghop_thang';

/** Marker in the sheet's first row. */
const RECORDS_FORMAT = 'chitieu-ktxh/month-records';

/** Characters of JSON per cell: below Excel's 32,767, with room to spare. */
export const RECORD_CHUNK = 30_000;

/**
 * Cuts text into pieces of at most `size` characters, never between the two halves of a surrogate pair (a lone half
 * is not valid XML) and never so that a piece starts with a character a spreadsheet could take for a formula.
 */
export function chunkText(text: string, size = RECORD_CHUNK): string[] {
  const out: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(at + size, text.length);
    while (
      end < text.length &&
      end > at + 1 &&
      (isHighSurrogate(text, end - 1) || /[=+\-@]/.test(text[end] ?? ''))
    )
      end -= 1;
    out.push(text.slice(at, end));
    at = end;
  }
  return out;
}

function isHighSurrogate(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff;
}

/** The sheet: a marker row, then per record its chunks as rows (record, period, piece number, pieces, text). */
export function recordsSheet(records: readonly MonthRecord[]): SheetSpec {
  const text = (v: string | number): CellSpec => (typeof v === 'number' ? { v } : { v, fmt: '@' });
  const cells: CellSpec[][] = [[text('format'), text(RECORDS_FORMAT)]];
  for (const record of [...records].sort((a, b) => a.period.localeCompare(b.period))) {
    const pieces = chunkText(recordJson(record));
    pieces.forEach((piece, i) =>
      cells.push([text('record'), text(record.period), text(i + 1), text(pieces.length), text(piece)]),
    );
  }
  return {
    name: RECORDS_SHEET,
    visibility: 'veryHidden',
    cells,
    columns: [{ width: 10 }, { width: 10 }, { width: 6 }, { width: 6 }, { width: 60 }],
    merges: [],
    validations: [],
    conditionalFormats: [],
    tables: [],
    charts: [],
  };
}

/** Why the records cannot be read back: the cell where it shows, and what was found there. */
export interface RecordsProblem {
  kind: 'badRow';
  sheet: string;
  cell: string;
  found: string;
}

type Pieces = { row: number; total: number; parts: Map<number, string> };

/**
 * The records of a consolidated workbook, by period. A workbook written before the records existed has none (not an
 * error); a damaged one — marker gone, a piece missing, text that is not a record of this version — is refused at
 * its cell, so nothing is written over it.
 */
export function readRecords(
  snapshot: WorkbookSnapshot,
): { ok: true; records: MonthRecord[] } | { ok: false; problem: RecordsProblem } {
  const sheet = snapshot.sheets.find((s) => s.name === RECORDS_SHEET);
  if (!sheet) return { ok: true, records: [] };
  const bad = (row: number, col: number, found: string) => ({
    ok: false as const,
    problem: { kind: 'badRow' as const, sheet: sheet.name, cell: cellAddress(row, col), found },
  });
  const at = (r: number, c: number) => cellText(sheet.rows[r]?.[c] ?? null);
  if (at(0, 1) !== RECORDS_FORMAT) return bad(0, 1, at(0, 1));
  const byPeriod = new Map<string, Pieces>();
  for (let r = 1; r < sheet.rows.length; r++) {
    if (at(r, 0) === '') continue;
    const index = Number(at(r, 2));
    const total = Number(at(r, 3));
    if (at(r, 0) !== 'record' || !/^\d{4}-\d{2}$/.test(at(r, 1))) return bad(r, 0, at(r, 0));
    if (!Number.isInteger(index) || !Number.isInteger(total) || index < 1 || index > total)
      return bad(r, 2, at(r, 2));
    const pieces = byPeriod.get(at(r, 1)) ?? { row: r, total, parts: new Map() };
    pieces.parts.set(index, at(r, 4));
    byPeriod.set(at(r, 1), pieces);
  }
  const records: MonthRecord[] = [];
  for (const [period, pieces] of byPeriod) {
    if (pieces.parts.size !== pieces.total) return bad(pieces.row, 3, String(pieces.total));
    const text = Array.from({ length: pieces.total }, (_, i) => pieces.parts.get(i + 1) ?? '').join('');
    const parsed = parseRecord(text);
    if (!parsed.ok || parsed.record.period !== period) return bad(pieces.row, 4, `${text.slice(0, 40)}…`);
    records.push(parsed.record);
  }
  return { ok: true, records: records.sort((a, b) => a.period.localeCompare(b.period)) };
}
