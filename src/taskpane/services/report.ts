/**
 * "Tải dự thảo báo cáo (.docx)" in Tổng hợp: the monthly report of the consolidation on screen, drafted by the app
 * layer with the open workbook's earlier months (the same document `chitieu report` writes from the workbook once
 * the consolidation is written there), written by the Word writer — loaded on first use in a chunk of its own, so
 * the pane's first download stays small — and downloaded. On Mac and iPad the pane cannot download files
 * (https://github.com/OfficeDev/office-js/issues/2700), and a .docx cannot be opened as a workbook instead: the
 * notice says what to do.
 */
import type { PlanContext } from '../../app/plan';
import { reportFromConsolidation } from '../../app/report';
import type { Consolidation } from '../../core/consolidate/types';
import { fileRoute } from '../../office/host';
import { GENERATOR } from '../plan';
import { readEarlierData } from './consolidation';
import { saveInBrowser } from './download';
import { notice, type Notice } from './notice';
import { previousProblemNotice } from './previousProblem';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Drafts the report, downloads it, and says what happened. */
export async function downloadReport(ctx: PlanContext, c: Consolidation, now: Date): Promise<Notice> {
  if (fileRoute() === 'newWorkbook') return notice('error', 'reportDownloadUnavailable');
  const earlier = await readEarlierData(ctx);
  if (!earlier.ok) return previousProblemNotice(earlier.problem);
  const drafted = reportFromConsolidation(ctx, c, earlier, {
    createdIso: now.toISOString(),
    creator: GENERATOR,
  });
  const { writeDocx } = await import(/* webpackChunkName: "docx-writer" */ '../../docx/writeDocx');
  saveInBrowser(await writeDocx(drafted.model), drafted.fileName, DOCX_MIME);
  return notice('success', 'reportDownloaded', { file: drafted.fileName });
}
