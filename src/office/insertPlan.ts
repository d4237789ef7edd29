/**
 * Which of a spec's sheets and tables clash with the open workbook, and the names used while writing. Excel compares
 * sheet and table names without regard to case. Every new sheet is written under a temporary name and every new
 * table under a temporary table name; only the final request sets the old sheets (and their tables) aside under
 * other names, gives the new ones their real names, and deletes the old ones (see transaction.ts). So until that
 * request nothing the user had is touched, and a half-written sheet never carries a real name.
 */
import type { WorkbookSpec } from '../core/sheet/spec';

/** A table already in the workbook, and the sheet it is on. */
export interface ExistingTable {
  name: string;
  sheet: string;
}

/** An existing sheet or table the spec replaces, and its name while set aside before it is deleted. */
export interface SetAside {
  name: string;
  asideAs: string;
}

/** How to insert. */
export interface InsertPlan {
  /** The name each spec sheet is written under until the final request renames it. */
  temporary: string[];
  /** Per spec sheet, the name each of its tables is created under until the final request renames it. */
  temporaryTables: string[][];
  /** Existing sheets the spec replaces (the clashing ones, only when replacing). */
  replaced: SetAside[];
  /** Existing tables on those sheets: they must give up their names before the new tables take them. */
  replacedTables: SetAside[];
}

/** The outcome: a plan, or the names that clash when the caller did not ask to replace them. */
export type InsertDecision =
  { ok: true; plan: InsertPlan } | { ok: false; sheets: string[]; tables: string[] };

/** Excel's longest sheet name. */
const MAX_SHEET_NAME = 31;

const key = (name: string) => name.toUpperCase();

/** Decides how to insert `spec` next to the existing sheets and tables. */
export function planInsert(
  spec: WorkbookSpec,
  existingSheets: readonly string[],
  existingTables: readonly ExistingTable[],
  replaceExisting: boolean,
): InsertDecision {
  const existing = new Map(existingSheets.map((n) => [key(n), n]));
  const clashingSheets = spec.sheets.map((s) => existing.get(key(s.name))).filter((n) => n !== undefined);
  const replaced = new Set(replaceExisting ? clashingSheets.map(key) : []);
  const wanted = new Set(spec.sheets.flatMap((s) => s.tables.map((t) => key(t.name))));
  const clashingTables = existingTables.filter((t) => wanted.has(key(t.name)) && !replaced.has(key(t.sheet)));

  if ((clashingSheets.length && !replaceExisting) || clashingTables.length) {
    return {
      ok: false,
      sheets: replaceExisting ? [] : clashingSheets,
      tables: clashingTables.map((t) => t.name),
    };
  }

  const sheetName = freeNames([...existing.keys(), ...spec.sheets.map((s) => key(s.name))], sheetLabel);
  const tableName = freeNames([...existingTables.map((t) => key(t.name)), ...wanted], tableLabel);
  return {
    ok: true,
    plan: {
      temporary: spec.sheets.map((s) => sheetName('tạm', s.name)),
      temporaryTables: spec.sheets.map((s) => s.tables.map((t) => tableName('Tam', t.name))),
      replaced: clashingSheets.map((name) => ({ name, asideAs: sheetName('cũ', name) })),
      replacedTables: existingTables
        .filter((t) => replaced.has(key(t.sheet)))
        .map((t) => ({ name: t.name, asideAs: tableName('Cu', t.name) })),
    },
  };
}

/** A generator of names free in the workbook (and among the ones it gave before), numbered from 1. */
function freeNames(
  taken: readonly string[],
  label: (word: string, n: number, name: string) => string,
): (word: string, name: string) => string {
  const used = new Set(taken);
  let n = 0;
  return (word, name) => {
    let candidate: string;
    do candidate = label(word, ++n, name);
    while (used.has(key(candidate)));
    used.add(key(candidate));
    return candidate;
  };
}

/**
 * "(tạm 1) Chỉ tiêu", "(cũ 2) _stamp": readable if the user ever sees one (while writing, or if Excel stops
 * half-way), within 31 characters and not ending in an apostrophe (Excel's rules for sheet names).
 */
function sheetLabel(word: string, n: number, name: string): string {
  return `(${word} ${n}) ${name}`.slice(0, MAX_SHEET_NAME).replace(/'+$/, '');
}

/** "Tam1_DuLieu": letters, digits and underscores, as table names must be. */
function tableLabel(word: string, n: number, name: string): string {
  return `${word}${n}_${name}`.slice(0, 255);
}
