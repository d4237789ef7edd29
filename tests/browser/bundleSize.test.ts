/** The first download of the task pane stays small: initial JavaScript ≤ 400 KB gzipped; the rest loads on demand. */
import { readdirSync } from 'node:fs';
import { initialJavaScript, readBundleStats } from './support/bundleStats';
import { DIST, ensureDist } from './support/dist';

const BUDGET_GZIP = 400 * 1024;

beforeAll(() => ensureDist());

describe('task pane bundle size', () => {
  it('loads at most 400 KB of gzipped JavaScript before the pane shows', () => {
    const initial = initialJavaScript(DIST);
    const stats = readBundleStats(DIST);
    expect(initial.files.length).toBeGreaterThan(0);
    expect(initial.gzip).toBeLessThanOrEqual(BUDGET_GZIP);
    // The stats the bench reads describe the same files.
    expect(stats.initial.files.map((f) => f.file).sort()).toEqual(initial.files.map((f) => f.file).sort());
    expect(stats.initial.gzip).toBe(initial.gzip);
  });

  it('keeps ExcelJS, the consolidation, the Word writer and the reader worker out of the initial JavaScript', () => {
    const stats = readBundleStats(DIST);
    const lazyNames = stats.lazy.chunks.map((c) => c.chunk);
    expect(lazyNames).toEqual(
      expect.arrayContaining(['consolidate', 'xlsx-reader', 'xlsx-writer', 'docx-writer']),
    );
    const initialFiles = new Set(stats.initial.files.map((f) => f.file));
    const js = readdirSync(DIST).filter((f) => f.endsWith('.js'));
    expect(
      js.filter((f) => /^(consolidate|xlsx-reader|xlsx-writer|docx-writer)\./.test(f) && initialFiles.has(f)),
    ).toEqual([]);
  });
});
