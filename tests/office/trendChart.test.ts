/**
 * The trends chart through Office.js (the pane writes the consolidation into the open workbook): columns, each point
 * filled with its verdict's colour, the value axis from zero — ExcelApi 1.1 calls the strict fake host checks.
 */
import type { ChartSpec } from '../../src/core/sheet/spec';
import { insertSheets } from '../../src/office/writeWorkbook';
import { installFakeOffice, type FakeOffice } from '../support/fake-excel';
import { overviewSheet, workbook } from '../support/writeSpec';

let fake: FakeOffice;
afterEach(() => fake.uninstall());

async function write(chart: Partial<ChartSpec>) {
  fake = installFakeOffice(globalThis, { sheets: ['Sheet1'] });
  const base = overviewSheet().charts[0] as ChartSpec;
  const written = await insertSheets(workbook([overviewSheet({ charts: [{ ...base, ...chart }] })]), {
    replaceExisting: false,
    protect: false,
  });
  if (!written.ok) throw new Error(JSON.stringify(written));
  return fake.workbook.sheet('Tổng quan').charts[0];
}

describe('a trends chart in the open workbook', () => {
  it('is a column chart, its points filled with their verdicts’ colours, its value axis from zero', async () => {
    const chart = await write({ kind: 'column', pointColors: ['2E7D32', null, 'C62828'], valueAxisMin: 0 });
    expect(chart?.type).toBe('ColumnClustered');
    expect(chart?.valueAxisMin).toBe(0);
    expect(chart?.series[0]?.pointFills).toEqual({ 0: '#2E7D32', 2: '#C62828' });
  });

  it('leaves the axis and the points to the host when the spec does not set them', async () => {
    const chart = await write({});
    expect(chart?.type).toBe('BarClustered');
    expect(chart?.valueAxisMin).toBeNull();
    expect(chart?.series[0]?.pointFills).toEqual({});
  });
});
