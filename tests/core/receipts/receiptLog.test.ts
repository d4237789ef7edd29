/** The receipt log and --received values: what Sở Tài chính writes down when a report arrives. */
import { parseReceiptLog, parseReceivedOption } from '../../../src/core/receipts/receiptLog';

describe('receipt log', () => {
  it('reads a semicolon CSV with a BOM and day-first dates, as Vietnamese Excel saves it', () => {
    const log = parseReceiptLog(
      '\uFEFFTệp;Ngày nhận\r\n2025-07_so-y-te.xlsx;16/07/2025\r\n"Bao cao; sua lai.xlsx";19/7/2025\r\n',
    );
    expect([...log.received]).toEqual([
      ['2025-07_so-y-te.xlsx', '2025-07-16'],
      ['Bao cao; sua lai.xlsx', '2025-07-19'],
    ]);
    expect(log.problems).toEqual([]);
  });

  it('reads comma CSV with English headers', () => {
    expect([...parseReceiptLog('file,received\na.xlsx,2025-07-17\n').received]).toEqual([
      ['a.xlsx', '2025-07-17'],
    ]);
  });

  it('names the line of a date it cannot read, and keeps the other lines', () => {
    const log = parseReceiptLog('Tệp,Ngày nhận\na.xlsx,31/02/2025\nb.xlsx,17/07/2025\n');
    expect(log.problems).toEqual([{ line: 2, kind: 'badDate', found: '31/02/2025' }]);
    expect(log.received.get('b.xlsx')).toBe('2025-07-17');
  });

  it('says when the header names no file or date column', () => {
    expect(parseReceiptLog('a;b\nx;y\n').problems).toEqual([{ line: 1, kind: 'noHeader', found: 'a;b' }]);
  });

  it('flags one file logged twice with different dates, keeping the first', () => {
    const log = parseReceiptLog('Tệp,Ngày nhận\na.xlsx,16/07/2025\na.xlsx,18/07/2025\n');
    expect(log.received.get('a.xlsx')).toBe('2025-07-16');
    expect(log.problems).toEqual([{ line: 3, kind: 'duplicate', found: 'a.xlsx' }]);
  });
});

describe('--received', () => {
  it('takes a date for every file, or file=date for one', () => {
    expect(parseReceivedOption('16/07/2025')).toEqual({ file: null, date: '2025-07-16' });
    expect(parseReceivedOption('so-y-te.xlsx=2025-07-16')).toEqual({
      file: 'so-y-te.xlsx',
      date: '2025-07-16',
    });
  });

  it('refuses a date that does not exist or a missing file name', () => {
    expect(parseReceivedOption('30/02/2025')).toBeNull();
    expect(parseReceivedOption('=16/07/2025')).toBeNull();
  });
});
