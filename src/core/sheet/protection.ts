/**
 * What users may still do on a protected sheet (protection without a password guards against slips, not people).
 * One policy for both writers (ExcelJS files and Office.js sheets), so a template is the same wherever it is made.
 * Formatting cells is allowed: the add-in colours problem cells on the agency's template, and formats are never
 * read back. Sorting is not: it would move locked cells, which Excel refuses on a protected sheet anyway.
 */
export const PROTECTION_POLICY = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatCells: true,
  formatColumns: true,
  formatRows: true,
  autoFilter: true,
  sort: false,
} as const;
