/** `chitieu validate FILE…`: every problem at its cell and every indicator judged; one bad file never stops the rest. */
import type { Command } from 'commander';
import { cliText } from '../../i18n/cli';
import { action, EXIT_CODES_HELP, langOf } from '../command';
import { EXIT } from '../errors';
import { formatReport, isReadFailure, reportJson } from '../format';
import { expandInputs } from '../io';
import { loadPlan } from '../plan';
import { readSubmissions } from '../submissions';
import { receivedDates, withReceivedOptions, type ReceivedOptions } from '../received';
import { loadSealKey, sealJson, sealLine, withSealOptions, type SealOptions } from '../seal';

/** Registers `chitieu validate`. */
export function registerValidate(root: Command): void {
  withSealOptions(withReceivedOptions(root.command('validate')))
    .description('Kiểm tra tệp báo cáo của cơ quan theo mẫu biểu và kế hoạch (validate submissions)')
    .argument('<files...>', 'tệp .xlsx hoặc thư mục (files or folders)')
    .option('--plan <path>', 'tệp kế hoạch plan.json; mặc định: kế hoạch có sẵn')
    .option('--json', 'in một tài liệu JSON (print one JSON document)')
    .addHelpText('after', EXIT_CODES_HELP)
    .action(
      action(
        async (
          inputs: string[],
          opts: { plan?: string; json?: boolean } & ReceivedOptions & SealOptions,
          cmd: Command,
        ) => {
          const lang = langOf(cmd);
          const { plan, hash } = await loadPlan(opts.plan, lang);
          const seal = await loadSealKey(opts);
          const { files, skipped } = await expandInputs(inputs);
          const received = await receivedDates(files, opts);
          const outcomes = await readSubmissions(files, plan, { received, seal });
          if (!opts.json)
            for (const line of sealLine(lang, seal, 'checking')) process.stdout.write(`${line}\n`);
          const names = new Map(plan.indicators.map((i) => [i.id, i.name]));
          let unreadable = 0;
          let withErrors = 0;
          const json = [];
          for (const { path, input } of outcomes) {
            const report = 'report' in input ? input.report : null;
            const failure = 'readFailure' in input ? input.readFailure : null;
            if (failure && isReadFailure(failure)) unreadable++;
            else if ((report?.counts.bySeverity.error ?? 1) > 0) withErrors++;
            if (opts.json)
              json.push({
                path,
                ...reportJson(input.provenance.fileName, input.provenance.sha256, report, failure, lang),
              });
            else process.stdout.write(`${formatReport(path, report, failure, lang, names).join('\n')}\n`);
          }
          if (opts.json) {
            const doc = {
              plan: { id: plan.id, hash },
              seal: sealJson(seal),
              summary: { files: files.length, withErrors, unreadable },
              files: json,
              skipped,
            };
            process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
          } else if (skipped.length) {
            process.stdout.write(`${cliText(lang, 'inputsSkipped', { list: skipped.join(', ') })}\n`);
          }
          return unreadable ? EXIT.usage : withErrors ? EXIT.dataErrors : EXIT.ok;
        },
      ),
    );
}
