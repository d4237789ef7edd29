/**
 * docs/plan.md and the tests stay one: every row of its tables (R: who reports, U: unit dates, V: versions) has a test
 * titled with its id, and no test cites a row that is gone. Every problem code the plan checker and the plan sheets
 * can raise has a message in Vietnamese and in English.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { planProblemsEn } from '../../../src/i18n/en';
import { planProblemsVi } from '../../../src/i18n/vi';

const ROOT = path.join(__dirname, '..', '..', '..');
const ROW = /^\| ([RUV]\d+) \|/gm;
const TITLE = /\b(?:it|test)\(\s*['"`]([RUV]\d+):/g;

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'artifacts' || e.name === 'fixtures' ? [] : testFiles(p);
    return /\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

const rows = [...readFileSync(path.join(ROOT, 'docs', 'plan.md'), 'utf8').matchAll(ROW)].map(
  (m) => m[1] as string,
);
const tested = new Set(
  testFiles(path.join(ROOT, 'tests')).flatMap((f) =>
    [...readFileSync(f, 'utf8').matchAll(TITLE)].map((m) => m[1] as string),
  ),
);

describe('the rules of docs/plan.md', () => {
  it('has rows, each id once', () => {
    expect(rows.length).toBeGreaterThanOrEqual(29);
    expect(new Set(rows).size).toBe(rows.length);
  });

  it('has a test for every row', () => {
    expect(rows.filter((id) => !tested.has(id))).toEqual([]);
  });

  it('has no test citing a row that is not in the table', () => {
    expect([...tested].filter((id) => !rows.includes(id))).toEqual([]);
  });
});

describe('plan problem messages', () => {
  /** The codes the checker and the sheet import raise: their snake_case string literals. */
  const raised = ['check.ts', 'checkUnits.ts', 'checkAmendments.ts', 'sheets/import.ts'].flatMap((file) => {
    const text = readFileSync(path.join(ROOT, 'src', 'core', 'plan', file), 'utf8');
    return [...text.matchAll(/'([a-z]+(?:_[a-z]+)+)'/g)].map((m) => m[1] as string);
  });

  it('are found in the sources', () => {
    expect(raised).toEqual(
      expect.arrayContaining(['unit_dates_overlap', 'amendment_rows_disagree', 'input_unused']),
    );
  });

  it('exist in Vietnamese and English for every code raised', () => {
    expect([...new Set(raised)].filter((c) => !planProblemsVi[c] || !planProblemsEn[c])).toEqual([]);
  });
});
