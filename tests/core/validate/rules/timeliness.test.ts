/**
 * Validation — timeliness: the date Sở Tài chính received the file (else the saved date, then the report date)
 * against the last day on time — docs/verdicts.md, rows D1–D7 — and the agency's report date read beside it.
 */
import { validate } from '../../../../src/core/validate';
import { localDay } from '../../../../src/core/validate/timeliness';
import { testPlan } from '../../../support/plans';
import { cellAddress } from '../../../../src/core/sheet/a1';
import type { WorkbookSnapshot } from '../../../../src/core/snapshot/types';
import { SHEETS } from '../../../../src/core/template/model';
import { cleanSubmission, setReportDate, sheet } from '../../../support/snapshots';

const plan = testPlan();
/** Where the template puts the report date (next to its label on the instructions sheet). */
const reportDateCell = (snap: WorkbookSnapshot) =>
  cellAddress(
    sheet(snap, SHEETS.instructions).rows.findIndex((r) => r[0]?.t === 's' && r[0].v === 'Ngày báo cáo'),
    1,
  );
const july = (reportDate: string) => {
  const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
  setReportDate(snap, reportDate);
  return snap;
};

describe('timeliness', () => {
  it('D1: "trước ngày 18": a file received on the 17th is on time', () => {
    const report = validate(july('2025-07-17'), plan, {
      received: { date: '2025-07-17', source: 'fileTime' },
    });
    expect(report.timeliness).toEqual({
      date: '2025-07-17',
      source: 'fileTime',
      reportDate: '2025-07-17',
      dueDate: '2025-07-17',
      late: false,
      daysLate: 0,
    });
  });

  it('D2: received on the 18th is one day late, saying where the date came from', () => {
    const report = validate(july('2025-07-18'), plan, {
      received: { date: '2025-07-18', source: 'fileTime' },
    });
    expect(report.timeliness).toMatchObject({ late: true, daysLate: 1 });
    expect(report.issues).toContainEqual(
      expect.objectContaining({
        code: 'SUBMISSION_LATE',
        found: '18/07/2025',
        expected: 'trước ngày 18/07/2025',
        params: { days: 1, receivedSource: 'fileTime' },
      }),
    );
  });

  it('D3: a plan whose due day is inclusive accepts the day itself', () => {
    const inclusive = testPlan();
    inclusive.reporting.dueInclusive = true;
    const report = validate(july('2025-07-18'), inclusive, {
      received: { date: '2025-07-18', source: 'fileTime' },
    });
    expect(report.timeliness).toMatchObject({ dueDate: '2025-07-18', late: false });
  });

  it('D4: the received date given by the shell is what lateness is judged on, not the report date', () => {
    const report = validate(july('2025-07-21'), plan, { received: { date: '2025-07-16', source: 'option' } });
    expect(report.timeliness).toMatchObject({
      date: '2025-07-16',
      source: 'option',
      reportDate: '2025-07-21',
      late: false,
    });
  });

  it('D6: without a received date the saved date stands in, before the report date', () => {
    const snap = july('2025-07-21');
    snap.properties.modified = '2025-07-16T02:00:00Z';
    expect(validate(snap, plan).timeliness).toMatchObject({
      date: '2025-07-16',
      source: 'savedDate',
      late: false,
    });
  });

  it('D7: a report date far from the received date is a note', () => {
    const report = validate(july('2025-07-10'), plan, {
      received: { date: '2025-07-17', source: 'fileTime' },
    });
    expect(report.issues).toContainEqual(
      expect.objectContaining({
        code: 'REPORT_DATE_FAR_FROM_RECEIVED',
        severity: 'info',
        cell: reportDateCell(july('2025-07-10')),
        found: '10/07/2025',
        expected: '17/07/2025',
        params: { days: 7 },
      }),
    );
    const near = validate(july('2025-07-15'), plan, { received: { date: '2025-07-17', source: 'fileTime' } });
    expect(near.issues.map((i) => i.code)).not.toContain('REPORT_DATE_FAR_FROM_RECEIVED');
  });

  it('with only the report date, it is judged on it (late at its cell)', () => {
    const snap = july('2025-07-21');
    const report = validate(snap, plan);
    expect(report.timeliness).toMatchObject({ source: 'reportDate', late: true, daysLate: 4 });
    expect(report.issues).toContainEqual(
      expect.objectContaining({
        code: 'SUBMISSION_LATE',
        cell: reportDateCell(snap),
        params: { days: 4, receivedSource: 'reportDate' },
      }),
    );
  });

  it('a report dated before the data window ends is a likely typo: a warning at its cell', () => {
    const snap = july('2025-06-01');
    const report = validate(snap, plan);
    expect(report.issues.filter((i) => i.code === 'REPORT_DATE_EARLY')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        sheet: SHEETS.instructions,
        cell: reportDateCell(snap),
        found: '01/06/2025',
        expected: '14/07/2025',
      }),
    ]);
    expect(report.timeliness).toMatchObject({ date: '2025-06-01', late: false });
  });

  it('a report dated on the last day of the data window is not early', () => {
    expect(validate(july('2025-07-14'), plan).issues.map((i) => i.code)).not.toContain('REPORT_DATE_EARLY');
  });

  it('a date typed as text "20/7/2025" is read day-first', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    setReportDate(snap, { t: 's', v: '20/7/2025' });
    expect(validate(snap, plan).timeliness).toMatchObject({
      reportDate: '2025-07-20',
      late: true,
      daysLate: 3,
    });
  });

  it('a missing report date is noted at its cell', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    setReportDate(snap, { t: 's', v: '' });
    snap.properties.modified = '2025-07-19T02:00:00Z';
    const report = validate(snap, plan);
    expect(report.timeliness).toMatchObject({
      date: '2025-07-19',
      source: 'savedDate',
      late: true,
      daysLate: 2,
    });
    expect(report.issues).toContainEqual(
      expect.objectContaining({ code: 'REPORT_DATE_MISSING', cell: reportDateCell(snap) }),
    );
  });

  it('an unreadable report date is a warning and the saved date is used', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    setReportDate(snap, { t: 's', v: '31/02/2025' });
    snap.properties.modified = '2025-07-10T02:00:00Z';
    const report = validate(snap, plan);
    expect(report.issues).toContainEqual(
      expect.objectContaining({ code: 'REPORT_DATE_INVALID', found: '31/02/2025' }),
    );
    expect(report.timeliness).toMatchObject({ source: 'savedDate', late: false });
  });

  it('with no date at all the submission date is unknown (a warning, not a guess)', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    setReportDate(snap, { t: 's', v: '' });
    const report = validate(snap, plan);
    expect(report.issues).toContainEqual(expect.objectContaining({ code: 'SUBMISSION_DATE_UNKNOWN' }));
    expect(report.timeliness).toMatchObject({ date: null, late: false });
  });

  it('saved times are UTC; the due day is a Vietnamese day (18:00 UTC on the 17th is already the 18th)', () => {
    expect(localDay('2025-07-17T18:00:00Z')).toBe('2025-07-18');
    expect(localDay('2025-07-17T16:59:59Z')).toBe('2025-07-17');
  });
});
