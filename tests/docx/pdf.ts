/**
 * Reading a PDF made by LibreOffice with poppler-utils: page sizes (pdfinfo), the text of each page (pdftotext
 * -layout), word boxes (pdftotext -bbox), and PNG images of chosen pages (pdftoppm), kept as test artifacts.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

/** Where page images are kept for a person to look at. */
export const SCREENSHOTS = path.join(__dirname, '..', 'artifacts', 'screenshots');

/** One page: its size in points and its text laid out as printed. */
export interface PdfPage {
  readonly widthPt: number;
  readonly heightPt: number;
  readonly text: string;
}

/** The pages of a PDF. */
export function pdfPages(pdf: string): PdfPage[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', pdf], { encoding: 'utf8' });
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)];
  return sizes.map((m, i) => ({
    widthPt: Number(m[1]),
    heightPt: Number(m[2]),
    text: execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], {
      encoding: 'utf8',
    }),
  }));
}

/** A word and its box on a page, in points from the top left. */
export interface PdfWord {
  readonly text: string;
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
}

/** The words of one page with their boxes. */
export function pdfWords(pdf: string, page: number): PdfWord[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-'], {
    encoding: 'utf8',
  });
  return [
    ...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g),
  ].map((m) => ({ xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), text: m[4] ?? '' }));
}

/** Saves page `page` of the PDF as tests/artifacts/screenshots/<name>.png; returns its path. */
export function savePageImage(pdf: string, page: number, name: string, outDir: string): string {
  const stem = path.join(outDir, name);
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '80',
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    pdf,
    stem,
  ]);
  mkdirSync(SCREENSHOTS, { recursive: true });
  const target = path.join(SCREENSHOTS, `${name}.png`);
  copyFileSync(`${stem}.png`, target);
  return target;
}
