/** `chitieu plan check | export | import`: the plan as JSON or as sheets planners edit in Excel. */
import type { Command } from 'commander';
import { planWorkbook } from '../../core/plan/sheets';
import type { Lang } from '../../i18n';
import { cliText } from '../../i18n/cli';
import { writeWorkbook } from '../../xlsx/write';
import { action, langOf } from '../command';
import { EXIT } from '../errors';
import { writeFileAtomic } from '../io';
import { loadPlan, problemLine, readPlanFile } from '../plan';
import { GENERATOR } from '../version';

type Checked =
  | { ok: true; json: unknown; hash: string; counts: [number, number, number] }
  | { ok: false; lines: string[] };

/** Checks a plan file: JSON directly, .xlsx through the sheet import (problems located at sheet!cell). */
async function checkFile(file: string, lang: Lang): Promise<Checked> {
  const read = await readPlanFile(file, lang);
  if (!read.ok) return { ok: false, lines: read.problems.map((p) => problemLine(p, file, lang)) };
  const { plan, hash } = read.ctx;
  return {
    ok: true,
    json: plan,
    hash,
    counts: [plan.agencies.length, plan.indicators.length, plan.tasks.length],
  };
}

/** Prints a plan file's problems, one per line; returns the exit code for "the data has errors". */
function printProblems(file: string, lines: readonly string[], lang: Lang): number {
  process.stdout.write(
    `${cliText(lang, 'planProblems', { file, count: lines.length })}\n${lines.map((l) => `  ${l}`).join('\n')}\n`,
  );
  return EXIT.dataErrors;
}

/** Registers `chitieu plan` and its subcommands. */
export function registerPlan(root: Command): void {
  const plan = root
    .command('plan')
    .description('Kế hoạch: kiểm tra, xuất ra Excel, nhập từ Excel (plan: check, export, import)');

  plan
    .command('check')
    .description('Kiểm tra tệp kế hoạch (JSON hoặc .xlsx) và liệt kê mọi lỗi kèm vị trí (check a plan file)')
    .argument('<file>', 'plan.json hoặc plan.xlsx')
    .action(
      action(async (file: string, _opts: unknown, cmd: Command) => {
        const lang = langOf(cmd);
        const result = await checkFile(file, lang);
        if (!result.ok) return printProblems(file, result.lines, lang);
        const [agencies, indicators, tasks] = result.counts;
        process.stdout.write(
          `${cliText(lang, 'planOk', { file, agencies, indicators, tasks, hash: result.hash })}\n`,
        );
        return EXIT.ok;
      }),
    );

  plan
    .command('export')
    .description('Xuất kế hoạch ra sổ Excel để sửa (export the plan as sheets)')
    .requiredOption('--out <file>', 'bắt buộc: tệp .xlsx ghi ra (required: output .xlsx)')
    .option('--plan <path>', 'tệp kế hoạch plan.json; mặc định: kế hoạch có sẵn')
    .action(
      action(async (opts: { out: string; plan?: string }, cmd: Command) => {
        const lang = langOf(cmd);
        const { plan } = await loadPlan(opts.plan, lang);
        const spec = planWorkbook(plan, new Date().toISOString(), GENERATOR);
        await writeFileAtomic(opts.out, await writeWorkbook(spec));
        process.stdout.write(
          `${cliText(lang, 'planExported', { file: opts.out, sheets: spec.sheets.length })}\n`,
        );
        return EXIT.ok;
      }),
    );

  plan
    .command('import')
    .description('Nhập kế hoạch từ sổ Excel đã sửa, kiểm tra và ghi plan.json (import a plan workbook)')
    .argument('<file>', 'plan.xlsx')
    .requiredOption('--out <file>', 'bắt buộc: tệp plan.json ghi ra (required: output plan.json)')
    .action(
      action(async (file: string, opts: { out: string }, cmd: Command) => {
        const lang = langOf(cmd);
        const result = await checkFile(file, lang);
        if (!result.ok) return printProblems(file, result.lines, lang);
        await writeFileAtomic(opts.out, `${JSON.stringify(result.json, null, 2)}\n`);
        process.stdout.write(
          `${cliText(lang, 'planImported', { from: file, file: opts.out, hash: result.hash })}\n`,
        );
        return EXIT.ok;
      }),
    );
}
