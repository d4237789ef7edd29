/** Sheet protection without a password: locked cells read-only, input cells (locked: false) editable. */
import type ExcelJS from 'exceljs';
import type { SheetSpec } from '../../core/sheet/spec';

/**
 * What users may still do on a protected sheet: select any cell, resize columns and rows, filter; not sort (a sort
 * would move locked cells, which Excel refuses on a protected sheet anyway).
 */
export const PROTECTION_OPTIONS: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
  sort: false,
  autoFilter: true,
};

/**
 * Protects the sheet when the spec asks. With an empty password ExcelJS writes `<sheetProtection sheet="1" …/>`
 * with no algorithmName/hashValue/saltValue (lib/doc/worksheet.js `protect` only hashes a non-empty password), so
 * Excel and LibreOffice unprotect without asking: protection guards against slips, not people.
 */
export async function writeProtection(ws: ExcelJS.Worksheet, sheet: SheetSpec): Promise<void> {
  if (sheet.protect) await ws.protect('', { ...PROTECTION_OPTIONS });
}
