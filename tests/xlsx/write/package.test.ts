/** The zip itself: same spec → same bytes, parts only (no folder entries), content types first. */
import { unzipSync } from 'fflate';
import { writeWorkbook } from '../../../src/xlsx/write';
import { partNames } from '../../support/writeFiles';
import { overviewSheet, sheet, workbook } from '../../support/writeSpec';

/** DOS date/time of each local file header, as (date << 16 | time). */
function entryTimes(bytes: Uint8Array): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const times: number[] = [];
  for (let i = 0; i + 30 <= bytes.length; i++)
    if (view.getUint32(i, true) === 0x04034b50) {
      times.push(((view.getUint16(i + 12, true) << 16) | view.getUint16(i + 10, true)) >>> 0);
      i += 29;
    }
  return times;
}

describe('package', () => {
  it('gives the same bytes for the same spec, written twice', async () => {
    const spec = workbook([
      overviewSheet(),
      sheet('_stamp', [[{ v: 'plan' }]], { visibility: 'veryHidden' }),
    ]);
    const a = await writeWorkbook(spec);
    await new Promise((resolve) => setTimeout(resolve, 1100)); // a different wall-clock second
    const b = await writeWorkbook(spec);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('stamps every entry with the spec’s creation time, not the time of writing', async () => {
    const spec = workbook([sheet('A', [[{ v: 1 }]])]);
    const created = new Date(spec.properties.created);
    const dos =
      (((created.getFullYear() - 1980) << 25) |
        ((created.getMonth() + 1) << 21) |
        (created.getDate() << 16) |
        (created.getHours() << 11) |
        (created.getMinutes() << 5) |
        (created.getSeconds() >> 1)) >>>
      0;
    expect(new Set(entryTimes(await writeWorkbook(spec)))).toEqual(new Set([dos]));
  });

  it('holds parts only, with [Content_Types].xml first', async () => {
    const names = partNames(await writeWorkbook(workbook([overviewSheet()])));
    expect(names[0]).toBe('[Content_Types].xml');
    expect(names.filter((n) => n.endsWith('/'))).toEqual([]);
  });

  it('deflates the parts', async () => {
    const bytes = await writeWorkbook(
      workbook([sheet('A', [Array.from({ length: 20 }, (_, i) => ({ v: `Ô số ${i}` }))])]),
    );
    const inflated = Object.values(unzipSync(bytes)).reduce((n, p) => n + p.length, 0);
    expect(bytes.length).toBeLessThan(inflated / 2);
  });
});
