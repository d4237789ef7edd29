/**
 * What the pane says about issues: plain sentences, technical parts only under "Chi tiết", and never the internal
 * names a user cannot act on (the stamp sheet's name, a hash, a CLI command, a plan id) — for every code, both
 * languages. Kind names exist for every code (the titles of Kiểm tra's groups).
 */
import { ISSUE_CODES } from '../../src/core/issues/codes';
import { issue } from '../../src/core/issues/issue';
import { LANGS } from '../../src/i18n';
import { UI_TEXT } from '../../src/i18n/ui';
import { ISSUE_KIND } from '../../src/i18n/uiIssues';
import { issueKind, issueText } from '../../src/taskpane/issueText';
import { seedPlan } from './support/seed';

const { plan } = seedPlan();
const INTERNAL = [
  /_stamp/i,
  /sha-?256/i,
  /chitieu (templates|validate|merge)/i,
  /\bhash\b/i,
  new RegExp(plan.id),
];

/** An issue of the code with every field and param a message may use, as a hostile-enough sample. */
const sample = (code: (typeof ISSUE_CODES)[number]) =>
  issue(code, {
    sheet: 'Chỉ tiêu',
    cell: 'F9',
    subject: code === 'ISSUES_TRUNCATED' ? 'INPUT_MISSING' : 'CT01',
    file: '2025-07_so-y-te.xlsx',
    found: code === 'SUBMISSION_OTHER_PLAN' || code === 'PLAN_UNKNOWN' ? 'ke-hoach-khac' : '2025-08',
    expected: code === 'PLAN_UNKNOWN' || code === 'SUBMISSION_OTHER_PLAN' ? plan.id : '2025-07',
    params: {
      reason: 'invalid distance too far back',
      code: 'INPUT_MISSING',
      shown: 500,
      total: 700,
      omitted: 200,
      days: 3,
      seconds: 10,
      limit: '20 MB',
      size: '31 MB',
      entries: 2000,
      inflated: '1 GB',
      ratio: 900,
      part: 'xl/workbook.xml',
      cells: 10,
      min: 0,
      max: 100,
      decimal: '4,134',
      thousands: '4134',
      input1: 'F9',
      input2: 'G9',
      winnerDate: '15/07/2025',
      ownDate: '14/07/2025',
      savedAt: '15/07/2025 08:00',
      reportDate: '15/07/2025',
      actualCell: 'F9',
      previousPeriod: '06/2025',
      receivedSource: 'fileTime',
      agency: 'Sở Y tế',
      fileName: '2025-07_so-y-te.xlsx',
    },
  });

describe('issue texts in the pane', () => {
  it.each(LANGS.flatMap((lang) => ISSUE_CODES.map((code) => [lang, code] as const)))(
    '%s %s: no internal names, no unfilled placeholder',
    (lang, code) => {
      const said = issueText(sample(code), lang);
      for (const pattern of INTERNAL) expect(said.text).not.toMatch(pattern);
      expect(said.text).not.toMatch(/\{\w+\}/);
      if (said.detail) expect(said.detail).not.toMatch(/\{\w+\}/);
    },
  );

  it('keeps a parser’s English text out of the sentence, under the detail', () => {
    const said = issueText(sample('FILE_CORRUPT'), 'vi');
    expect(said.text).toBe(
      'Tệp .xlsx bị hỏng hoặc không đúng chuẩn — hãy mở bằng Excel, lưu lại rồi gửi lại.',
    );
    expect(said.detail).toBe('Thông tin kỹ thuật: invalid distance too far back');
  });

  it('names every kind of problem, in both languages', () => {
    for (const lang of LANGS)
      for (const code of ISSUE_CODES)
        expect([code, issueKind(code, lang)]).toEqual([code, expect.any(String)]);
    expect(Object.keys(ISSUE_KIND.vi).sort()).toEqual(Object.keys(ISSUE_KIND.en).sort());
  });

  it('no text of the pane itself names internal things', () => {
    for (const lang of LANGS)
      for (const [key, text] of Object.entries(UI_TEXT[lang])) {
        for (const pattern of INTERNAL)
          expect([key, text]).not.toEqual([key, expect.stringMatching(pattern)]);
        expect([key, text]).not.toEqual([key, expect.stringMatching(/\bchitieu\b/)]);
      }
  });
});
