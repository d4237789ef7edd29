/**
 * Files from writers other than ours: openpyxl (Debian's, run with /usr/bin/python3 — the python3 on PATH may be
 * another install), the same file resaved by LibreOffice headless, and ExcelJS. So the reader is never only tested
 * against files we built ourselves.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { SheetSnapshot, WorkbookSnapshot } from '../../../src/core/snapshot/types';
import { snapshotOf } from './expect';

const OPENPYXL_SCRIPT = `
import sys, datetime, openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws.title = 'Chỉ tiêu'
ws['A1'] = 'Sở Xây dựng'
ws['B1'] = 12.5
ws['C1'] = -3
ws['D1'] = '=B1*2'
ws['E1'] = datetime.date(2025, 7, 18)
ws['F1'] = True
ws['G1'] = '#DIV/0!'
ws['A2'] = 'Đạt'
ws['A3'] = 'Gộp'
ws.merge_cells('A3:C3')
hidden = wb.create_sheet('Ẩn')
hidden.sheet_state = 'hidden'
hidden['A1'] = 'ẩn'
stamp = wb.create_sheet('_stamp')
stamp.sheet_state = 'veryHidden'
stamp['A1'] = 'plan-2025'
wb.save(sys.argv[1])
iso = openpyxl.Workbook(iso_dates=True)
iso.active['A1'] = datetime.datetime(2025, 7, 18)
iso.active['A2'] = datetime.datetime(2025, 7, 18, 8, 30)
iso.save(sys.argv[2])
`;

let dir: string;
let openpyxlFile: string;
let isoFile: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'chitieu-read-'));
  openpyxlFile = path.join(dir, 'openpyxl.xlsx');
  isoFile = path.join(dir, 'iso.xlsx');
  execFileSync('/usr/bin/python3', ['-c', OPENPYXL_SCRIPT, openpyxlFile, isoFile]);
  // openpyxl cannot store a value under a merge; some writers do, so put one there by hand (B3, inside A3:C3).
  const parts = unzipSync(readFileSync(openpyxlFile));
  const sheet = strFromU8(parts['xl/worksheets/sheet1.xml'] as Uint8Array);
  const patched = sheet.replace(/(<c r="A3"[^>]*>.*?<\/c>)/, '$1<c r="B3" t="n"><v>99</v></c>');
  expect(patched).not.toBe(sheet);
  parts['xl/worksheets/sheet1.xml'] = strToU8(patched);
  writeFileSync(openpyxlFile, zipSync(parts));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function sheet(snapshot: WorkbookSnapshot, name: string): SheetSnapshot {
  const found = snapshot.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** Resaves a file through LibreOffice headless (its own profile, so parallel runs do not clash). */
function libreOfficeResave(file: string): string {
  const out = path.join(dir, 'lo');
  const profile = `file:///tmp/lo-${process.pid}-${Date.now()}`;
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'xlsx', '--outdir', out, file],
    { stdio: 'ignore' },
  );
  rmSync(profile.replace('file://', ''), { recursive: true, force: true });
  return path.join(out, path.basename(file));
}

describe('openpyxl', () => {
  it('reads numbers, Vietnamese text, a date, a boolean and an error', () => {
    const rows = sheet(snapshotOf(readFileSync(openpyxlFile)), 'Chỉ tiêu').rows;
    expect(rows[0]).toEqual([
      { t: 's', v: 'Sở Xây dựng' },
      { t: 'n', v: 12.5 },
      { t: 'n', v: -3 },
      { t: 'z', f: 'B1*2' },
      { t: 'd', v: '2025-07-18' },
      { t: 'b', v: true },
      { t: 'e', v: '#DIV/0!' },
    ]);
    expect(rows[1]).toEqual([{ t: 's', v: 'Đạt' }]);
  });

  it('never invents a result for a formula openpyxl saved without one', () => {
    expect(sheet(snapshotOf(readFileSync(openpyxlFile)), 'Chỉ tiêu').rows[0]?.[3]).toEqual({
      t: 'z',
      f: 'B1*2',
    });
  });

  it('clears the value stored under a merge', () => {
    const s = sheet(snapshotOf(readFileSync(openpyxlFile)), 'Chỉ tiêu');
    expect(s.merges).toEqual(['A3:C3']);
    expect(s.rows[2]).toEqual([{ t: 's', v: 'Gộp' }]);
  });

  it('reads hidden and very hidden sheets', () => {
    expect(snapshotOf(readFileSync(openpyxlFile)).sheets.map((s) => [s.name, s.state])).toEqual([
      ['Chỉ tiêu', 'visible'],
      ['Ẩn', 'hidden'],
      ['_stamp', 'veryHidden'],
    ]);
  });

  it('reads t="d" ISO date cells (openpyxl iso_dates) as dates', () => {
    expect(snapshotOf(readFileSync(isoFile)).sheets[0]?.rows).toEqual([
      [{ t: 'd', v: '2025-07-18' }],
      [{ t: 'd', v: '2025-07-18T08:30:00' }],
    ]);
  });
});

describe('LibreOffice resave of the openpyxl file', () => {
  let resaved: WorkbookSnapshot;
  beforeAll(() => {
    resaved = snapshotOf(readFileSync(libreOfficeResave(openpyxlFile)));
  });

  it('reads the formula results LibreOffice computed, and the text intact', () => {
    expect(sheet(resaved, 'Chỉ tiêu').rows[0]).toEqual([
      { t: 's', v: 'Sở Xây dựng' },
      { t: 'n', v: 12.5 },
      { t: 'n', v: -3 },
      { t: 'n', v: 25, f: 'B1*2' },
      { t: 'd', v: '2025-07-18' },
      expect.objectContaining({ t: 'b', v: true }),
      expect.objectContaining({ t: 'e', v: '#DIV/0!' }),
    ]);
    expect(sheet(resaved, 'Chỉ tiêu').rows[1]).toEqual([{ t: 's', v: 'Đạt' }]);
  });

  it('reads the very hidden sheet, which LibreOffice saved as hidden', () => {
    expect(resaved.sheets.map((s) => [s.name, s.state])).toEqual([
      ['Chỉ tiêu', 'visible'],
      ['Ẩn', 'hidden'],
      ['_stamp', 'hidden'],
    ]);
    expect(sheet(resaved, '_stamp').rows).toEqual([[{ t: 's', v: 'plan-2025' }]]);
  });

  it('keeps only the top-left value of the merge', () => {
    expect(sheet(resaved, 'Chỉ tiêu')).toMatchObject({ merges: ['A3:C3'] });
    expect(sheet(resaved, 'Chỉ tiêu').rows[2]).toEqual([{ t: 's', v: 'Gộp' }]);
  });

  it('reads the properties LibreOffice wrote', () => {
    expect(resaved.properties.application).toMatch(/LibreOffice/);
    expect(resaved.properties.modified ?? resaved.properties.created).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });
});

describe('ExcelJS', () => {
  let snapshot: WorkbookSnapshot;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    wb.creator = 'Sở Tài chính';
    const ws = wb.addWorksheet('Chỉ tiêu');
    ws.getCell('A1').value = 'Sở Y tế';
    ws.getCell('B1').value = 45.2;
    ws.getCell('C1').value = { formula: 'B1*2', result: 90.4 };
    ws.getCell('D1').value = { formula: 'B1/0' };
    ws.getCell('E1').value = new Date(Date.UTC(2025, 6, 18));
    ws.getCell('F1').value = false;
    ws.getCell('G1').value = { richText: [{ text: 'Gần ' }, { font: { bold: true }, text: 'đạt' }] };
    // ExcelJS writes shared formulas from these fields, which its type definitions leave out.
    ws.getCell('A2').value = {
      formula: 'ROW()',
      result: 2,
      shareType: 'shared',
      ref: 'A2:A4',
    } as ExcelJS.CellFormulaValue;
    ws.getCell('A3').value = { sharedFormula: 'A2', result: 3 };
    ws.getCell('A4').value = { sharedFormula: 'A2', result: 4 };
    ws.mergeCells('B6:D7');
    ws.getCell('B6').value = 'Gộp';
    wb.addWorksheet('Ẩn', { state: 'hidden' }).getCell('A1').value = 1;
    wb.addWorksheet('_stamp', { state: 'veryHidden' }).getCell('A1').value = 'plan-2025';
    snapshot = snapshotOf(new Uint8Array(await wb.xlsx.writeBuffer()));
  });

  it('reads values, formula results, a formula without result, a date and rich text', () => {
    expect(snapshot.sheets[0]?.rows[0]).toEqual([
      { t: 's', v: 'Sở Y tế' },
      { t: 'n', v: 45.2 },
      { t: 'n', v: 90.4, f: 'B1*2' },
      { t: 'z', f: 'B1/0' },
      { t: 'd', v: '2025-07-18' },
      { t: 'b', v: false },
      { t: 's', v: 'Gần đạt' },
    ]);
  });

  it('reads shared formulas as formulas with their results', () => {
    expect(snapshot.sheets[0]?.rows.slice(1, 4).map((r) => r[0])).toEqual([
      { t: 'n', v: 2, f: 'ROW()' },
      { t: 'n', v: 3, f: 'ROW()' },
      { t: 'n', v: 4, f: 'ROW()' },
    ]);
  });

  it('reads merges and sheet states', () => {
    expect(snapshot.sheets[0]?.merges).toEqual(['B6:D7']);
    expect(snapshot.sheets[0]?.rows[5]).toEqual([null, { t: 's', v: 'Gộp' }]);
    expect(snapshot.sheets.map((s) => s.state)).toEqual(['visible', 'hidden', 'veryHidden']);
    expect(snapshot.properties.creator).toBe('Sở Tài chính');
  });
});
