/** Helpers for reading SheetSnapshot cells by position. */
import type { SheetSnapshot, SnapshotCell, WorkbookSnapshot } from './types';

/** The cell at a zero-based position, or null. */
export function cellAt(sheet: SheetSnapshot, row: number, col: number): SnapshotCell | null {
  return sheet.rows[row]?.[col] ?? null;
}

/** A sheet by exact name, or undefined. */
export function findSheet(snapshot: WorkbookSnapshot, name: string): SheetSnapshot | undefined {
  return snapshot.sheets.find((s) => s.name === name);
}

/** The cell as display text for messages: numbers as written, errors as their code, empty as "". */
export function cellText(cell: SnapshotCell | null): string {
  if (!cell) return '';
  switch (cell.t) {
    case 'n':
    case 's':
    case 'd':
    case 'e':
      return String(cell.v);
    case 'b':
      return cell.v ? 'TRUE' : 'FALSE';
    case 'z':
      return `=${cell.f}`;
  }
}

/** True when the cell holds nothing a user typed (absent, or text that is only whitespace). */
export function isBlank(cell: SnapshotCell | null): boolean {
  return cell === null || (cell.t === 's' && cell.v.trim() === '');
}
