/** Shared plumbing of CLI commands: the --lang option and turning failures into one line and an exit code. */
import type { Command } from 'commander';
import { asLang, type Lang } from '../i18n';
import { cliText } from '../i18n/cli';
import { EXIT, UsageError } from './errors';

/** Help text on exit codes for the commands that judge files (validate, merge). */
export const EXIT_CODES_HELP = [
  '',
  'Mã thoát (exit codes):',
  '  0  không có lỗi (no errors)',
  '  1  có lỗi số liệu (data errors)',
  '  2  tệp không đọc được, hoặc dùng sai lệnh (unreadable file or usage error)',
].join('\n');

/** The language chosen with --lang (Vietnamese by default). */
export function langOf(cmd: Command): Lang {
  const given = cmd.optsWithGlobals<{ lang?: string }>().lang;
  const lang = asLang(given);
  if (!lang) throw new UsageError('badLang', { given: String(given) });
  return lang;
}

/** Wraps a command action: maps UsageError to exit 2 with one line; anything else is an internal error, also one line. */
export function action<A extends unknown[]>(
  fn: (...args: A) => Promise<number>,
): (...args: A) => Promise<void> {
  return async (...args: A) => {
    const cmd = args[args.length - 1] as Command;
    let lang: Lang = 'vi';
    try {
      lang = langOf(cmd);
      process.exitCode = await fn(...args);
    } catch (e) {
      process.exitCode = report(e, lang, commandPath(cmd));
    }
  };
}

/** The command as typed after "chitieu" (e.g. "plan check"), for the prefix of error lines. */
function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** Prints a failure as one line; returns the exit code. */
export function report(e: unknown, lang: Lang, command: string): number {
  if (e instanceof UsageError) {
    process.stderr.write(`chitieu ${command}: ${cliText(lang, e.key, e.params)}\n`);
    return EXIT.usage;
  }
  const message = e instanceof Error ? e.message : String(e);
  process.stderr.write(`chitieu ${command}: ${cliText(lang, 'internal', { message })}\n`);
  if (process.env.CHITIEU_DEBUG && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
  return EXIT.usage;
}
