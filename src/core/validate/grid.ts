/** Finding a template sheet's header row, its columns by header text, and its rows by id (never by position). */
import { cellAddress } from '../sheet/a1';
import { cellText, isBlank } from '../snapshot/cells';
import type { SheetSnapshot, WorkbookSnapshot } from '../snapshot/types';
import { MAX_HEADER_LENGTH, normaliseHeader, type ColumnDef } from '../template/model';
import { issue, type Issue } from '../issues/issue';

/** A sheet whose header row and columns were found. */
export interface LocatedSheet<K extends string> {
  sheet: SheetSnapshot;
  headerRow: number;
  /** Zero-based column of each key found (agencies may insert columns: never assume positions). */
  col: Partial<Record<K, number>>;
}

const HEADER_SEARCH_ROWS = 60;

/** Finds the header row (the row matching most of the expected headers, including the id header). */
function locateColumns<K extends string>(
  sheet: SheetSnapshot,
  defs: readonly ColumnDef<K>[],
): LocatedSheet<K> | null {
  const wanted = new Map(defs.map((d) => [normaliseHeader(d.header), d.key]));
  const idHeader = normaliseHeader(defs.find((d) => d.role === 'id')?.header ?? '');
  let best: LocatedSheet<K> | null = null;
  let bestCount = 0;
  for (let r = 0; r < Math.min(sheet.rows.length, HEADER_SEARCH_ROWS); r++) {
    const col: Partial<Record<K, number>> = {};
    let count = 0;
    (sheet.rows[r] ?? []).forEach((cell, c) => {
      if (cell?.t !== 's' || cell.v.length > MAX_HEADER_LENGTH) return;
      const key = wanted.get(normaliseHeader(cell.v));
      if (key !== undefined && col[key] === undefined) {
        col[key] = c;
        count++;
      }
    });
    const hasId = (sheet.rows[r] ?? []).some(
      (cell) => cell?.t === 's' && normaliseHeader(cell.v) === idHeader,
    );
    if (hasId && count > bestCount && count >= Math.min(3, defs.length)) {
      best = { sheet, headerRow: r, col };
      bestCount = count;
      if (count === wanted.size) break; // every column found: no later row can do better
    }
  }
  return best;
}

/** The sheet by its template name, else any sheet whose header row matches the template's columns. */
export function findTemplateSheet<K extends string>(
  snapshot: WorkbookSnapshot,
  name: string,
  defs: readonly ColumnDef<K>[],
): LocatedSheet<K> | null {
  const exact = snapshot.sheets.find((s) => s.name === name);
  if (exact) return locateColumns(exact, defs);
  for (const sheet of snapshot.sheets) {
    if (sheet.state !== 'visible') continue;
    const located = locateColumns(sheet, defs);
    if (located && located.col[defs[0]?.key as K] !== undefined) return located;
  }
  return null;
}

/** What happened to one data row: used for the report's row accounting. */
export interface RowAccount {
  sheet: string;
  /** A1 row number. */
  row: number;
  id: string;
  outcome: 'accepted' | 'rejected';
  reason?: Issue['code'];
}

/** Rows of a sheet indexed by id, with the issues about ids (duplicates, unknown, missing, rows without id). */
export interface RowIndex {
  /** Zero-based row of each expected id (the first occurrence). */
  rowOf: Map<string, number>;
  accounts: RowAccount[];
  issues: Issue[];
}

/** Normalises an id as typed: trimmed, upper case ("ct01 " → "CT01"). */
function normaliseId(text: string): string {
  return text.normalize('NFC').trim().toUpperCase();
}

/**
 * Indexes data rows below the header by the id column. Rows with data but no id, unknown ids and duplicates
 * are rejected with an issue; expected ids with no row are reported missing. Nothing is dropped silently.
 */
export function indexRows(
  located: LocatedSheet<string>,
  idCol: number,
  expectedIds: readonly string[],
  dataCols: readonly number[],
): RowIndex {
  const { sheet, headerRow } = located;
  const expected = new Set(expectedIds);
  const rowOf = new Map<string, number>();
  const accounts: RowAccount[] = [];
  const issues: Issue[] = [];
  for (let r = headerRow + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const idCell = row[idCol] ?? null;
    const id = normaliseId(cellText(idCell));
    const hasData = dataCols.some((c) => !isBlank(row[c] ?? null));
    if (!id) {
      if (hasData) {
        issues.push(issue('ROW_WITHOUT_ID', { sheet: sheet.name, cell: cellAddress(r, idCol) }));
        accounts.push({
          sheet: sheet.name,
          row: r + 1,
          id: '',
          outcome: 'rejected',
          reason: 'ROW_WITHOUT_ID',
        });
      }
      continue;
    }
    if (!expected.has(id)) {
      issues.push(issue('ROW_UNKNOWN', { sheet: sheet.name, cell: cellAddress(r, idCol), found: id }));
      accounts.push({ sheet: sheet.name, row: r + 1, id, outcome: 'rejected', reason: 'ROW_UNKNOWN' });
      continue;
    }
    const first = rowOf.get(id);
    if (first !== undefined) {
      issues.push(
        issue('ROW_DUPLICATE', {
          sheet: sheet.name,
          cell: cellAddress(r, idCol),
          subject: id,
          expected: cellAddress(first, idCol),
        }),
      );
      accounts.push({ sheet: sheet.name, row: r + 1, id, outcome: 'rejected', reason: 'ROW_DUPLICATE' });
      continue;
    }
    rowOf.set(id, r);
    accounts.push({ sheet: sheet.name, row: r + 1, id, outcome: 'accepted' });
  }
  for (const id of expectedIds) {
    if (!rowOf.has(id)) issues.push(issue('ROW_MISSING', { sheet: sheet.name, subject: id }));
  }
  return { rowOf, accounts, issues };
}
