/** Validation — timeliness: the report date (else the saved date) against the due date, at day granularity. */
import { validate } from '../../../src/core/validate';
import { localDay } from '../../../src/core/validate/timeliness';
import { testPlan } from '../../support/plans';
import { cleanSubmission, setReportDate } from '../../support/snapshots';

const plan = testPlan();

describe('timeliness', () => {
  it('a report dated on the due day is on time', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    setReportDate(snap, '2025-07-18');
    expect(validate(snap, plan).timeliness).toEqual({
      date: '2025-07-18',
      source: 'reportDate',
      dueDate: '2025-07-18',
      late: false,
      daysLate: 0,
    });
  });

  it('a report dated after the due day is late, by so many days', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    setReportDate(snap, '2025-07-21');
    const report = validate(snap, plan);
    expect(report.timeliness).toMatchObject({ late: true, daysLate: 3 });
    expect(report.issues).toContainEqual(
      expect.objectContaining({
        code: 'SUBMISSION_LATE',
        found: '21/07/2025',
        expected: '18/07/2025',
        params: { days: 3 },
      }),
    );
  });

  it('a date typed as text "20/7/2025" is read day-first', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    setReportDate(snap, { t: 's', v: '20/7/2025' });
    expect(validate(snap, plan).timeliness).toMatchObject({ date: '2025-07-20', late: true, daysLate: 2 });
  });

  it('without a report date the saved date is used, and that is noted', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    setReportDate(snap, { t: 's', v: '' });
    snap.properties.modified = '2025-07-19T02:00:00Z';
    const report = validate(snap, plan);
    expect(report.timeliness).toMatchObject({
      date: '2025-07-19',
      source: 'savedDate',
      late: true,
      daysLate: 1,
    });
    expect(report.issues).toContainEqual(
      expect.objectContaining({ code: 'REPORT_DATE_MISSING', found: '19/07/2025' }),
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

  it('with neither date the submission date is unknown (a warning, not a guess)', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    setReportDate(snap, { t: 's', v: '' });
    const report = validate(snap, plan);
    expect(report.issues).toContainEqual(expect.objectContaining({ code: 'SUBMISSION_DATE_UNKNOWN' }));
    expect(report.timeliness).toMatchObject({ date: null, late: false });
  });

  it('saved times are UTC; the due day is a Vietnamese day (18:00 UTC on the 18th is already the 19th)', () => {
    expect(localDay('2025-07-18T18:00:00Z')).toBe('2025-07-19');
    expect(localDay('2025-07-18T16:59:59Z')).toBe('2025-07-18');
  });
});
