/**
 * Second real clients for integration tests: Debian's openpyxl (always /usr/bin/python3 — the python3 on PATH
 * may be another install without it) and LibreOffice headless. Each LibreOffice run gets its own profile folder
 * so parallel Jest workers never share (and lock) one.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Runs a Python script with Debian's python3 (openpyxl installed); returns stdout. Throws with stderr on failure. */
export function python(script: string, args: readonly string[] = []): string {
  const r = spawnSync('/usr/bin/python3', ['-c', script, ...args], { encoding: 'utf8', timeout: 60000 });
  if (r.status !== 0) throw new Error(`python failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

/** A fresh temporary folder for one test. */
export function tempDir(prefix = 'chitieu-test-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * Converts a file with LibreOffice headless (`soffice --convert-to <filter>`), into `outDir`; returns the path
 * of the converted file. Converting an .xlsx to xlsx is a resave, with formulas recalculated.
 */
export function libreOfficeConvert(file: string, filter: string, outDir: string): string {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'lo-profile-'));
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      filter,
      '--outdir',
      outDir,
      file,
    ],
    { stdio: 'pipe', timeout: 120000 },
  );
  const stem = path.basename(file).replace(/\.[^.]+$/, '');
  const ext = filter.split(':')[0] ?? filter;
  const hit = readdirSync(outDir).find((n) => n.startsWith(stem) && n.endsWith(`.${ext}`));
  if (!hit) throw new Error(`LibreOffice produced no .${ext} for ${file}`);
  return path.join(outDir, hit);
}
