/** The list of rules: every rule has its tests here, and every code validation raises belongs to a rule. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ISSUE_CODES, type IssueCode } from '../../../../src/core/issues/codes';
import { RULES } from '../../../../src/core/validate/rules';

/** Codes raised before validation (reading a file), by the consolidation, or by the report itself. */
const NOT_VALIDATION = (code: IssueCode) =>
  code.startsWith('FILE_') ||
  code === 'ISSUES_TRUNCATED' ||
  (code.startsWith('SUBMISSION_') &&
    code !== 'SUBMISSION_LATE' &&
    code !== 'SUBMISSION_IS_CONSOLIDATION' &&
    code !== 'SUBMISSION_DATE_UNKNOWN');

describe('the validation rules', () => {
  it('each have a test file named after them', () => {
    const missing = RULES.filter((r) => !existsSync(path.join(__dirname, `${r.id}.test.ts`))).map(
      (r) => r.id,
    );
    expect(missing).toEqual([]);
  });

  it('each have a summary and declare only real codes', () => {
    for (const rule of RULES) {
      expect(rule.summary.length).toBeGreaterThan(20);
      for (const code of rule.codes) expect(ISSUE_CODES).toContain(code);
    }
  });

  it('between them declare every code validation can raise', () => {
    const declared = new Set(RULES.flatMap((r) => r.codes));
    expect(ISSUE_CODES.filter((c) => !NOT_VALIDATION(c) && !declared.has(c))).toEqual([]);
  });

  it('have unique names', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });
});
