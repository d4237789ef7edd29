/** Runs the compiled CLI the way users do (node bin/chitieu.js …) and captures its output and exit code. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** Repository root. */
export const ROOT = path.join(__dirname, '..', '..');

/** What a CLI run produced. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `chitieu` with arguments in a working directory, with extra environment variables. A sealing key in the
 * tester's own environment is never used: tests that want one pass CHITIEU_SEAL_KEY in `env`.
 */
export function chitieu(args: readonly string[], cwd = ROOT, env: Record<string, string> = {}): CliRun {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'chitieu.js'), ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 180000,
    env: { ...process.env, CHITIEU_DEBUG: '', CHITIEU_SEAL_KEY: '', ...env },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
