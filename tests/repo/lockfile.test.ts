/**
 * The lock file must install with `npm ci` on a bare machine. npm 11 rejects a lock file in which a package's
 * optional dependency has no entry (https://github.com/npm/cli/issues/9846) — what happens when the registry lacks
 * some per-platform binaries, as ours did for @swc/core and unrs-resolver. Regression test for that CI failure.
 */
import fs from 'node:fs';
import path from 'node:path';

interface LockEntry {
  optionalDependencies?: Record<string, string>;
}

const lock = JSON.parse(fs.readFileSync(path.join(__dirname, '../../package-lock.json'), 'utf8')) as {
  lockfileVersion: number;
  packages: Record<string, LockEntry>;
};

/** Where Node would find `name` from the package at `from` (its own node_modules, then each parent's). */
function resolves(from: string, name: string): boolean {
  let dir = from;
  for (;;) {
    if (lock.packages[`${dir ? `${dir}/` : ''}node_modules/${name}`]) return true;
    if (!dir) return false;
    const parent = dir.lastIndexOf('/node_modules/');
    dir = parent >= 0 ? dir.slice(0, parent) : '';
  }
}

/** Every optional dependency in the lock file that has no entry of its own. */
function unresolvedOptional(): string[] {
  const missing: string[] = [];
  for (const [at, entry] of Object.entries(lock.packages)) {
    for (const name of Object.keys(entry.optionalDependencies ?? {})) {
      if (!resolves(at, name)) missing.push(`${at} → ${name}`);
    }
  }
  return missing;
}

describe('package-lock.json', () => {
  it('is a version 3 lock file', () => {
    expect(lock.lockfileVersion).toBe(3);
  });

  it('has an entry for every optional dependency, so npm ci accepts it', () => {
    expect(unresolvedOptional()).toEqual([]);
  });

  it('does not depend on SWC, whose platform binaries this registry lacks', () => {
    expect(Object.keys(lock.packages).filter((p) => p.includes('@swc/core'))).toEqual([]);
  });
});
