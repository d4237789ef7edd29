/**
 * The zip container is checked before anything is inflated (entry count, declared sizes and ratios, overlapping
 * entries), and inflation is counted as it goes, since declared sizes can lie.
 */
import {
  badCrc,
  bookParts,
  rawZip,
  tooManyEntries,
  truncated,
  unsupportedMethod,
  worksheet,
  zipBomb,
  zipBombLying,
  zipOverlap,
  zipParts,
} from '../../support/hostile';
import { rejected, snapshotOf } from './expect';

describe('zip entries', () => {
  it('reads a workbook with many parts up to the limit', () => {
    expect(snapshotOf(tooManyEntries(900)).sheets).toHaveLength(1);
  });

  it('refuses more than 1000 entries, saying how many', () => {
    const found = rejected(tooManyEntries(1001), 'FILE_TOO_MANY_ENTRIES');
    expect(found.params).toEqual({ entries: 1006, limit: 1000 });
  });
});

describe('zip bombs', () => {
  it('refuses ~300 KB whose four entries share one 300 MB stream, from the directory alone', () => {
    const bytes = zipBomb();
    expect(bytes.length).toBeLessThan(400 * 1024);
    const found = rejected(bytes, 'FILE_ZIP_BOMB');
    expect(found.params).toEqual({ inflated: '1201 MB', ratio: expect.any(Number) });
    expect(found.params?.ratio).toBeGreaterThan(900);
  });

  it('stops inflating an entry that declares 10 KB but inflates to 300 MB', () => {
    const found = rejected(zipBombLying(), 'FILE_ZIP_BOMB');
    expect(found.params?.inflated).toMatch(/^> \d+ (KB|MB)$/);
    expect(found.params?.ratio).toBeGreaterThan(200);
  });

  it('refuses entries that share their bytes (the overlapping-entries bomb), even when each is small', () => {
    rejected(zipOverlap(), 'FILE_ZIP_BOMB');
  });

  it('refuses a ratio over 200 for an entry over 1 MB, and accepts the same entry under a looser limit', () => {
    const padded = worksheet('<row r="1"><c r="A1"><v>1</v></c></row>').replace(
      '</worksheet>',
      `<extLst>${' '.repeat(3 << 20)}</extLst></worksheet>`,
    );
    const bytes = zipParts(bookParts({ sheets: [{ name: 'A', xml: padded }] }), 9);
    rejected(bytes, 'FILE_ZIP_BOMB');
    expect(snapshotOf(bytes, { maxRatio: 10_000 }).sheets[0]?.rows[0]).toEqual([{ t: 'n', v: 1 }]);
  });

  it('refuses parts whose sizes together pass the workbook limit as too much data, not as a bomb', () => {
    const bytes = zipParts(
      bookParts({
        sheets: [{ name: 'A', xml: worksheet('') }],
        sharedStrings: `<sst>${' '.repeat(4096)}</sst>`,
      }),
    );
    const found = rejected(bytes, 'FILE_CONTENT_TOO_LARGE', { maxTotalBytes: 4000 });
    expect(found.params).toEqual({ size: expect.stringMatching(/^\d+ KB$/), limit: '4 KB' });
  });
});

describe('damaged zips', () => {
  it('calls a truncated file corrupt', () => {
    const found = rejected(truncated(), 'FILE_CORRUPT');
    expect(found.params?.reason).toMatch(/truncated/);
  });

  it('calls a part whose checksum does not match corrupt', () => {
    expect(rejected(badCrc(), 'FILE_CORRUPT').params?.reason).toMatch(/CRC/);
  });

  it('calls an unsupported compression method corrupt, naming it', () => {
    expect(rejected(unsupportedMethod(), 'FILE_CORRUPT').params?.reason).toMatch(/compression method 12/);
  });

  it('calls deflate data that is not deflate corrupt', () => {
    const data = new Uint8Array([0xff, 0xff, 0xff, 0xff]);
    const bytes = rawZip([{ name: 'xl/workbook.xml', data, method: 8, crc: 0, size: 100 }]);
    rejected(bytes, 'FILE_CORRUPT');
  });

  it('calls two entries with the same name (in any case) corrupt', () => {
    const a = new TextEncoder().encode('<x/>');
    const bytes = rawZip([
      { name: 'xl/workbook.xml', data: a, method: 0, crc: 0, size: a.length },
      { name: 'XL/Workbook.xml', data: a, method: 0, crc: 0, size: a.length },
    ]);
    expect(rejected(bytes, 'FILE_CORRUPT').params?.reason).toMatch(/two zip entries/);
  });
});

describe('a lying entry count', () => {
  it('counts the central directory itself when the end record under-declares the entries', () => {
    const bytes = tooManyEntries(1001);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const end = bytes.length - 22;
    view.setUint16(end + 8, 3, true);
    view.setUint16(end + 10, 3, true);
    expect(rejected(bytes, 'FILE_TOO_MANY_ENTRIES').params).toEqual({ entries: 1001, limit: 1000 });
  });
});
