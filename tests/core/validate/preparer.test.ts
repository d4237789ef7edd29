/** Validation — who prepared the report: "Người lập biểu" and "Điện thoại" on the instructions sheet. */
import { validate } from '../../../src/core/validate';
import { testPlan } from '../../support/plans';
import { cleanSubmission, setPreparer } from '../../support/snapshots';

const plan = testPlan();

describe('preparer of a submission', () => {
  it('reads the name and phone the agency wrote, trimmed', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    setPreparer(snap, '  Lò Thị Hoa ', '0212 3852 123');
    expect(validate(snap, plan).preparer).toEqual({ name: 'Lò Thị Hoa', phone: '0212 3852 123' });
  });

  it('reads a phone typed as a number as its digits', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    setPreparer(snap, 'Lò Thị Hoa', { t: 'n', v: 912345678 });
    expect(validate(snap, plan).preparer?.phone).toBe('912345678');
  });

  it('is blank when the agency left the cells empty', () => {
    expect(validate(cleanSubmission(plan, 'ubnd-a', '2025-07'), plan).preparer).toEqual({
      name: '',
      phone: '',
    });
  });
});
