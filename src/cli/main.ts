/**
 * `chitieu` — the command line over the same core as the Excel add-in. Every command has --help; user mistakes
 * and unreadable files end in one line on stderr and exit code 2, never a stack trace.
 */
import { Command, CommanderError, Option } from 'commander';
import { commanderError } from '../i18n/cli';
import { report } from './command';
import { registerDemo } from './commands/demo';
import { registerMerge } from './commands/merge';
import { registerPlan } from './commands/plan';
import { registerReport } from './commands/report';
import { registerTemplates } from './commands/templates';
import { registerValidate } from './commands/validate';
import { EXIT } from './errors';
import { VERSION } from './version';

/** Builds the program (exported for tests); `lang` is only for commander's own error lines. */
export function program(lang: 'vi' | 'en' = 'vi'): Command {
  const root = new Command('chitieu')
    .description(
      'Chỉ tiêu KT-XH: mẫu biểu, kiểm tra, tổng hợp và dự thảo báo cáo tháng (templates, validation, consolidation, report)',
    )
    .version(VERSION, '-V, --version')
    .addOption(new Option('--lang <lang>', 'ngôn ngữ thông báo: vi hoặc en (message language)').default('vi'))
    .showHelpAfterError(false)
    // Subcommands list --lang under "Global Options", so `chitieu validate --help` shows it works there too.
    .configureHelp({ showGlobalOptions: true })
    .exitOverride()
    .configureOutput({
      writeErr: (s) => process.stderr.write(s),
      outputError: (s, write) => write(`${commanderError(s.trimEnd(), lang)}\n`),
    });
  registerTemplates(root);
  registerValidate(root);
  registerMerge(root);
  registerReport(root);
  registerPlan(root);
  registerDemo(root);
  for (const cmd of [root, ...root.commands, ...root.commands.flatMap((c) => c.commands)]) cmd.exitOverride();
  return root;
}

/** The --lang given on the command line (before commander parses it, for its own error lines). */
function langInArgs(argv: readonly string[]): 'vi' | 'en' {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? undefined : argv[i]?.includes('=') ? argv[i]?.split('=')[1] : argv[i + 1];
  return value === 'en' ? 'en' : 'vi';
}

/** Runs the CLI with argv; resolves to the exit code. */
export async function run(argv: readonly string[]): Promise<number> {
  const root = program(langInArgs(argv));
  try {
    await root.parseAsync([...argv], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.exitCode === 0) return EXIT.ok; // --help, --version
      return EXIT.usage; // commander already printed its one-line message
    }
    return report(e, 'vi', 'chitieu');
  }
}

if (require.main === module) {
  void run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
