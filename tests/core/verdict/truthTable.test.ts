/** docs/verdicts.md and the tests stay one: every row of its tables has a test titled with its id, and no test cites a row that is gone. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..', '..');
const ROW = /^\| ([PFSEDT]\d+) \|/gm;
const TITLE = /\b(?:it|test)\(\s*['"`]([PFSEDT]\d+):/g;

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'artifacts' || e.name === 'fixtures' ? [] : testFiles(p);
    return /\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

const rows = [...readFileSync(path.join(ROOT, 'docs', 'verdicts.md'), 'utf8').matchAll(ROW)].map(
  (m) => m[1] as string,
);
const tested = new Set(
  testFiles(path.join(ROOT, 'tests')).flatMap((f) =>
    [...readFileSync(f, 'utf8').matchAll(TITLE)].map((m) => m[1] as string),
  ),
);

describe('the verdicts truth table', () => {
  it('has rows, each id once', () => {
    expect(rows.length).toBeGreaterThan(40);
    expect(new Set(rows).size).toBe(rows.length);
  });

  it('has a test for every row', () => {
    expect(rows.filter((id) => !tested.has(id))).toEqual([]);
  });

  it('has no test citing a row that is not in the table', () => {
    expect([...tested].filter((id) => !rows.includes(id))).toEqual([]);
  });
});
