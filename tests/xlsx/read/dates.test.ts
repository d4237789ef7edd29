/**
 * Dates arrive as ISO text (`t="d"`, which ExcelJS read as a year) or as serial numbers in a date format; both become
 * `{ t: 'd', v: ISO }`. Plain numbers stay numbers.
 */
import type { SnapshotCell } from '../../../src/core/snapshot/types';
import { builtinDateKind, formatDateKind } from '../../../src/core/text/numFmt';
import { buildXlsx, styles, worksheet } from '../../support/hostile';
import { snapshotOf } from './expect';

function firstRow(cells: string, stylesXml?: string, workbookPr?: string): (SnapshotCell | null)[] {
  const bytes = buildXlsx({
    sheets: [{ name: 'A', xml: worksheet(`<row r="1">${cells}</row>`) }],
    ...(stylesXml ? { styles: stylesXml } : {}),
    ...(workbookPr ? { workbookPr } : {}),
  });
  return snapshotOf(bytes).sheets[0]?.rows[0] ?? [];
}

describe('t="d" cells', () => {
  it('reads ISO dates as dates, not as a year', () => {
    expect(
      firstRow('<c r="A1" t="d"><v>2025-07-18</v></c><c r="B1" t="d"><v>2025-07-18T00:00:00Z</v></c>'),
    ).toEqual([
      { t: 'd', v: '2025-07-18' },
      { t: 'd', v: '2025-07-18' },
    ]);
  });

  it('keeps a time of day', () => {
    expect(
      firstRow(
        '<c r="A1" t="d"><v>2025-07-18T08:30:00.000</v></c><c r="B1" t="d"><v>2025-07-18T08:30</v></c>',
      ),
    ).toEqual([
      { t: 'd', v: '2025-07-18T08:30:00' },
      { t: 'd', v: '2025-07-18T08:30:00' },
    ]);
  });

  it('keeps text that is no real date as text, for validation to report', () => {
    expect(firstRow('<c r="A1" t="d"><v>2025-02-30</v></c><c r="B1" t="d"><v>18/07/2025</v></c>')).toEqual([
      { t: 's', v: '2025-02-30' },
      { t: 's', v: '18/07/2025' },
    ]);
  });
});

describe('numbers in date formats', () => {
  const xfs = styles([0, 14, 22, 164, 165, 166, 4], {
    164: 'dd/mm/yyyy',
    165: '#,##0 "ngày"',
    166: '[$-42A]h:mm',
  });

  it('reads a serial in a built-in date format as a date', () => {
    expect(firstRow('<c r="A1" s="1"><v>45856</v></c>', xfs)).toEqual([{ t: 'd', v: '2025-07-18' }]);
  });

  it('reads a serial in a date-time format as a date-time', () => {
    expect(firstRow('<c r="A1" s="2"><v>45856.5</v></c>', xfs)).toEqual([
      { t: 'd', v: '2025-07-18T12:00:00' },
    ]);
  });

  it('reads a serial in a custom dd/mm/yyyy format as a date', () => {
    expect(firstRow('<c r="A1" s="3"><v>45856</v></c>', xfs)).toEqual([{ t: 'd', v: '2025-07-18' }]);
  });

  it('keeps numbers in number formats as numbers, even with letters in quotes', () => {
    expect(
      firstRow(
        '<c r="A1" s="0"><v>45856</v></c><c r="B1" s="4"><v>12</v></c><c r="C1" s="6"><v>1234.5</v></c><c r="D1" s="99"><v>3</v></c>',
        xfs,
      ),
    ).toEqual([
      { t: 'n', v: 45856 },
      { t: 'n', v: 12 },
      { t: 'n', v: 1234.5 },
      { t: 'n', v: 3 },
    ]);
  });

  it('marks a number in a date format that is no date as a number in a date format', () => {
    expect(firstRow('<c r="A1" s="1"><v>-5</v></c>', xfs)).toEqual([{ t: 'n', v: -5, date: true }]);
  });

  it('counts from 1904 when the workbook says date1904', () => {
    expect(
      firstRow('<c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>44394</v></c>', xfs, 'date1904="1"'),
    ).toEqual([
      { t: 'd', v: '1904-01-01' },
      { t: 'd', v: '2025-07-18' },
    ]);
  });

  it('reads the formula result of a date formula as a date, keeping the formula', () => {
    expect(firstRow('<c r="A1" s="1"><f>DATE(2025,7,18)</f><v>45856</v></c>', xfs)).toEqual([
      { t: 'd', v: '2025-07-18', f: 'DATE(2025,7,18)' },
    ]);
  });
});

describe('date format codes', () => {
  it.each([
    [14, 'date'],
    [17, 'date'],
    [18, 'datetime'],
    [22, 'datetime'],
    [27, 'date'],
    [36, 'date'],
    [45, 'datetime'],
    [47, 'datetime'],
    [50, 'date'],
    [58, 'date'],
    [0, null],
    [4, null],
    [13, null],
    [23, null],
    [37, null],
    [48, null],
    [49, null],
    [59, null],
  ])('built-in format %i is %s', (id, kind) => {
    expect(builtinDateKind(id)).toBe(kind);
  });

  it.each([
    ['dd/mm/yyyy', 'date'],
    ['d-mmm-yy', 'date'],
    ['[$-42A]dd mmmm yyyy', 'date'],
    ['yyyy-mm-dd hh:mm:ss', 'datetime'],
    ['[h]:mm:ss', 'datetime'],
    ['h:mm AM/PM', 'datetime'],
    ['General', null],
    ['#,##0.00', null],
    ['#,##0 "đồng"', null],
    ['0.0" ha"', null],
    ['[Red]#,##0;[Blue]-#,##0', null],
    ['#,##0_);(#,##0)', null],
    ['0\\ \\d\\a\\y\\s', null],
    ['@', null],
    ['0.00E+00', null],
  ])('custom format %s is %s', (code, kind) => {
    expect(formatDateKind(code)).toBe(kind);
  });
});
