/** The production build the browser tests serve: dist/ as `npm test` builds it, or built here when missing. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmdirSync } from 'node:fs';
import path from 'node:path';

/** Repository root. */
export const ROOT = path.join(__dirname, '..', '..', '..');
/** The built add-in. */
export const DIST = path.join(ROOT, 'dist');

const LOCK = path.join(ROOT, 'tests', 'artifacts', '.dist-build-lock');
const built = () =>
  existsSync(path.join(DIST, 'taskpane.html')) && existsSync(path.join(DIST, 'bundle-stats.json'));
const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Makes sure dist/ holds a build: runs `npx webpack --mode production` when taskpane.html is missing. Test files run
 * in parallel workers, so one builds (holding a lock directory) while the others wait for it.
 */
export function ensureDist(): void {
  if (built()) return;
  mkdirSync(path.dirname(LOCK), { recursive: true });
  let owner = false;
  for (let waited = 0; !owner; waited += 500) {
    try {
      mkdirSync(LOCK);
      owner = true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      if (built()) return;
      if (waited > 180_000)
        throw new Error(`another test has held ${LOCK} for 3 minutes; remove it if stale`);
      sleep(500);
    }
  }
  try {
    if (built()) return;
    const r = spawnSync('npx', ['webpack', '--mode', 'production'], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`webpack build failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  } finally {
    rmdirSync(LOCK);
  }
}
