/** Reading back what the writer produced: ExcelJS load, a part's XML, a temp file for the external clients. */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from './external';

/** The bytes loaded by ExcelJS (its typings want its own Buffer interface; a Node Buffer is what it reads). */
export async function loadWithExcelJS(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

/** A worksheet that must exist. */
export function sheetOf(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** All part names of the package. */
export function partNames(bytes: Uint8Array): string[] {
  return Object.keys(unzipSync(bytes));
}

/** One part's text; throws when missing. */
export function partText(bytes: Uint8Array, name: string): string {
  const part = unzipSync(bytes, { filter: (e) => e.name === name })[name];
  if (!part) throw new Error(`no part ${name}`);
  return strFromU8(part);
}

/** Writes the bytes to a fresh temp folder as `name`; returns the path. */
export function writeTemp(bytes: Uint8Array, name = 'book.xlsx'): string {
  const file = path.join(tempDir('chitieu-write-'), name);
  writeFileSync(file, bytes);
  return file;
}
