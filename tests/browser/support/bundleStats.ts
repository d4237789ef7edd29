/**
 * Sizes of the built task pane, independent of the webpack plugin that writes dist/bundle-stats.json: the scripts
 * taskpane.html itself loads (the initial JavaScript), raw and gzipped. Used by bundleSize.test.ts; the bench
 * (tests/bench/run.js) reads dist/bundle-stats.json, which this cross-checks.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** One file's size. */
export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

/** The shape of dist/bundle-stats.json (written by webpack.config.js). */
export interface BundleStats {
  initial: { raw: number; gzip: number; files: FileSize[] };
  lazy: {
    raw: number;
    gzip: number;
    chunks: ({ chunk: string } & { raw: number; gzip: number; files: FileSize[] })[];
  };
  commands: { raw: number; gzip: number; files: FileSize[] };
}

/** Local scripts taskpane.html loads (Office.js from the CDN excluded). */
export function initialScripts(dist: string): string[] {
  const html = readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)]
    .map((m) => m[1] ?? '')
    .filter((src) => src && !/^https?:/.test(src));
}

/** Raw and gzip (level 9) size of a file in dist/. */
export function fileSize(dist: string, file: string): FileSize {
  const bytes = readFileSync(path.join(dist, file));
  return { file, raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
}

/** The initial JavaScript of the task pane: its files and totals. */
export function initialJavaScript(dist: string): { files: FileSize[]; raw: number; gzip: number } {
  const files = initialScripts(dist).map((f) => fileSize(dist, f));
  return { files, raw: files.reduce((s, f) => s + f.raw, 0), gzip: files.reduce((s, f) => s + f.gzip, 0) };
}

/** dist/bundle-stats.json. */
export function readBundleStats(dist: string): BundleStats {
  return JSON.parse(readFileSync(path.join(dist, 'bundle-stats.json'), 'utf8')) as BundleStats;
}
