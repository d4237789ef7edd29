/**
 * Sở Tài chính's sealing key for the CLI (docs/seal.md): from the file `--seal-key-file` names, else from the
 * environment variable CHITIEU_SEAL_KEY, else none — and then nothing is sealed or claimed about seals. The key is
 * never taken on the command line (shell histories and process lists would keep it), never printed, never written
 * into a workbook or a plan: only its public id is shown.
 */
import type { Command } from 'commander';
import { sealKeyFromText, sealKeyId, type SealKey } from '../core/seal/seal';
import { cliText } from '../i18n/cli';
import type { Lang } from '../i18n';
import { UsageError } from './errors';
import { readUserFile } from './io';

/** The environment variable that holds the key. */
export const SEAL_KEY_ENV = 'CHITIEU_SEAL_KEY';

/** The option that names a file holding the key. */
export interface SealOptions {
  sealKeyFile?: string;
}

/** Adds --seal-key-file to a command that makes or judges templates. */
export function withSealOptions(cmd: Command): Command {
  return cmd.option(
    '--seal-key-file <tệp>',
    `tệp chứa khóa xác thực của Sở Tài chính; mặc định: biến môi trường ${SEAL_KEY_ENV}, không có thì không dùng mã xác thực (sealing key file)`,
  );
}

/** The key the options or the environment give, or null; a key too short is a usage error (the key never shown). */
export async function loadSealKey(
  opts: SealOptions,
  env: NodeJS.ProcessEnv = process.env,
): Promise<SealKey | null> {
  if (opts.sealKeyFile !== undefined) {
    const text = new TextDecoder().decode(await readUserFile(opts.sealKeyFile));
    const made = sealKeyFromText(text);
    if (!made.ok)
      throw new UsageError('sealKeyFileTooShort', { file: opts.sealKeyFile, min: made.minLength });
    return made.key;
  }
  const fromEnv = env[SEAL_KEY_ENV];
  if (fromEnv === undefined || fromEnv.trim() === '') return null;
  const made = sealKeyFromText(fromEnv);
  if (!made.ok) throw new UsageError('sealKeyEnvTooShort', { name: SEAL_KEY_ENV, min: made.minLength });
  return made.key;
}

/** The key in a JSON document: its public id, or null without a key. */
export function sealJson(key: SealKey | null): { keyId: string } | null {
  return key ? { keyId: sealKeyId(key) } : null;
}

/** The line that says a key is in use and which (its public id), or none without a key. */
export function sealLine(lang: Lang, key: SealKey | null, use: 'sealing' | 'checking'): string[] {
  if (!key) return [];
  return [cliText(lang, use === 'sealing' ? 'sealSealing' : 'sealChecking', { keyId: sealKeyId(key) })];
}
