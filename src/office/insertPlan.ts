/**
 * Which of a spec's sheets and tables clash with the open workbook, and how to replace them. Excel compares sheet and
 * table names without regard to case. Replacing adds the new sheets under temporary names first, then deletes the old
 * ones, then renames: Excel refuses to delete the last visible sheet, and a table name must be free before the new
 * table takes it.
 */
import type { WorkbookSpec } from '../core/sheet/spec';

/** A table already in the workbook, and the sheet it is on. */
export interface ExistingTable {
  name: string;
  sheet: string;
}

/** How to insert: each spec sheet's name when added, which sheets to delete, and which to rename afterwards. */
export interface InsertPlan {
  /** Name each spec sheet is added under (its own, or a temporary one while the old sheet still exists). */
  addAs: string[];
  /** Existing sheets to delete (the clashing ones, only when replacing). */
  deletes: string[];
}

/** The outcome: a plan, or the names that clash when the caller did not ask to replace them. */
export type InsertDecision =
  { ok: true; plan: InsertPlan } | { ok: false; sheets: string[]; tables: string[] };

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
  const deleted = new Set(replaceExisting ? clashingSheets.map(key) : []);
  const wanted = new Set(spec.sheets.flatMap((s) => s.tables.map((t) => key(t.name))));
  const clashingTables = existingTables.filter((t) => wanted.has(key(t.name)) && !deleted.has(key(t.sheet)));

  if ((clashingSheets.length && !replaceExisting) || clashingTables.length) {
    return {
      ok: false,
      sheets: replaceExisting ? [] : clashingSheets,
      tables: clashingTables.map((t) => t.name),
    };
  }

  const taken = new Set([...existing.keys(), ...spec.sheets.map((s) => key(s.name))]);
  let n = 0;
  const temporary = () => {
    let name: string;
    do name = `chitieu-new-${++n}`;
    while (taken.has(key(name)));
    taken.add(key(name));
    return name;
  };
  return {
    ok: true,
    plan: {
      addAs: spec.sheets.map((s) => (deleted.has(key(s.name)) ? temporary() : s.name)),
      deletes: clashingSheets.filter((n) => deleted.has(key(n))),
    },
  };
}
