/**
 * `chitieu demo`: the whole month on a plan (the built-in one unless --plan) — templates, agencies filling and sending them (with the
 * usual slips), validation, consolidation of the month before and then the month, the draft monthly report — ending
 * with the path of the consolidated workbook.
 */
import type { Command } from 'commander';
import { countVerdicts } from '../../core/verdict';
import { utimes } from 'node:fs/promises';
import path from 'node:path';
import type { PlanContext } from '../../app/plan';
import { periodInfo, type PeriodInfo } from '../../core/plan/period';
import type { Plan } from '../../core/plan/schema';
import { formatDateVi } from '../../core/text/dates';
import { demoFacts } from '../../demo/facts';
import { buildTemplate } from '../../app/template';
import { fillTemplate } from '../../demo/fill';
import { demoFiles, historyFiles, type DemoFile } from '../../demo/scenario';
import { cliText } from '../../i18n/cli';
import type { Lang } from '../../i18n';
import { writeWorkbook } from '../../xlsx/write';
import { action, langOf } from '../command';
import { runMerge } from '../consolidation';
import { EXIT } from '../errors';
import { ensureDir, writeFileAtomic } from '../io';
import { loadPlan, periodOrThrow } from '../plan';
import { isReadFailure } from '../format';
import { summaryLines } from './merge';
import { writeReport } from './report';
import { reportFileName } from '../../app/report';
import { requestError, writeTemplates } from './templates';
import { GENERATOR } from '../version';

/** Registers `chitieu demo`. */
export function registerDemo(root: Command): void {
  root
    .command('demo')
    .description(
      'Chạy thử cả quy trình một tháng trên kế hoạch có sẵn hoặc kế hoạch đã chọn (run the whole month on a plan)',
    )
    .option('--out <dir>', 'thư mục kết quả (output folder)', 'chitieu-demo')
    .option('--period <YYYY-MM>', 'kỳ báo cáo (reporting month)', '2025-07')
    .option('--plan <path>', 'tệp kế hoạch plan.json; mặc định: kế hoạch có sẵn')
    .action(
      action(async (opts: { out: string; period: string; plan?: string }, cmd: Command) => {
        const lang = langOf(cmd);
        const ctx = await loadPlan(opts.plan, lang);
        const { plan } = ctx;
        const info = periodOrThrow(plan, opts.period);
        const now = new Date();
        const say = (line: string) => process.stdout.write(`${line}\n`);
        const planWords =
          ctx.source.kind === 'file'
            ? cliText(lang, 'demoPlanFile', { file: ctx.source.path, title: plan.title })
            : cliText(lang, 'demoPlanBuiltIn', { title: plan.title });
        say(cliText(lang, 'demoStart', { plan: planWords, period: info.period, dir: opts.out }));

        const templatesDir = path.join(opts.out, 'mau-bieu');
        // The demo's own folder: regenerated on every run, like the agencies' files it writes next.
        const templates = await writeTemplates(ctx, info.period, [], templatesDir, { now, overwrite: true });
        say(cliText(lang, 'demoTemplates', { count: templates.written.length, dir: templatesDir }));

        const workbookFile = path.join(opts.out, `tong-hop_${info.period}.xlsx`);
        const previous =
          info.month > 1 ? periodInfo(plan, `${info.year}-${String(info.month - 1).padStart(2, '0')}`) : null;
        // The month before, consolidated first: its data is the history this month is judged with.
        if (previous) {
          const earlier = path.join(opts.out, `nop-ve-thang-${String(previous.month).padStart(2, '0')}`);
          const sent = await writeDemoFiles(ctx, historyFiles(plan, previous), earlier);
          await runMerge({ ctx, files: sent, period: previous.period, out: workbookFile, now, lang });
          say(cliText(lang, 'demoHistory', { period: previous.period, count: sent.length, dir: earlier }));
        }
        const inbox = path.join(opts.out, 'nop-ve');
        const files = demoFiles(plan, info, previous);
        const sent = await writeDemoFiles(ctx, files, inbox);
        say(
          cliText(lang, 'demoFilled', {
            count: files.length,
            facts: factsWords(plan, info, files, lang),
            dir: inbox,
          }),
        );

        const outcome = await runMerge({
          ctx,
          files: sent,
          period: info.period,
          ...(previous ? { into: workbookFile } : { out: workbookFile }),
          csv: path.join(opts.out, `du-lieu_${info.period}.csv`),
          now,
          lang,
        });
        const inputs = outcome.outcomes.map((o) => o.input);
        const unreadable = inputs.filter((i) => 'readFailure' in i && isReadFailure(i.readFailure)).length;
        const withErrors = inputs.filter((i) => 'report' in i && i.report.counts.bySeverity.error > 0).length;
        say(
          cliText(lang, 'demoValidated', {
            clean: inputs.length - unreadable - withErrors,
            withErrors,
            unreadable,
          }),
        );
        const c = outcome.consolidation;
        const counts = countVerdicts(c.indicators);
        const t = c.taskClasses;
        say(
          cliText(lang, 'demoMerged', {
            merged: c.accounting.files.merged,
            ...counts,
            none: counts.other,
            doneOnTime: t.doneOnTime,
            doneLate: t.doneLate + t.doneUndated,
            inProgress: t.inProgress,
            overdue: t.overdue,
          }),
        );
        // The Finance Department's own report, drafted from the workbook alone (both months: the comparison exists).
        const report = await writeReport(
          outcome.workbookFile,
          { period: info.period, out: path.join(opts.out, reportFileName(info.period)), overwrite: true },
          ctx,
          lang,
          now,
        );
        say(cliText(lang, 'demoReport', { file: path.resolve(report.file) }));
        say('');
        for (const line of summaryLines(outcome, lang, false)) say(line);
        say(cliText(lang, 'demoDone', { file: path.resolve(outcome.workbookFile) }));
        return EXIT.ok;
      }),
    );
}

/** The month's events in words, from the files written (" (1 tệp hỏng, …)"), or nothing when the month had none. */
function factsWords(plan: Plan, info: PeriodInfo, files: readonly DemoFile[], lang: Lang): string {
  const f = demoFacts(plan, info, files);
  const late = f.lateOnDueDay
    ? `${cliText(lang, 'demoFactLate', { count: f.late })} — ${cliText(lang, 'demoFactLateOnDueDay', { count: f.lateOnDueDay, date: formatDateVi(info.dueStated) })}`
    : cliText(lang, 'demoFactLate', { count: f.late });
  const parts = [
    f.damaged ? cliText(lang, 'demoFactDamaged', { count: f.damaged }) : '',
    f.otherPeriod ? cliText(lang, 'demoFactOtherPeriod', { count: f.otherPeriod }) : '',
    f.resent ? cliText(lang, 'demoFactResent', { count: f.resent }) : '',
    f.late ? late : '',
    f.missing ? cliText(lang, 'demoFactMissing', { count: f.missing }) : '',
  ].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

/**
 * Writes the agencies' files as they would arrive: filled templates (a damaged one cut short), each dated the moment
 * the agency saved it — the CLI takes a file's modification time as the day Sở Tài chính received it.
 */
async function writeDemoFiles(ctx: PlanContext, files: readonly DemoFile[], dir: string): Promise<string[]> {
  await ensureDir(dir);
  const out: string[] = [];
  for (const file of files) {
    const built = buildTemplate(ctx, file.agencyId, file.period, {
      generatedAt: `${file.period}-01T01:00:00Z`,
      generator: GENERATOR,
    });
    if (!built.ok) throw requestError(built.error);
    const { spec, info } = built.template;
    let bytes = await writeWorkbook(fillTemplate(spec, ctx.plan, info, file.fill));
    if (file.truncateTo !== undefined) bytes = bytes.slice(0, Math.floor(bytes.byteLength * file.truncateTo));
    const target = path.join(dir, file.fileName);
    await writeFileAtomic(target, bytes);
    const saved = new Date(file.fill.savedAt);
    await utimes(target, saved, saved);
    out.push(target);
  }
  return out;
}
