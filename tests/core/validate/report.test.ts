/** Reports: counts by code, nothing truncated silently, messages in both languages for every code. */
import { ISSUE_CODES } from '../../../src/core/issues/codes';
import { capIssues, issue } from '../../../src/core/issues/issue';
import { validate } from '../../../src/core/validate';
import { issueMessage } from '../../../src/i18n';
import { testPlan } from '../../support/plans';
import { cleanSubmission, fillIndicator } from '../../support/snapshots';

describe('reports', () => {
  it('count issues by severity and by code', () => {
    const plan = testPlan();
    const snap = cleanSubmission(plan, 'so-tc', '2025-07');
    fillIndicator(snap, 'CT01', { actual: 'abc', yearEstimate: '8,5' });
    const report = validate(snap, plan);
    expect(report.counts.byCode).toMatchObject({ VALUE_NOT_NUMBER: 1, VALUE_NUMERIC_TEXT: 1 });
    expect(report.counts.bySeverity.error).toBe(1);
  });

  it('past the limit per code, the rest are counted in one ISSUES_TRUNCATED issue', () => {
    const many = Array.from({ length: 7 }, (_, i) => issue('ROW_UNKNOWN', { found: `X${i}` }));
    const capped = capIssues(many, 5);
    expect(capped.filter((i) => i.code === 'ROW_UNKNOWN')).toHaveLength(5);
    expect(capped.at(-1)).toMatchObject({
      code: 'ISSUES_TRUNCATED',
      params: { code: 'ROW_UNKNOWN', shown: 5, total: 7, omitted: 2 },
    });
  });

  it.each(ISSUE_CODES)('%s has a message in Vietnamese and English with every placeholder filled', (code) => {
    const sample = issue(code, {
      sheet: 'Chỉ tiêu',
      cell: 'N5',
      subject: 'CT01',
      found: 1.5,
      expected: 2,
      file: 'a.xlsx',
      params: {
        reason: 'r',
        size: 1,
        limit: 2,
        entries: 3,
        inflated: 4,
        ratio: 5,
        part: 'p',
        cells: 6,
        seconds: 7,
        min: 0,
        max: 100,
        days: 2,
        code: 'X',
        shown: 1,
        total: 2,
        omitted: 1,
        count: 3,
        decimal: 4.134,
        thousands: '4134',
        input1: 'K8',
        input2: 'M8',
        savedAt: '2025-07-16 03:00:00',
        reportDate: '17/07/2025',
        winnerDate: '2025-07-17 09:00',
        ownDate: '2025-07-15 08:00',
        actualCell: 'N5',
        previousPeriod: '06/2025',
        receivedSource: 'fileTime',
        agency: 'Sở Y tế',
        fileName: '2025-07_so-y-te.xlsx',
      },
    });
    for (const lang of ['vi', 'en'] as const) {
      const text = issueMessage(sample, lang);
      expect(text.length).toBeGreaterThan(10);
      expect(text).not.toMatch(/\{\w+\}/);
    }
  });

  it('says where a received date came from in words, never as its code', () => {
    const late = issue('SUBMISSION_LATE', {
      found: '18/07/2025',
      expected: 'trước ngày 18/07/2025',
      params: { days: 1, receivedSource: 'receiptLog' },
    });
    expect(issueMessage(late, 'vi')).toBe(
      'Nộp muộn 1 ngày: Sở Tài chính nhận ngày 18/07/2025 (theo sổ theo dõi nhận báo cáo); hạn nộp trước ngày 18/07/2025.',
    );
    expect(issueMessage(late, 'en')).toContain('from the receipt log');
  });

  it('writes numbers the Vietnamese way in Vietnamese (20,6) and the English way in English (20.6)', () => {
    const i = issue('VALUE_NUMERIC_TEXT', { cell: 'N5', subject: 'CT12', found: '20,6', expected: 20.6 });
    expect(issueMessage(i, 'vi')).toContain('đã đọc là 20,6');
    expect(issueMessage(i, 'en')).toContain('read as 20.6');
  });

  it('names a blank found value instead of quoting an empty string', () => {
    const i = issue('TASK_OVERDUE', { cell: 'E9', subject: 'NV7.6', found: '', expected: '31/05/2025' });
    expect(issueMessage(i, 'vi')).toContain('trạng thái là "(trống)"');
    expect(issueMessage(i, 'en')).toContain('status is "(blank)"');
  });
});
