/**
 * The date each file reached Sở Tài chính (docs/verdicts.md, "Deadlines"): `--received` for one file or for all, a
 * receipt log (`--received-log`), else the file's modification time — the day it was saved on this computer, which
 * for a file received by e-mail or copied from a USB stick is the day it arrived.
 */
import type { Command } from 'commander';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parseReceiptLog, parseReceivedOption } from '../core/receipts/receiptLog';
import { localDay } from '../core/validate/timeliness';
import type { ReceivedDate } from '../core/verdict';
import { UsageError, fileError } from './errors';
import { readUserFile } from './io';

/** The options that say when files were received. */
export interface ReceivedOptions {
  received?: string[];
  receivedLog?: string;
}

/** commander's collector for a repeatable option. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** When each of `files` was received, most trusted source first; the options are checked before any file is read. */
export async function receivedDates(
  files: readonly string[],
  opts: ReceivedOptions,
): Promise<(file: string) => ReceivedDate | null> {
  const names = new Set(files.map((f) => path.basename(f)));
  let forAll: string | null = null;
  const byFile = new Map<string, string>();
  for (const value of opts.received ?? []) {
    const parsed = parseReceivedOption(value);
    if (!parsed) throw new UsageError('receivedBad', { value });
    if (parsed.file === null) forAll = parsed.date;
    else if (!names.has(parsed.file)) throw new UsageError('receivedUnknownFile', { file: parsed.file });
    else byFile.set(parsed.file, parsed.date);
  }
  const log = opts.receivedLog ? await readLog(opts.receivedLog) : new Map<string, string>();
  const fileTimes = new Map(await Promise.all(files.map(async (f) => [f, await fileTime(f)] as const)));
  return (file) => {
    const name = path.basename(file);
    const option = byFile.get(name) ?? forAll;
    if (option) return { date: option, source: 'option' };
    const logged = log.get(name);
    if (logged) return { date: logged, source: 'receiptLog' };
    const time = fileTimes.get(file);
    return time ? { date: time, source: 'fileTime' } : null;
  };
}

/** The receipt log's dates by file name; a line it cannot use stops the run, naming the file and the line. */
async function readLog(file: string): Promise<Map<string, string>> {
  const parsed = parseReceiptLog(new TextDecoder().decode(await readUserFile(file)));
  const problem = parsed.problems[0];
  if (problem)
    throw new UsageError(`receiptLog_${problem.kind}`, {
      file,
      line: problem.line,
      found: problem.found,
      more: parsed.problems.length - 1,
    });
  return parsed.received;
}

/** The Vietnam-time day the file was last modified; null when it cannot be read (the reader then says why). */
async function fileTime(file: string): Promise<string | null> {
  try {
    return localDay((await stat(file)).mtime.toISOString());
  } catch (e) {
    const mapped = fileError(e, file, 'read');
    if (mapped instanceof UsageError) return null;
    throw mapped;
  }
}

/** Adds --received and --received-log to a command that judges files. */
export function withReceivedOptions(cmd: Command): Command {
  return cmd
    .option(
      '--received <ngày|tệp=ngày>',
      'ngày Sở Tài chính nhận tệp (dd/mm/yyyy), cho mọi tệp hoặc một tệp; mặc định: ngày sửa tệp trên máy (date received)',
      collect,
    )
    .option(
      '--received-log <csv>',
      'sổ theo dõi nhận báo cáo (CSV, cột "Tệp" và "Ngày nhận") — thay cho ngày sửa tệp (receipt log)',
    );
}
