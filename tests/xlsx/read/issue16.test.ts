/**
 * Regression tests for the defects issue 16 found, each with a file made now: crafted byte by byte (./crafted.ts,
 * ../../support/hostile.ts) or written by a second client (openpyxl). Each says what was wrong and what is read now.
 */
import zlib from 'node:zlib';
import { strToU8 } from 'fflate';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkPlan } from '../../../src/core/plan/check';
import type { Plan } from '../../../src/core/plan/schema';
import { validate } from '../../../src/core/validate';
import { SHEETS } from '../../../src/core/template/model';
import { MAX_CELL_TEXT } from '../../../src/core/text/safeText';
import { readWorkbook } from '../../../src/xlsx/read';
import { nativeInflate } from '../../../src/xlsx/nativeInflate';
import { createReaderPool } from '../../../src/xlsx/readerPool';
import { writeWorkbook } from '../../../src/xlsx/write';
import { editWithOpenpyxl } from '../../support/agencyEdits';
import { python, tempDir } from '../../support/external';
import { bookParts, buildXlsx, rawZip, worksheet, type RawEntry } from '../../support/hostile';
import { templateSpec } from '../../support/snapshots';
import {
  dxfNumberFormat,
  extensionWorkbookPr,
  foreignCellInRow,
  leapYearBug,
  markupCompatibility,
  overlongText,
  strictWorkbook,
} from './crafted';
import { rejected, snapshotOf } from './expect';

/** The built-in Sơn La 2025 plan. */
function loadPlan(): Plan {
  const file = path.join(__dirname, '..', '..', '..', 'seeds', 'sonla-2025', 'plan.json');
  const checked = checkPlan(JSON.parse(readFileSync(file, 'utf8')));
  if (!checked.ok) throw new Error('seed plan rejected');
  return checked.plan;
}

const rows = (bytes: Uint8Array, sheet = 0) => snapshotOf(bytes).sheets[sheet]?.rows ?? [];

describe('namespaces: elements are SpreadsheetML by namespace, not by local name', () => {
  it('keeps a 1904 workbook in 1904 when Excel adds <x15:workbookPr> in an extension', () => {
    expect(rows(extensionWorkbookPr())).toEqual([[{ t: 'd', v: '2025-07-18' }]]);
  });

  it('never lets an element of another namespace in a row replace a cell, its value or its type', () => {
    expect(rows(foreignCellInRow())).toEqual([
      [
        { t: 'n', v: 1 },
        { t: 'n', v: 3 },
        { t: 'n', v: 4 },
      ],
    ]);
  });

  it('reads mc:AlternateContent as ECMA-376 Part 3 says, drops ignorable content, reads through ProcessContent', () => {
    expect(rows(markupCompatibility())).toEqual([
      [{ t: 'n', v: 1 }],
      [{ t: 'n', v: 2 }],
      [{ t: 'n', v: 3 }],
      [{ t: 'n', v: 4 }],
    ]);
  });

  it('reads a Strict OOXML workbook as its transitional twin', () => {
    expect(rows(strictWorkbook())).toEqual([
      [
        { t: 'n', v: 7 },
        { t: 'd', v: '2025-07-18' },
      ],
    ]);
  });

  it('calls a part that requires an extension it does not know (mc:MustUnderstand) corrupt, naming it', () => {
    const xml = worksheet('<row r="1"><c r="A1"><v>1</v></c></row>').replace(
      '<worksheet ',
      '<worksheet xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:z="urn:example:z" mc:MustUnderstand="z" ',
    );
    expect(rejected(buildXlsx({ sheets: [{ name: 'A', xml }] }), 'FILE_CORRUPT').params?.reason).toMatch(
      /MustUnderstand names urn:example:z/,
    );
  });
});

describe('number formats: a cell has its own, a conditional format has its own', () => {
  it('reads a date as a date though a conditional format redefines its format id as a percentage', () => {
    expect(rows(dxfNumberFormat())).toEqual([
      [
        { t: 'd', v: '2025-07-18' },
        { t: 'n', v: 0.5 },
      ],
    ]);
  });
});

describe('dates before 1 March 1900: Excel counts a 29 February 1900 that never was', () => {
  it('reads serials 1–59 as the days Excel shows, 61 on as before, 0 and 60 as numbers in a date format', () => {
    expect(rows(leapYearBug()).map((r) => r[0])).toEqual([
      { t: 'n', v: 0, date: true },
      { t: 'd', v: '1900-01-01' },
      { t: 'd', v: '1900-02-28' },
      { t: 'n', v: 60, date: true },
      { t: 'd', v: '1900-03-01' },
      { t: 'd', v: '1900-03-02' },
      { t: 'n', v: 60.5, date: true },
    ]);
  });
});

/** A workbook whose one sheet entry declares `declared` bytes (its real size plus `off`). */
function sheetDeclaring(
  off: number,
  sheetXml = worksheet('<row r="1"><c r="A1"><v>1</v></c></row>'),
): Uint8Array {
  const parts = bookParts({ sheets: [{ name: 'A', xml: sheetXml }] });
  const entries: RawEntry[] = Object.entries(parts).map(([name, content]) => {
    const data = typeof content === 'string' ? strToU8(content) : content;
    const deflated = zlib.deflateRawSync(data);
    return {
      name,
      data: deflated,
      method: 8,
      crc: zlib.crc32(data),
      size: data.length + (name.includes('worksheets') ? off : 0),
    };
  });
  return rawZip(entries);
}

describe('honest limits: the reason says what was wrong', () => {
  it.each([2, -2])(
    'calls a part whose declared size is off by %i bytes damaged, naming both sizes — not a zip bomb',
    (off) => {
      const found = rejected(sheetDeclaring(off), 'FILE_CORRUPT');
      expect(found.params?.reason).toMatch(
        /xl\/worksheets\/sheet1\.xml: declared size mismatch \(the zip declares \d+ bytes, the data unpacks to \d+\)/,
      );
    },
  );

  it('says the same with the native inflater and for a part large enough to be inflated in slices', () => {
    let big = '';
    for (let r = 1; r <= 20000; r++)
      big += `<row r="${r}"><c r="A${r}"><v>${(r * 7919) % 100003}</v></c></row>`;
    const bytes = sheetDeclaring(2, worksheet(big));
    for (const native of [undefined, nativeInflate]) {
      const result = readWorkbook(bytes, 'x.xlsx', {}, native);
      expect(result).toMatchObject({
        ok: false,
        issue: { code: 'FILE_CORRUPT', params: { reason: expect.stringMatching(/declared size mismatch/) } },
      });
    }
  });
});

/** A sheet of `rows` long Vietnamese texts (a genuine large workbook: it compresses about 10:1, like real XML). */
function largeSheet(rows: number): { bytes: Uint8Array; size: number } {
  const parts: string[] = [];
  for (let r = 1; r <= rows; r++)
    parts.push(
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${`Giải trình số ${r} `.repeat(26)}</t></is></c></row>`,
    );
  const xml = worksheet(parts.join(''));
  return { bytes: buildXlsx({ sheets: [{ name: 'Lớn', xml }] }, 1), size: Buffer.byteLength(xml) };
}

describe('honest limits: a genuine large workbook', () => {
  it('refuses one whose sheet unpacks to 55 MB as too much data, not as a bomb', () => {
    const { bytes, size } = largeSheet(82_000);
    expect(size).toBeGreaterThan(55 << 20);
    const found = rejected(bytes, 'FILE_CONTENT_TOO_LARGE');
    expect(found.params).toEqual({ size: `${Math.ceil(size / 2 ** 20)} MB`, limit: '50 MB' });
  });

  it('reads one just under the limit (47 MB of sheet) in a worker, within its heap cap', async () => {
    const { bytes, size } = largeSheet(70_000);
    expect(size).toBeGreaterThan(45 << 20);
    const pool = createReaderPool({ size: 1 });
    try {
      const result = await pool.read(bytes, 'lon.xlsx');
      expect(result.ok && result.snapshot.sheets[0]?.rows.length).toBe(70_000);
    } finally {
      await pool.close();
    }
  });
});

/** Copies a zip (argv 1 → 2), replacing text (argv 3 → 4) where openpyxl wrote it, with Python's zipfile. */
const LENGTHEN = `
import sys, zipfile
src, dest, old, new = sys.argv[1:5]
found = 0
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, 'w', zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        found += data.count(old.encode())
        zout.writestr(item, data.replace(old.encode(), new.encode()))
assert found == 1, found
`;

describe('text over what an Excel cell holds', () => {
  it('reads all 40,000 characters another writer stored in a cell, cutting nothing', () => {
    const cell = rows(overlongText())[0]?.[0];
    expect(cell).toMatchObject({ t: 's' });
    expect(cell?.t === 's' && cell.v.length).toBe(40_000);
  });

  it('reports a 40,000-character explanation at its cell (a template filled by openpyxl, the text then lengthened)', async () => {
    const plan = loadPlan();
    const dir = tempDir('chitieu-long-');
    const template = path.join(dir, 'mau.xlsx');
    writeFileSync(template, await writeWorkbook(templateSpec(plan, 'so-xay-dung', '2025-07')));
    const filled = path.join(dir, 'nop.xlsx');
    const marker = 'LONG-NOTE-MARKER';
    editWithOpenpyxl(template, filled, [
      { op: 'setText', sheet: SHEETS.indicators, id: 'CT12', header: 'Ghi chú, giải trình', value: marker },
    ]);
    // openpyxl cuts text at 32,767 characters as Excel would; another writer need not, so lengthen it in the file.
    const long = path.join(dir, 'nop-dai.xlsx');
    python(LENGTHEN, [
      filled,
      long,
      marker,
      `${'Đã giải ngân theo tiến độ; '.repeat(1500).slice(0, 39_999)}.`,
    ]);
    const read = readWorkbook(new Uint8Array(readFileSync(long)), 'nop-dai.xlsx');
    if (!read.ok) throw new Error(JSON.stringify(read.issue));
    const rep = validate(read.snapshot, plan);
    const found = rep.issues.filter((i) => i.code === 'VALUE_TEXT_TOO_LONG');
    expect(found).toEqual([
      expect.objectContaining({
        severity: 'warning',
        sheet: SHEETS.indicators,
        cell: expect.stringMatching(/^[A-Z]+\d+$/),
        subject: 'CT12',
        found: 40_000,
        params: { limit: MAX_CELL_TEXT },
      }),
    ]);
  });
});
