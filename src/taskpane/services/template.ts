/** Mẫu biểu's I/O in the pane: a template built by the app layer (as the CLI's), inserted or downloaded. */
import type { Template } from '../../app/template';
import { insertSheets, type WriteResult } from '../../office/writeWorkbook';
import { downloadBytes } from './download';

/** Inserts the template's sheets (protected, stamp very hidden); reports clashing names unless told to replace. */
export function insertTemplate(template: Template, replaceExisting: boolean): Promise<WriteResult> {
  return insertSheets(template.spec, { replaceExisting });
}

/** Writes the template as .xlsx with ExcelJS (loaded on first use: it is most of a megabyte) and downloads it. */
export async function downloadTemplate(template: Template): Promise<void> {
  const { writeWorkbook } = await import(/* webpackChunkName: "xlsx-writer" */ '../../xlsx/write');
  downloadBytes(await writeWorkbook(template.spec), template.fileName);
}
