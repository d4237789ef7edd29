/** Rule: the template's sheets, columns and rows are there — found by name, header text and id, never by position. */
import type { IssueCode } from '../../issues/codes';
import { issue, type Issue } from '../../issues/issue';
import type { ColumnDef } from '../../template/model';
import type { LocatedSheet, RowAccount } from '../grid';
import type { Completeness } from '../types';

/** What validating one template sheet gives: results, issues, what happened to every row, and how full it is. */
export interface SheetOutcome<R> {
  results: R[];
  issues: Issue[];
  accounts: RowAccount[];
  completeness: Completeness;
}

/** The structure rule as a newcomer reads it (the checks are in validate/index.ts, this file and grid.ts). */
export const structure = {
  summary:
    'Each sheet the agency has rows on is there, its header row has the columns validation needs, and every data row has a known id, once; expected rows that are gone are reported.',
  codes: [
    'SHEET_MISSING',
    'COLUMN_MISSING',
    'ROW_MISSING',
    'ROW_DUPLICATE',
    'ROW_UNKNOWN',
    'ROW_WITHOUT_ID',
  ] as const satisfies readonly IssueCode[],
};

/** The outcome of a sheet without a column validation needs (one COLUMN_MISSING each), or null when all are there. */
export function missingColumns<K extends string>(
  located: LocatedSheet<K>,
  required: readonly K[],
  defs: readonly ColumnDef<K>[],
): SheetOutcome<never> | null {
  const name = located.sheet.name;
  const missing = required.filter((k) => located.col[k] === undefined);
  if (!missing.length) return null;
  const issues = missing.map((k) =>
    issue('COLUMN_MISSING', { sheet: name, expected: defs.find((d) => d.key === k)?.header ?? k }),
  );
  return { results: [], issues, accounts: [], completeness: { sheet: name, required: 0, filled: 0 } };
}
