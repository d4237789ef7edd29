/** docs/report.md and the tests stay one: every layout rule has a test titled with its id, and no test cites a rule that is gone. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..', '..');
const RULE_ROW = /^\| (L\d+) \|/gm;
const CITED = /\b(?:it|test)\(\s*['"`]((?:L\d+)(?:, L\d+)*):/g;

/** The test files that may cite layout rules: those of the report model and of the Word writer. */
function reportTests(): string[] {
  return ['core/report', 'docx'].flatMap((d) =>
    readdirSync(path.join(ROOT, 'tests', d))
      .filter((n) => n.endsWith('.test.ts'))
      .map((n) => path.join(ROOT, 'tests', d, n)),
  );
}

const rules = [...readFileSync(path.join(ROOT, 'docs', 'report.md'), 'utf8').matchAll(RULE_ROW)].map(
  (m) => m[1] ?? '',
);
const cited = new Set(
  reportTests().flatMap((f) =>
    [...readFileSync(f, 'utf8').matchAll(CITED)].flatMap((m) => (m[1] ?? '').split(', ')),
  ),
);

describe('the layout rules of docs/report.md', () => {
  it('are numbered L1, L2, … without a gap or a repeat', () => {
    expect(rules).toEqual(rules.map((_, i) => `L${i + 1}`));
    expect(rules.length).toBeGreaterThanOrEqual(20);
  });

  it('each have a test', () => {
    expect(rules.filter((id) => !cited.has(id))).toEqual([]);
  });

  it('are all the rules the tests cite', () => {
    expect([...cited].filter((id) => !rules.includes(id))).toEqual([]);
  });
});
