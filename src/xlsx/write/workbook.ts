/** Builds the ExcelJS workbook for a WorkbookSpec (everything except charts, which ExcelJS cannot write). */
import type ExcelJS from 'exceljs';
import type { WorkbookSpec } from '../../core/sheet/spec';
import { writeCells, writeMerges } from './cells';
import { checkSheetName } from './checks';
import { writeConditionalFormats } from './conditional';
import { writeProperties, writeWorkbookView } from './properties';
import { writeProtection } from './protection';
import { worksheetOptions, writeDimensions, writePageExtras } from './sheetSetup';
import { WorkbookSpecError } from './specError';
import { StyleCache } from './styles';
import { writeTables } from './tables';
import { writeValidations } from './validation';

/** The ExcelJS workbook for a spec; a WorkbookSpecError when the spec cannot make a file Excel opens cleanly. */
export async function buildWorkbook(spec: WorkbookSpec): Promise<ExcelJS.Workbook> {
  // Loaded when a workbook is written, not when the module is: `chitieu validate` never writes one, and ExcelJS
  // alone took longer to load than the whole validation of a file.
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  writeProperties(wb, spec);
  writeWorkbookView(wb, spec);
  const styles = new StyleCache(spec.styles);
  const sheetNames = new Set<string>();
  const tableNames = new Set<string>();
  for (const sheet of spec.sheets) {
    checkSheetName(sheet.name);
    const key = sheet.name.toLocaleLowerCase('vi');
    if (sheetNames.has(key))
      throw new WorkbookSpecError(`sheet "${sheet.name}"`, 'sheet names must be unique');
    sheetNames.add(key);
    const ws = wb.addWorksheet(sheet.name, worksheetOptions(sheet));
    writeDimensions(ws, sheet);
    writePageExtras(ws, sheet);
    writeCells(ws, sheet, styles);
    writeMerges(ws, sheet);
    // After the cells: a table takes its rows from the cells already written (see tables.ts).
    writeTables(ws, sheet, tableNames);
    writeValidations(ws, sheet);
    writeConditionalFormats(ws, sheet, styles);
    await writeProtection(ws, sheet);
  }
  return wb;
}
