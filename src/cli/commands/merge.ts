/** `chitieu merge INPUT…`: the Finance Department's monthly consolidation into one workbook (and CSV). */
import type { Command } from 'commander';
import { issueMessage, type Lang } from '../../i18n';
import { cliText } from '../../i18n/cli';
import type { PlanContext } from '../../app/plan';
import { action, EXIT_CODES_HELP, langOf } from '../command';
import type { MergeOutcome } from '../consolidation';
import { runMerge } from '../consolidation';
import { EXIT } from '../errors';
import { expandInputs } from '../io';
import { loadPlan } from '../plan';
import { receivedDates, withReceivedOptions, type ReceivedOptions } from '../received';
import { loadSealKey, sealJson, sealLine, withSealOptions, type SealOptions } from '../seal';

/** Registers `chitieu merge`. */
export function registerMerge(root: Command): void {
  withSealOptions(withReceivedOptions(root.command('merge')))
    .description('Tổng hợp báo cáo các cơ quan thành một sổ (consolidate submissions into one workbook)')
    .argument('<inputs...>', 'tệp .xlsx hoặc thư mục (files or folders)')
    .option(
      '--period <YYYY-MM>',
      'kỳ tổng hợp; mặc định: kỳ của đa số tệp (period; default: the one most files are for)',
    )
    .option('--out <file>', 'sổ tổng hợp ghi ra; mặc định: tong-hop_<kỳ>.xlsx, hoặc chính tệp --into')
    .option(
      '--into <file>',
      'sổ tổng hợp có sẵn: giữ dữ liệu các tháng khác, thay dữ liệu các cơ quan tổng hợp lại',
    )
    .option('--csv <file>', 'ghi dữ liệu dạng dài ra CSV (long-format data for Power BI)')
    .option('--plan <path>', 'tệp kế hoạch plan.json; mặc định: kế hoạch có sẵn')
    .option('--json', 'in một tài liệu JSON (print one JSON document)')
    .addHelpText('after', EXIT_CODES_HELP)
    .action(
      action(async (inputs: string[], opts: MergeOptions, cmd: Command) => {
        const lang = langOf(cmd);
        const ctx = await loadPlan(opts.plan, lang);
        const seal = await loadSealKey(opts);
        const { files, skipped } = await expandInputs(inputs);
        const received = await receivedDates(files, opts);
        const progress = progressPrinter(lang, files.length);
        const outcome = await runMerge({
          ctx,
          files,
          received,
          seal,
          now: new Date(),
          lang,
          ...(progress ? { onProgress: progress } : {}),
          ...(opts.period ? { period: opts.period } : {}),
          ...(opts.out ? { out: opts.out } : {}),
          ...(opts.into ? { into: opts.into } : {}),
          ...(opts.csv ? { csv: opts.csv } : {}),
        });
        if (opts.json)
          process.stdout.write(
            `${JSON.stringify({ ...mergeJson(outcome, ctx, lang), seal: sealJson(seal), skipped }, null, 2)}\n`,
          );
        else {
          const lines = [...sealLine(lang, seal, 'checking'), ...summaryLines(outcome, lang)];
          if (skipped.length) lines.push(cliText(lang, 'inputsSkipped', { list: skipped.join(', ') }));
          process.stdout.write(`${lines.join('\n')}\n`);
        }
        const c = outcome.consolidation;
        // A consolidated workbook among the inputs (last month's, say) is not an agency's failure.
        const clean = c.files.every(
          (f) =>
            (['merged', 'superseded', 'duplicate'].includes(f.status) &&
              (f.status !== 'merged' || f.errors === 0)) ||
            f.reason?.code === 'SUBMISSION_IS_CONSOLIDATION',
        );
        return clean ? EXIT.ok : EXIT.dataErrors;
      }),
    );
}

interface MergeOptions extends ReceivedOptions, SealOptions {
  period?: string;
  out?: string;
  into?: string;
  csv?: string;
  plan?: string;
  json?: boolean;
}

/** Progress on stderr for long runs (more than 20 files): a line every 10% when not a terminal, in place when it is. */
function progressPrinter(
  lang: Lang,
  total: number,
): ((done: number, total: number, file: string) => void) | null {
  if (total <= 20) return null;
  const step = Math.max(1, Math.floor(total / 10));
  return (done, all, file) => {
    const line = cliText(lang, 'mergeProgress', { done, total: all, file });
    if (process.stderr.isTTY)
      process.stderr.write(`\r${line.slice(0, 100).padEnd(100)}${done === all ? '\n' : ''}`);
    else if (done % step === 0 || done === all) process.stderr.write(`${line}\n`);
  };
}

/** The human summary: files by outcome, agencies, rows, the files not merged with why, outputs. */
export function summaryLines(o: MergeOutcome, lang: Lang, withOutputs = true): string[] {
  const c = o.consolidation;
  const f = c.accounting.files;
  const expected = c.submissions.filter((s) => s.expected);
  const missing = expected.filter((s) => s.status === 'missing');
  const lines = [
    cliText(lang, 'mergeSummary', { period: c.period, files: f.total, ...f }),
    cliText(lang, 'mergeAgencies', {
      expected: expected.length,
      submitted: expected.length - missing.length,
      late: c.submissions.filter((s) => s.status === 'late').length,
      missing: missing.length,
    }),
  ];
  if (missing.length)
    lines.push(
      cliText(lang, 'mergeMissing', {
        list: missing.map((s) => s.agencyName).join(', '),
      }),
    );
  for (const file of c.files) {
    if (file.status !== 'merged' && file.reason)
      lines.push(`  ${file.fileName}: ${issueMessage(file.reason, lang)}`);
  }
  lines.push(cliText(lang, 'mergeRows', c.accounting.rows));
  if (o.csvFile) lines.push(cliText(lang, 'mergeCsv', { file: o.csvFile }));
  if (withOutputs) lines.push(cliText(lang, 'mergeWritten', { file: o.workbookFile }));
  return lines;
}

/** The JSON document of a merge: files with status and reason, agencies, accounting, province values, outputs. */
function mergeJson(o: MergeOutcome, ctx: PlanContext, lang: Lang) {
  const c = o.consolidation;
  const expected = c.submissions.filter((s) => s.expected);
  return {
    plan: { id: ctx.plan.id, hash: ctx.hash },
    period: c.period,
    files: c.files.map((f) => ({
      file: f.fileName,
      sha256: f.sha256,
      status: f.status,
      reason: f.reason ? { code: f.reason.code, message: issueMessage(f.reason, lang) } : null,
      agency: f.agencyId ?? null,
      period: f.period ?? null,
      rows: f.rows,
      errors: f.errors,
      warnings: f.warnings,
    })),
    agencies: {
      expected: expected.length,
      submitted: c.submissions.filter((s) => s.status !== 'missing').map((s) => s.agencyId),
      late: c.submissions
        .filter((s) => s.status === 'late')
        .map((s) => ({ id: s.agencyId, days: s.daysLate })),
      missing: expected
        .filter((s) => s.status === 'missing')
        .map((s) => ({ id: s.agencyId, name: s.agencyName })),
    },
    accounting: c.accounting,
    indicators: c.indicators.map((p) => ({
      id: p.indicatorId,
      value: p.actual,
      yearEstimate: p.yearEstimate,
      progress: p.progress,
      forecast: p.forecast,
      reporting: p.reporting,
      expected: p.expected,
    })),
    textNeutralised: o.safety.neutralised,
    output: { workbook: o.workbookFile, csv: o.csvFile ?? null },
  };
}
