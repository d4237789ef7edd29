/**
 * Whose report a workbook says it is, apart from its stamp: the agency name and code on the instructions sheet (found
 * by their labels), the agencies the indicators and tasks sheets name above their header rows (their subtitles), and
 * the agency ids a file name carries. Identity compares these with the stamp (identity.ts): without a key, a stamp
 * edited to another agency, or a template filled by the wrong agency, still shows.
 */
import { cellAddress } from '../sheet/a1';
import type { Plan } from '../plan/schema';
import type { WorkbookSnapshot } from '../snapshot/types';
import { RECIPIENT_LABEL } from '../template/form';
import { indicatorColumns, SHEETS, taskColumns } from '../template/model';
import { findTemplateSheet } from './grid';
import { labelledCell } from './labelledCell';

/**
 * The labels of the instructions sheet's agency rows, as src/core/template/instructionsSheet.ts writes them (the
 * test "a clean template names its agency everywhere this check looks" fails if they change there).
 */
export const AGENCY_LABELS = { name: 'Cơ quan báo cáo', code: 'Mã cơ quan' } as const;

/** One place that names an agency: a cell of a sheet, or the file name. */
export type AgencyClaim =
  /** The instructions sheet's agency name or code, as written there (any text). */
  | { kind: 'nameCell' | 'codeCell'; sheet: string; cell: string; found: string }
  /** A plan agency named in a sheet's title rows: the name as the plan (or the stamp) spells it, and its id. */
  | { kind: 'title'; sheet: string; cell: string; found: string; agencyId: string }
  /** A plan agency id carried by the file name. */
  | { kind: 'fileName'; found: string; agencyId: string };

/** An agency as it may be named: its id and a name (the plan's, or the stamp's when it was renamed since). */
export interface KnownAgency {
  id: string;
  name: string;
}

/** Everything in the workbook (and its file name, when known) that names an agency, in a fixed order. */
export function agencyClaims(
  snapshot: WorkbookSnapshot,
  plan: Plan,
  known: readonly KnownAgency[],
  fileName?: string,
): AgencyClaim[] {
  const claims: AgencyClaim[] = [];
  for (const [kind, label] of [
    ['nameCell', AGENCY_LABELS.name],
    ['codeCell', AGENCY_LABELS.code],
  ] as const) {
    const at = labelledCell(snapshot, label);
    const found = at?.cell?.t === 's' ? at.cell.v.trim() : '';
    if (at && found) claims.push({ kind, sheet: at.sheet, cell: at.address, found });
  }
  const names = needles(known.map((a) => ({ id: a.id, key: fold(a.name), name: a.name })));
  const titleRows = (sheetName: string, headerRow: number | undefined) => {
    const sheet = snapshot.sheets.find((s) => s.name === sheetName);
    sheet?.rows.slice(0, headerRow ?? 0).forEach((row, r) =>
      row.forEach((cell, c) => {
        // The form's receiving-body line names the recipient, not the reporting agency.
        if (cell?.t !== 's' || cell.v.trimStart().startsWith(RECIPIENT_LABEL)) return;
        for (const a of mentions(cell.v, names)) {
          claims.push({
            kind: 'title',
            sheet: sheetName,
            cell: cellAddress(r, c),
            found: a.name,
            agencyId: a.id,
          });
        }
      }),
    );
  };
  titleRows(
    SHEETS.indicators,
    findTemplateSheet(snapshot, SHEETS.indicators, indicatorColumns(plan.year))?.headerRow,
  );
  titleRows(SHEETS.tasks, findTemplateSheet(snapshot, SHEETS.tasks, taskColumns())?.headerRow);
  if (fileName) {
    const ids = needles(known.map((a) => ({ id: a.id, key: fold(a.id), name: a.id })));
    for (const a of mentions(fileName, ids)) claims.push({ kind: 'fileName', found: a.id, agencyId: a.id });
  }
  return claims;
}

/** Text compared loosely: composed Unicode, lower case, runs of spaces as one. */
export function fold(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A letter, digit or combining mark: what a name cannot start after or end before (so "Sở Y tế" is not in "Sở Y tếx"). */
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** What to look for, longest first (so that where keys overlap the longest is taken), without empty keys. */
function needles<E extends { id: string; key: string }>(entries: readonly E[]): E[] {
  return entries.filter((e) => e.key).sort((a, b) => b.key.length - a.key.length);
}

/**
 * The entries (from `needles`) whose key occurs in `text` as whole words, in order of position; where keys overlap
 * the longest wins (a name inside a longer one is that longer one), and each agency is listed once.
 */
function mentions<E extends { id: string; key: string }>(text: string, longestFirst: readonly E[]): E[] {
  const hay = fold(text);
  const taken: { start: number; end: number; entry: E }[] = [];
  for (const entry of longestFirst) {
    for (let i = hay.indexOf(entry.key); i >= 0; i = hay.indexOf(entry.key, i + 1)) {
      const end = i + entry.key.length;
      const whole = !WORD_CHAR.test(hay[i - 1] ?? ' ') && !WORD_CHAR.test(hay[end] ?? ' ');
      if (whole && !taken.some((t) => i < t.end && end > t.start)) taken.push({ start: i, end, entry });
    }
  }
  const seen = new Set<string>();
  return taken
    .sort((a, b) => a.start - b.start)
    .map((t) => t.entry)
    .filter((e) => !seen.has(e.id) && seen.add(e.id));
}
