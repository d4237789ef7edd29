/** Sheet protection without a password: locked cells read-only, input cells (locked: false) editable. */
import type ExcelJS from 'exceljs';
import { PROTECTION_POLICY } from '../../core/sheet/protection';
import type { SheetSpec } from '../../core/sheet/spec';

/** The core protection policy in ExcelJS's terms. */
export const PROTECTION_OPTIONS: Partial<ExcelJS.WorksheetProtection> = { ...PROTECTION_POLICY };

/**
 * Protects the sheet when the spec asks. With an empty password ExcelJS writes `<sheetProtection sheet="1" …/>`
 * with no algorithmName/hashValue/saltValue (lib/doc/worksheet.js `protect` only hashes a non-empty password), so
 * Excel and LibreOffice unprotect without asking: protection guards against slips, not people.
 */
export async function writeProtection(ws: ExcelJS.Worksheet, sheet: SheetSpec): Promise<void> {
  if (sheet.protect) await ws.protect('', { ...PROTECTION_OPTIONS });
}
