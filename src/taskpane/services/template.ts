/** Mẫu biểu: the same template the CLI writes (core layout, same stamp), inserted into the open workbook or downloaded. */
import type { PeriodInfo } from '../../core/plan/period';
import type { Agency } from '../../core/plan/schema';
import type { WorkbookSpec } from '../../core/sheet/spec';
import { layout, resolveTemplateRequest } from '../../core/template/layout';
import { insertSheets, type WriteResult } from '../../office/writeWorkbook';
import { GENERATOR, PLAN } from '../plan';
import { downloadBytes, type DownloadOutcome } from './download';

/** A template ready to insert or download. */
export interface Template {
  agency: Agency;
  info: PeriodInfo;
  spec: WorkbookSpec;
  /** Same name as the CLI's files (src/cli/commands/templates.ts#templateFileName): ASCII, period then agency id. */
  fileName: string;
}

/** Builds the template of an agency for a period (both chosen from the plan's own lists). */
export function buildTemplate(agencyId: string, period: string, now: Date): Template {
  const request = resolveTemplateRequest(PLAN, agencyId, period);
  if (!request.ok)
    throw new Error(`template request outside the plan: ${request.error.kind} ${request.error.given}`);
  const { agency, info } = request;
  return {
    agency,
    info,
    spec: layout(PLAN, agency, info, { generatedAt: now.toISOString(), generator: GENERATOR }),
    fileName: `${info.period}_${agency.id}.xlsx`,
  };
}

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
