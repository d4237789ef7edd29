/** `chitieu templates`: one template .xlsx per agency for a period, from the plan. */
import type { Command } from 'commander';
import path from 'node:path';
import { layout, resolveTemplateRequest, type TemplateRequestError } from '../../core/template/layout';
import type { Plan } from '../../core/plan/schema';
import { writeWorkbook } from '../../xlsx/write';
import { EXIT, UsageError } from '../errors';
import { cliText } from '../../i18n';
import { action, langOf } from '../command';
import { loadPlan } from '../plan';
import { ensureDir, writeFileAtomic } from '../io';
import { GENERATOR } from '../version';

/** The file name of an agency's template: period and agency id, ASCII only (safe on every system and mailer). */
export function templateFileName(period: string, agencyId: string): string {
  return `${period}_${agencyId}.xlsx`;
}

/** Turns a bad template request into the usage error that lists the valid choices. */
export function requestError(error: TemplateRequestError): UsageError {
  return error.kind === 'badPeriod'
    ? new UsageError('badPeriod', {
        given: error.given,
        choices: `${error.choices[0]} … ${error.choices.at(-1)}`,
      })
    : new UsageError('unknownAgency', {
        given: error.given,
        choices: error.choices.map((c) => c.id).join(', '),
      });
}

/** Writes templates for the agencies (all when none given); returns the files written. */
export async function writeTemplates(
  plan: Plan,
  period: string,
  agencyIds: readonly string[],
  outDir: string,
  now: Date,
): Promise<string[]> {
  const ids = agencyIds.length ? agencyIds : plan.agencies.map((a) => a.id);
  const requests = ids.map((id) => {
    const r = resolveTemplateRequest(plan, id, period);
    if (!r.ok) throw requestError(r.error);
    return r;
  });
  await ensureDir(outDir);
  const files: string[] = [];
  for (const { agency, info } of requests) {
    const spec = layout(plan, agency, info, { generatedAt: now.toISOString(), generator: GENERATOR });
    const file = path.join(outDir, templateFileName(info.period, agency.id));
    await writeFileAtomic(file, await writeWorkbook(spec));
    files.push(file);
  }
  return files;
}

/** Registers `chitieu templates`. */
export function registerTemplates(root: Command): void {
  root
    .command('templates')
    .description('Tạo mẫu biểu .xlsx cho các cơ quan (write one template per agency for a month)')
    .requiredOption('--period <YYYY-MM>', 'kỳ báo cáo, ví dụ 2025-07 (reporting month)')
    .option('--agency <id...>', 'mã cơ quan; mặc định: tất cả (agency ids; default all)')
    .option('--plan <path>', 'tệp kế hoạch plan.json; mặc định: kế hoạch Sơn La 2025 có sẵn')
    .requiredOption('--out <dir>', 'thư mục ghi tệp (output folder)')
    .action(
      action(
        async (opts: { period: string; agency?: string[]; plan?: string; out: string }, cmd: Command) => {
          const lang = langOf(cmd);
          const { plan } = await loadPlan(opts.plan, lang);
          const started = Date.now();
          const files = await writeTemplates(plan, opts.period, opts.agency ?? [], opts.out, new Date());
          const seconds = ((Date.now() - started) / 1000).toFixed(2);
          process.stdout.write(
            `${cliText(lang, 'templatesWritten', { count: files.length, period: opts.period, dir: opts.out, seconds })}\n`,
          );
          return EXIT.ok;
        },
      ),
    );
}
