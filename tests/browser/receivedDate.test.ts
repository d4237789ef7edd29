/**
 * The received date in Tổng hợp's file list (docs/verdicts.md, "Deadlines"): what the list says about it, which
 * dates the officer may type, and that setting one judges the file again — late turned on time and back.
 */
import type { SubmissionInput } from '../../src/core/consolidate/types';
import { validate } from '../../src/core/validate';
import {
  lateUnconfirmed,
  parseReceived,
  receivedChangedSentence,
  receivedLine,
  receivedProblemText,
  receivedView,
  reportDateLine,
} from '../../src/taskpane/components/receivedDate';
import { revalidateChosen } from '../../src/taskpane/services/consolidation';
import { planContext } from '../../src/app/plan';
import { cleanSubmission, setReportDate } from '../support/snapshots';
import { seedPlan } from './support/seed';

const { plan } = seedPlan();
const ctx = planContext(plan, { kind: 'builtIn' });
const PERIOD = '2025-07';
const snapshot = cleanSubmission(plan, 'so-y-te', PERIOD);
setReportDate(snapshot, '2025-07-16');
/** A file whose own date (File.lastModified) is 20/07/2025 in Vietnam: three days after the last day on time. */
const file = { name: '2025-07_so-y-te.xlsx', size: 1, lastModified: Date.parse('2025-07-20T09:00:00+07:00') };
const provenance = { fileName: file.name, sha256: 'a1', size: 1 };
const asRead: SubmissionInput = {
  provenance,
  report: validate(snapshot, plan, { received: { date: '2025-07-20', source: 'fileTime' } }),
};
const bounds = { earliest: '2025-06-15', today: '2025-08-01' };

describe('the received date a file is judged on', () => {
  it('a report read on its file date: the date, where it came from, the verdict, and the report date beside it', () => {
    const view = receivedView(asRead);
    expect(view).toEqual({
      date: '2025-07-20',
      source: 'fileTime',
      reportDate: '2025-07-16',
      late: true,
      daysLate: 3,
      period: PERIOD,
    });
    if (!view) throw new Error('no view');
    expect(receivedLine(view, 'vi')).toBe(
      'Ngày nhận: 20/07/2025 (theo ngày của tệp trên máy này, chưa xác nhận) · muộn 3 ngày',
    );
    expect(receivedLine(view, 'en')).toBe(
      'Received: 20/07/2025 (the file’s date on this computer, not confirmed) · 3 days late',
    );
    expect(reportDateLine(view, 'vi')).toBe('Ngày báo cáo của cơ quan: 16/07/2025');
    expect(lateUnconfirmed(view)).toBe(true);
  });

  it('a file that is no template, or could not be read, has no received date to show', () => {
    const unread: SubmissionInput = { provenance, readFailure: { code: 'FILE_CORRUPT', severity: 'error' } };
    expect(receivedView(unread)).toBeNull();
    const noStamp: SubmissionInput = {
      provenance,
      report: validate({ properties: {}, sheets: [] }, plan),
    };
    expect(receivedView(noStamp)).toBeNull();
  });

  it('confirming 16/07 judges the file again, on time; going back to the file date makes it late again', () => {
    const onTime = revalidateChosen(ctx, file, { input: asRead, snapshot }, '2025-07-16');
    const view = receivedView(onTime);
    expect(view).toMatchObject({ date: '2025-07-16', source: 'confirmed', late: false, daysLate: 0 });
    expect('report' in onTime && onTime.report.issues.map((i) => i.code)).not.toContain('SUBMISSION_LATE');
    expect(onTime.provenance).toEqual(asRead.provenance);
    expect(lateUnconfirmed(view)).toBe(false);
    if (!view) throw new Error('no view');
    expect(receivedChangedSentence(file.name, view, 'vi')).toBe(
      'Tệp 2025-07_so-y-te.xlsx — Ngày nhận: 16/07/2025 (đã xác nhận) · đúng hạn. Kết quả tổng hợp được tính lại theo ngày này.',
    );

    const back = revalidateChosen(ctx, file, { input: onTime, snapshot }, null);
    expect(receivedView(back)).toMatchObject({
      date: '2025-07-20',
      source: 'fileTime',
      late: true,
      daysLate: 3,
    });
    expect('report' in back && back.report.issues.map((i) => i.code)).toContain('SUBMISSION_LATE');
  });

  it('a confirmed late date stays late, and no longer needs a look', () => {
    const late = receivedView(revalidateChosen(ctx, file, { input: asRead, snapshot }, '2025-07-19'));
    expect(late).toMatchObject({ source: 'confirmed', late: true, daysLate: 2 });
    expect(lateUnconfirmed(late)).toBe(false);
  });
});

describe('the date the officer types', () => {
  it.each([
    ['16/07/2025', '2025-07-16'],
    ['16/7/2025', '2025-07-16'],
    [' 16-07-2025 ', '2025-07-16'],
    ['16.07.2025', '2025-07-16'],
    ['2025-07-16', '2025-07-16'],
    ['15/06/2025', '2025-06-15'],
    ['01/08/2025', '2025-08-01'],
  ])('"%s" is %s', (typed, iso) => {
    expect(parseReceived(typed, bounds)).toEqual({ ok: true, date: iso });
  });

  it.each([
    ['', 'empty', 'Hãy nhập ngày nhận, ví dụ 01/08/2025.'],
    ['   ', 'empty', 'Hãy nhập ngày nhận, ví dụ 01/08/2025.'],
    ['31/06/2025', 'notDate', 'Ngày không hợp lệ. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 01/08/2025.'],
    ['16/07', 'notDate', 'Ngày không hợp lệ. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 01/08/2025.'],
    ['hôm qua', 'notDate', 'Ngày không hợp lệ. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 01/08/2025.'],
    ['14/06/2025', 'tooEarly', 'Ngày nhận không thể trước ngày 15/06/2025 (ngày đầu của kỳ số liệu).'],
    ['02/08/2025', 'future', 'Ngày nhận không thể sau hôm nay (01/08/2025).'],
  ])('"%s" is refused (%s) with a Vietnamese message', (typed, kind, message) => {
    const read = parseReceived(typed, bounds);
    expect(read).toMatchObject({ ok: false, problem: { kind } });
    if (read.ok) throw new Error('accepted');
    expect(receivedProblemText(read.problem, 'vi', '01/08/2025')).toBe(message);
    expect(receivedProblemText(read.problem, 'en', '01/08/2025')).not.toBe(message);
  });
});
