/** Deadlines — docs/verdicts.md, rows D1–D7. */
import { chooseReceived, judgeTimeliness, lastOnTimeDate } from '../../../src/core/verdict';

const before18 = lastOnTimeDate(2025, 7, 18, false) as string;

describe('deadlines', () => {
  it('D1: "trước ngày 18": the 17th is the last day on time', () => {
    expect(before18).toBe('2025-07-17');
    const v = judgeTimeliness({ date: '2025-07-17', source: 'fileTime' }, '2025-07-17', before18);
    expect(v).toMatchObject({ late: false, daysLate: 0, datesDiffer: null });
  });

  it('D2: received on the 18th is one day late', () => {
    expect(judgeTimeliness({ date: '2025-07-18', source: 'fileTime' }, '2025-07-18', before18)).toMatchObject(
      {
        late: true,
        daysLate: 1,
      },
    );
  });

  it('D3: an inclusive due day accepts the day itself', () => {
    const inclusive = lastOnTimeDate(2025, 7, 18, true) as string;
    expect(judgeTimeliness({ date: '2025-07-18', source: 'fileTime' }, null, inclusive).late).toBe(false);
  });

  it('D4: a date given with --received wins over the file time', () => {
    const received = chooseReceived([
      { date: '2025-07-20', source: 'fileTime' },
      { date: '2025-07-16', source: 'option' },
    ]);
    expect(received).toEqual({ date: '2025-07-16', source: 'option' });
    expect(judgeTimeliness(received, '2025-07-16', before18).late).toBe(false);
  });

  it('D5: a receipt log wins over the file time', () => {
    const received = chooseReceived([
      { date: '2025-07-16', source: 'fileTime' },
      { date: '2025-07-19', source: 'receiptLog' },
    ]);
    expect(judgeTimeliness(received, '2025-07-16', before18)).toMatchObject({ late: true, daysLate: 2 });
  });

  it('D6: without a received date, the saved date stands in before the report date', () => {
    const received = chooseReceived([
      null,
      { date: '2025-07-21', source: 'reportDate' },
      { date: '2025-07-16', source: 'savedDate' },
    ]);
    expect(received).toEqual({ date: '2025-07-16', source: 'savedDate' });
    expect(judgeTimeliness(received, '2025-07-21', before18).late).toBe(false);
  });

  it('D7: a report date far from the received date is noted', () => {
    const v = judgeTimeliness({ date: '2025-07-17', source: 'fileTime' }, '2025-07-10', before18);
    expect(v).toMatchObject({ late: false, datesDiffer: 7 });
    expect(
      judgeTimeliness({ date: '2025-07-17', source: 'fileTime' }, '2025-07-15', before18).datesDiffer,
    ).toBeNull();
  });
});
