/**
 * `chitieu report CONSOLIDATED.xlsx`: the Finance Department's monthly report to the provincial People's Committee,
 * drafted as a Word document from a consolidated workbook alone (its month records and "Dữ liệu"), through the app
 * layer the task pane uses too.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { reportFromWorkbook, workbookPeriod, type ReportProblem } from '../../app/report';
import type { PlanContext } from '../../app/plan';
import { issueMessage, type Lang } from '../../i18n';
import { cliText } from '../../i18n/cli';
import { action, langOf } from '../command';
import { readWorkbookFile } from '../consolidation';
import { EXIT, UsageError } from '../errors';
import { exists, writeFileAtomic } from '../io';
import { loadPlan, periodOrThrow } from '../plan';
import { GENERATOR } from '../version';

const EXIT_HELP = [
  '',
  'Mã thoát (exit codes):',
  '  0  đã viết dự thảo báo cáo (the draft was written)',
  '  2  sổ không dùng được, thiếu kỳ, hoặc dùng sai lệnh (unusable workbook, month missing, or usage error)',
].join('\n');

interface ReportOptions {
  period?: string;
  out?: string;
  plan?: string;
  overwrite?: boolean;
}

/** Registers `chitieu report`. */
export function registerReport(root: Command): void {
  root
    .command('report')
    .description(
      'Viết dự thảo báo cáo tháng (.docx) từ sổ tổng hợp (draft the monthly report from a consolidated workbook)',
    )
    .argument('<consolidated>', 'sổ tổng hợp .xlsx do "chitieu merge" lập (a consolidated workbook)')
    .option(
      '--period <YYYY-MM>',
      'kỳ báo cáo; mặc định: kỳ tổng hợp gần nhất của sổ (default: the workbook’s month)',
    )
    .option('--out <file>', 'tệp .docx ghi ra; mặc định: bao-cao_<kỳ>.docx ở thư mục hiện tại')
    .option('--overwrite', 'ghi đè tệp .docx đã có (overwrite an existing draft)')
    .option('--plan <path>', 'tệp kế hoạch plan.json; mặc định: kế hoạch có sẵn')
    .addHelpText('after', EXIT_HELP)
    .action(
      action(async (file: string, opts: ReportOptions, cmd: Command) => {
        const lang = langOf(cmd);
        const out = await writeReport(file, opts, await loadPlan(opts.plan, lang), lang);
        process.stdout.write(`${cliText(lang, 'reportWritten', { period: out.period, file: out.file })}\n`);
        return EXIT.ok;
      }),
    );
}

/** Drafts and writes the report; a workbook it cannot use, or an output it must not write, is a UsageError. */
export async function writeReport(
  file: string,
  opts: ReportOptions,
  ctx: PlanContext,
  lang: Lang,
  now: Date = new Date(),
): Promise<{ file: string; period: string }> {
  if (opts.period !== undefined) periodOrThrow(ctx.plan, opts.period);
  const target = opts.out ?? null;
  if (target !== null && path.extname(target).toLowerCase() !== '.docx')
    throw new UsageError('reportNotDocx', { file: target });
  const read = await readWorkbookFile(file);
  if (!read.ok) throw new UsageError('reportUnreadable', { file, reason: issueMessage(read.issue, lang) });
  const period = opts.period ?? workbookPeriod(read.snapshot);
  if (period === null) throw new UsageError('reportNotConsolidation', { file });
  periodOrThrow(ctx.plan, period);
  const drafted = reportFromWorkbook(ctx, read.snapshot, period, {
    createdIso: now.toISOString(),
    creator: GENERATOR,
  });
  if (!drafted.ok) throw problemError(file, drafted.problem);
  const outFile = target ?? path.join(process.cwd(), drafted.report.fileName);
  if (path.resolve(outFile) === path.resolve(file)) throw new UsageError('reportIsInput', { file: outFile });
  if (!opts.overwrite && (await exists(outFile))) throw new UsageError('reportExists', { file: outFile });
  if (drafted.report.planChanged) process.stderr.write(`${cliText(lang, 'reportPlanChanged', { period })}\n`);
  // Loaded only here: the Word library costs every other command ~65 ms at start (validate's aim is 300 ms).
  const { writeDocx } = await import('../../docx/writeDocx');
  await writeFileAtomic(outFile, await writeDocx(drafted.report.model));
  return { file: outFile, period };
}

/** The one line a problem with the workbook gets. */
function problemError(file: string, p: ReportProblem): UsageError {
  switch (p.kind) {
    case 'notConsolidation':
      return new UsageError('reportNotConsolidation', { file });
    case 'otherPlan':
      return new UsageError('reportOtherPlan', { file, found: p.found });
    case 'badRow':
      return new UsageError('reportBadRow', { file, sheet: p.sheet, cell: p.cell, found: p.found });
    case 'noPeriod':
      return p.dataOnly
        ? new UsageError('reportNoRecord', { file, period: p.period })
        : new UsageError('reportNoPeriod', { file, period: p.period, periods: p.periods.join(', ') || '—' });
  }
}
