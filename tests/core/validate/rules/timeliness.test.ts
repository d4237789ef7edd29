/** Validation — timeliness: the report date (else the saved date) against the due date, at day granularity. */
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

  it('a report dated before the data window ends is a likely typo: a warning at its cell, timeliness as given', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    setReportDate(snap, '2025-06-01');
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
    expect(report.timeliness).toEqual({
      date: '2025-06-01',
      source: 'reportDate',
      dueDate: '2025-07-18',
      late: false,
      daysLate: 0,
    });
  });

  it('a report dated on the last day of the data window is not early', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    setReportDate(snap, '2025-07-14');
    expect(validate(snap, plan).issues.map((i) => i.code)).not.toContain('REPORT_DATE_EARLY');
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
