/** `chitieu templates`: one template .xlsx per agency for a period, from the plan. */
import type { Command } from 'commander';
import path from 'node:path';
import type { PlanContext } from '../../app/plan';
import { buildTemplate } from '../../app/template';
import type { TemplateRequestError } from '../../core/template/layout';
import { writeWorkbook } from '../../xlsx/write';
import { EXIT, UsageError } from '../errors';
import { cliText } from '../../i18n/cli';
import { action, langOf } from '../command';
import { loadPlan } from '../plan';
import { ensureDir, exists, writeFileAtomic } from '../io';
import { GENERATOR } from '../version';
import type { SealKey } from '../../core/seal/seal';
import { loadSealKey, sealLine, withSealOptions, type SealOptions } from '../seal';

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

/** What writeTemplates did: files written, and existing files it left alone (no --overwrite). */
export interface TemplatesWritten {
  written: string[];
  kept: string[];
}

/**
 * Writes templates for the agencies (all when none given). An existing file is kept unless `overwrite`: agencies
 * send their reports back under the template's name, and a filled report must never be replaced by a blank one.
 */
export async function writeTemplates(
  ctx: PlanContext,
  period: string,
  agencyIds: readonly string[],
  outDir: string,
  options: { now: Date; overwrite: boolean; seal?: SealKey | null },
): Promise<TemplatesWritten> {
  const ids = agencyIds.length ? agencyIds : ctx.plan.agencies.map((a) => a.id);
  const templates = ids.map((id) => {
    const built = buildTemplate(ctx, id, period, {
      generatedAt: options.now.toISOString(),
      generator: GENERATOR,
      seal: options.seal ?? null,
    });
    if (!built.ok) throw requestError(built.error);
    return built.template;
  });
  await ensureDir(outDir);
  const result: TemplatesWritten = { written: [], kept: [] };
  for (const template of templates) {
    const file = path.join(outDir, template.fileName);
    if (!options.overwrite && (await exists(file))) {
      result.kept.push(file);
      continue;
    }
    await writeFileAtomic(file, await writeWorkbook(template.spec));
    result.written.push(file);
  }
  return result;
}

/** Registers `chitieu templates`. */
export function registerTemplates(root: Command): void {
  withSealOptions(root.command('templates'))
    .description('Tạo mẫu biểu .xlsx cho các cơ quan (write one template per agency for a month)')
    .requiredOption('--period <YYYY-MM>', 'bắt buộc: kỳ báo cáo, ví dụ 2025-07 (required: reporting month)')
    .option('--agency <id...>', 'mã cơ quan; mặc định: tất cả (agency ids; default all)')
    .option('--plan <path>', 'tệp kế hoạch plan.json; mặc định: kế hoạch Sơn La 2025 có sẵn')
    .requiredOption('--out <dir>', 'bắt buộc: thư mục ghi tệp (required: output folder)')
    .option('--overwrite', 'ghi đè tệp đã có cùng tên (mặc định: giữ nguyên, vì có thể là báo cáo đã điền)')
    .action(
      action(async (opts: TemplatesOptions, cmd: Command) => {
        const lang = langOf(cmd);
        const ctx = await loadPlan(opts.plan, lang);
        const seal = await loadSealKey(opts);
        const started = Date.now();
        const { written, kept } = await writeTemplates(ctx, opts.period, opts.agency ?? [], opts.out, {
          now: new Date(),
          overwrite: opts.overwrite === true,
          seal,
        });
        const seconds = ((Date.now() - started) / 1000).toFixed(2);
        const lines = [
          cliText(lang, 'templatesWritten', {
            count: written.length,
            period: opts.period,
            dir: opts.out,
            seconds,
          }),
        ];
        lines.push(...sealLine(lang, seal, 'sealing'));
        if (kept.length)
          lines.push(
            cliText(lang, 'templatesKept', {
              count: kept.length,
              list: kept.map((f) => path.basename(f)).join(', '),
            }),
          );
        process.stdout.write(`${lines.join('\n')}\n`);
        return EXIT.ok;
      }),
    );
}

interface TemplatesOptions extends SealOptions {
  period: string;
  agency?: string[];
  plan?: string;
  out: string;
  overwrite?: boolean;
}
