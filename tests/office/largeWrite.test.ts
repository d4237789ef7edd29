/** Writing a consolidation-sized workbook: requests under 4 MB, at most 3 + 1 sync per 50,000 cells. */
import { MAX_REQUEST_BYTES } from '../../src/office/payload';
import { insertSheets, type WriteResult } from '../../src/office/writeWorkbook';
import { installFakeOffice, type FakeOffice } from '../support/fake-excel';
import { consolidationSpec, valueOf } from './specs';

const ROWS = 40_000;
let fake: FakeOffice;
let result: Extract<WriteResult, { ok: true }>;

beforeAll(async () => {
  fake = installFakeOffice(globalThis, { sheets: ['Sheet1'] });
  const written = await insertSheets(consolidationSpec(ROWS), { replaceExisting: false, protect: false });
  if (!written.ok) throw new Error(JSON.stringify(written));
  result = written;
});
afterAll(() => fake.uninstall());

describe('a consolidation of 40,000 rows × 8 columns', () => {
  it('uses at most 3 + ceil(cells / 50,000) syncs', () => {
    const budget = 3 + Math.ceil(result.cells / 50_000);
    expect(result.cells).toBeGreaterThan(ROWS * 8);
    expect(fake.counters.syncs).toBe(result.syncs);
    expect(fake.counters.syncs).toBeLessThanOrEqual(budget);
  });

  it('needs more than one write request (one would exceed the web’s 5 MB limit)', () => {
    expect(fake.counters.requestBytes.slice(1).length).toBeGreaterThan(1);
    const total = fake.counters.requestBytes.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(5 * 1024 * 1024);
  });

  it('sends no request over 4 MB', () => {
    expect(fake.counters.largestRequestBytes).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
  });

  it('estimates each request at least as large as the host measures it', () => {
    const measured = fake.counters.requestBytes.slice(1);
    expect(result.requestBytes).toHaveLength(measured.length);
    result.requestBytes.forEach((estimate, i) => expect(estimate).toBeGreaterThanOrEqual(measured[i] ?? 0));
  });

  it('writes the last row like the first', () => {
    const sheet = fake.workbook.sheet('Dữ liệu');
    const last = 4 + ROWS;
    expect(valueOf(sheet, 'A5')).toBe('ubnd-xa-000');
    expect(valueOf(sheet, `A${last}`)).toBe(`ubnd-xa-${String((ROWS - 1) % 200).padStart(3, '0')}`);
    expect(valueOf(sheet, `E${last}`)).toBe(-Math.round((ROWS - 1) * 3.7) / 10);
    expect(sheet.cell(`G${last}`).numberFormat).toBe('dd/mm/yyyy');
  });

  it('keeps agency text that looks like a formula as text', () => {
    const sheet = fake.workbook.sheet('Dữ liệu');
    expect(sheet.cell('B5')).toMatchObject({ formula: null, value: '=HYPERLINK("http://x/0")' });
  });

  it('adds the table over the data and the chart on the overview', () => {
    const table = fake.workbook.tables.find((t) => t.name === 'DuLieu');
    expect(table?.range).toEqual({ top: 3, left: 0, bottom: 3 + ROWS, right: 7 });
    const chart = fake.workbook.sheet('Tổng quan').charts[0];
    expect(chart).toMatchObject({
      type: 'BarClustered',
      title: 'Số chỉ tiêu theo đánh giá',
      position: { from: 'D2', to: 'K18' },
      series: [
        {
          name: 'Số chỉ tiêu',
          values: { top: 2, left: 1, bottom: 4, right: 1 },
          xAxis: { top: 2, left: 0, bottom: 4, right: 0 },
        },
      ],
    });
  });

  it('styles the 320,000 data cells with a handful of range writes, not one per cell', () => {
    const sheet = fake.workbook.sheet('Dữ liệu');
    expect(sheet.cell(`H${4 + ROWS}`).borders).toMatchObject({ EdgeBottom: 'Continuous' });
    expect(result.syncs).toBeLessThanOrEqual(6);
  });
});
