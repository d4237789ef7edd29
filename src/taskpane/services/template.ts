/** Mẫu biểu's I/O in the pane: a template built by the app layer (as the CLI's), inserted or downloaded. */
import type { Template } from '../../app/template';
import { insertSheets, type WriteResult } from '../../office/writeWorkbook';
import { downloadBytes, type DownloadOutcome } from './download';

/** Inserts the template's sheets (protected, stamp very hidden); reports clashing names unless told to replace. */
export function insertTemplate(template: Template, replaceExisting: boolean): Promise<WriteResult> {
  return insertSheets(template.spec, { replaceExisting });
}

/**
 * Writes the template as .xlsx with ExcelJS (loaded on first use: it is most of a megabyte) and downloads it — on Mac
 * and iPad opens it as a new workbook instead (see download.ts): the outcome says which.
 */
export async function downloadTemplate(template: Template): Promise<DownloadOutcome> {
  const { writeWorkbook } = await import(/* webpackChunkName: "xlsx-writer" */ '../../xlsx/write');
  return downloadBytes(await writeWorkbook(template.spec), template.fileName);
}
