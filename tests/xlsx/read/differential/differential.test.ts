/**
 * Differential test: a corpus made now by second clients — openpyxl (Debian's, /usr/bin/python3), the same files
 * resaved by LibreOffice headless, a CSV imported by LibreOffice — and the crafted cases (../crafted.ts), read by our
 * reader and by openpyxl, every cell compared. The readings must agree except for the differences documented in
 * compare.ts, each with its reason; each documented difference must still occur, so none is kept for nothing.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { WorkbookSnapshot } from '../../../../src/core/snapshot/types';
import { readWorkbook } from '../../../../src/xlsx/read';
import { craftedBooks } from '../crafted';
import { compareBook, DOCUMENTED, type Difference, type TheirBook } from './compare';

const OPENPYXL_FILES = [
  'numbers-text',
  'dates-1900',
  'dates-iso',
  'dates-1904',
  'formats-formulas',
  'many-cells',
];
/** Files openpyxl cannot read (it fails, or finds no sheet), and why; our reading of them is checked by the crafted-case tests. */
const OPENPYXL_CANNOT_READ: Record<string, string> = {
  'strict.xlsx': 'openpyxl knows only the transitional namespaces: in a Strict workbook it finds no sheet',
};

let dir: string;
let theirs: Record<string, TheirBook>;
let files: string[];

/** Resaves files through LibreOffice headless in one run, with its own profile (parallel runs never share one). */
function libreOffice(inputs: string[], outDir: string, extra: string[] = []): void {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'lo-profile-'));
  try {
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        ...extra,
        '--convert-to',
        'xlsx',
        '--outdir',
        outDir,
        ...inputs,
      ],
      { stdio: 'pipe', timeout: 180000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'chitieu-differential-'));
  const made = path.join(dir, 'openpyxl');
  execFileSync('/usr/bin/python3', [path.join(__dirname, 'corpus.py'), made], { stdio: 'pipe' });
  const resaved = path.join(dir, 'libreoffice');
  mkdirSync(resaved);
  libreOffice(
    ['numbers-text', 'dates-1900', 'dates-1904', 'formats-formulas'].map((f) => path.join(made, `${f}.xlsx`)),
    resaved,
  );
  const csv = path.join(dir, 'nhap-tu-csv.csv');
  writeFileSync(
    csv,
    'Mã,Chỉ tiêu,Thực hiện,Ngày\nCT01,Tỷ lệ đô thị hóa,45.2,2025-07-18\nCT02,"Số xã, phường",75,2025-07-17\n',
  );
  // UTF-8 (76), comma-separated, "en-US" number and date recognition.
  libreOffice([csv], resaved, ['--infilter=CSV:44,34,76,1,,1033']);
  const crafted = path.join(dir, 'crafted');
  mkdirSync(crafted);
  for (const book of craftedBooks()) writeFileSync(path.join(crafted, book.name), book.bytes);
  files = [made, resaved, crafted].flatMap((d) =>
    readdirSync(d)
      .sort()
      .map((f) => path.join(d, f)),
  );
  const json = execFileSync('/usr/bin/python3', [path.join(__dirname, 'dump.py'), ...files], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  theirs = JSON.parse(json) as Record<string, TheirBook>;
}, 300000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function ours(file: string): WorkbookSnapshot {
  const result = readWorkbook(new Uint8Array(readFileSync(file)), path.basename(file));
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.issue)}`);
  return result.snapshot;
}

/** Every file's differences, once. */
function allDifferences(): { cells: Difference[]; sheets: string[] } {
  const cells: Difference[] = [];
  const sheets: string[] = [];
  for (const file of files) {
    const their = theirs[file];
    const name = path.basename(file);
    if (!their) throw new Error(`openpyxl did not report ${file}`);
    if (name in OPENPYXL_CANNOT_READ) {
      // Documented as unreadable by openpyxl: it must still be, or the entry is stale.
      if (their.ok && their.sheets.length) sheets.push(`${name}: openpyxl now reads it; compare it`);
      ours(file);
      continue;
    }
    if (!their.ok) {
      sheets.push(`${name}: openpyxl failed (${their.error})`);
      continue;
    }
    const d = compareBook(name, ours(file), their);
    cells.push(...d.cells);
    sheets.push(...d.sheets);
  }
  return { cells, sheets };
}

describe('our reader and openpyxl read the same values', () => {
  let differences: { cells: Difference[]; sheets: string[] };
  beforeAll(() => {
    differences = allDifferences();
  });

  it('reads a corpus of every second writer: openpyxl, LibreOffice resaves and CSV import, crafted files', () => {
    const names = files.map((f) => path.basename(f));
    for (const f of OPENPYXL_FILES) expect(names).toContain(`${f}.xlsx`);
    expect(names).toContain('nhap-tu-csv.xlsx');
    expect(files.filter((f) => f.includes(`${path.sep}libreoffice${path.sep}`))).toHaveLength(5);
    for (const book of craftedBooks()) expect(names).toContain(book.name);
  });

  it('finds the same sheets, states and merged ranges', () => {
    expect(differences.sheets).toEqual([]);
  });

  it('finds the same value in every cell, but for the documented differences', () => {
    const undocumented = differences.cells
      .filter((d) => !DOCUMENTED.some((doc) => doc.matches(d)))
      .map(
        (d) =>
          `${d.file}!${d.sheet}!${d.ref}: ours ${JSON.stringify(d.ours)}, openpyxl ${JSON.stringify(d.theirs)}`,
      );
    expect(undocumented).toEqual([]);
  });

  it('still meets every documented difference (none is kept for nothing)', () => {
    const unused = DOCUMENTED.filter((doc) => !differences.cells.some((d) => doc.matches(d))).map(
      (d) => d.id,
    );
    expect(unused).toEqual([]);
  });

  it('compares thousands of cells, not a handful, and some in every file', () => {
    const count = (b: TheirBook | undefined) =>
      b?.ok ? b.sheets.reduce((m, s) => m + s.cells.length, 0) : 0;
    const empty = files.filter((f) => !(path.basename(f) in OPENPYXL_CANNOT_READ) && count(theirs[f]) === 0);
    expect(empty).toEqual([]);
    expect(Object.values(theirs).reduce((n, b) => n + count(b), 0)).toBeGreaterThan(6000);
  });
});
