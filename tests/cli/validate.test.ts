/** `chitieu validate` on real files filled by a second client (openpyxl, LibreOffice) and on hostile files. */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SHEETS } from '../../src/core/template/model';
import { editWithOpenpyxl, setIndicator, type Edit } from '../support/agencyEdits';
import { chitieu } from '../support/cli';
import { libreOfficeConvert, tempDir } from '../support/external';
import {
  hugeMerge,
  manyMerges,
  zipBomb,
  truncated,
  csvAsXlsx,
  goodXlsx,
  billionLaughs,
} from '../support/hostile';

const dir = tempDir();
const template = (agency: string) => path.join(dir, 'tpl', `2025-07_${agency}.xlsx`);
beforeAll(() => {
  expect(
    chitieu([
      'templates',
      '--period',
      '2025-07',
      '--agency',
      'so-xay-dung',
      'so-tai-chinh',
      '--out',
      path.join(dir, 'tpl'),
    ]).code,
  ).toBe(0);
});

/** A complete, plausible submission of Sở Xây dựng (urbanization, roads, disbursement, procedures …). */
const complete: Edit[] = [
  setIndicator('CT12', 'Thực hiện lũy kế đến kỳ', 20.3),
  setIndicator('CT12', 'Ước cả năm', 20.6),
  setIndicator('CT03', 'Giá trị 1', 1200),
  setIndicator('CT03', 'Giá trị 2', 800),
  setIndicator('CT04', 'Giá trị 1', 150),
  setIndicator('CT04', 'Giá trị 2', 150),
  setIndicator('CT05', 'Giá trị 1', 20),
  setIndicator('CT05', 'Giá trị 2', 7),
  setIndicator('CT08', 'Giá trị 1', 300),
  setIndicator('CT08', 'Giá trị 2', 190),
  { op: 'reportDate', value: '2025-07-17' },
];

interface JsonIssue {
  code: string;
  severity: string;
  sheet?: string;
  cell?: string;
  subject?: string;
  found?: unknown;
  expected?: unknown;
  message: string;
}
interface JsonFile {
  file: string;
  readable: boolean;
  agency?: string;
  issues: JsonIssue[];
  indicators?: {
    id: string;
    progress: { status: string };
    forecast: { status: string };
    actual: number | null;
  }[];
  timeliness?: { late: boolean; daysLate: number; source: string; date: string };
}

/** Fills Sở Xây dựng's template (complete + extra edits), validates with --json, returns the file's report and exit code. */
function validateEdited(name: string, edits: Edit[], fillTasks = true): { code: number; file: JsonFile } {
  const dest = path.join(dir, `${name}.xlsx`);
  const taskEdits: Edit[] = fillTasks ? [{ op: 'allTasks', status: 'Đang triển khai', percent: 50 }] : [];
  editWithOpenpyxl(template('so-xay-dung'), dest, [...complete, ...taskEdits, ...edits]);
  const r = chitieu(['validate', '--json', dest]);
  const doc = JSON.parse(r.stdout) as { files: JsonFile[] };
  return { code: r.code, file: doc.files[0] as JsonFile };
}
const codes = (f: JsonFile) => f.issues.map((i) => i.code);

describe('validate: a template filled by openpyxl', () => {
  it('reads the agency and period from the stamp and judges every indicator', () => {
    const { file } = validateEdited('complete', []);
    expect(file.agency).toBe('so-xay-dung');
    expect(file.indicators?.find((i) => i.id === 'CT12')).toMatchObject({ actual: 20.3 });
    // July's window holds the milestone of 30/06 (50 %): 190 of 300 is 63,3 %.
    expect(file.indicators?.find((i) => i.id === 'CT08')).toMatchObject({ progress: { status: 'met' } });
    expect(file.indicators?.find((i) => i.id === 'CT12')).toMatchObject({
      progress: { status: 'met' },
      forecast: { status: 'met' },
    });
  });

  it('maps rows by id after the rows were sorted in reverse', () => {
    const { file } = validateEdited('reversed', [{ op: 'reverseRows', sheet: SHEETS.indicators }]);
    expect(codes(file)).not.toContain('ROW_MISSING');
    expect(file.indicators?.find((i) => i.id === 'CT12')?.actual).toBe(20.3);
  });

  it('reports an overwritten target at its cell', () => {
    const { code, file } = validateEdited('tampered', [setIndicator('CT12', 'Kế hoạch năm 2025', 19)]);
    expect(code).toBe(1);
    expect(file.issues).toContainEqual(
      expect.objectContaining({
        code: 'TARGET_TAMPERED',
        subject: 'CT12',
        found: 19,
        expected: 20.6,
        cell: expect.stringMatching(/^D\d+$/),
      }),
    );
  });

  it('reads "20,6" typed as text as 20.6, with a warning', () => {
    const { file } = validateEdited('text-number', [setIndicator('CT12', 'Thực hiện lũy kế đến kỳ', '20,6')]);
    expect(file.issues).toContainEqual(
      expect.objectContaining({ code: 'VALUE_NUMERIC_TEXT', found: '20,6', expected: 20.6 }),
    );
    expect(file.indicators?.find((i) => i.id === 'CT12')?.actual).toBe(20.6);
  });

  it('S1: stops the urbanization rate typed as a fraction (0,203 among a target of 20,6), exit code 1', () => {
    const { code, file } = validateEdited('fraction', [
      setIndicator('CT12', 'Thực hiện lũy kế đến kỳ', 0.203),
    ]);
    expect(code).toBe(1);
    expect(file.issues).toContainEqual(
      expect.objectContaining({
        code: 'VALUE_FRACTION_SLIP',
        severity: 'error',
        found: 0.203,
        expected: 20.3,
      }),
    );
    expect(file.indicators?.find((i) => i.id === 'CT12')).toMatchObject({ progress: { status: 'invalid' } });
  });

  it('reports a formula without a saved value in an input, never reading it as 0', () => {
    const { code, file } = validateEdited('formula', [
      {
        op: 'formula',
        sheet: SHEETS.indicators,
        id: 'CT12',
        header: 'Thực hiện lũy kế đến kỳ',
        formula: '=20+0.3',
      },
    ]);
    expect(code).toBe(1);
    expect(file.issues).toContainEqual(
      expect.objectContaining({ code: 'FORMULA_NO_RESULT', subject: 'CT12' }),
    );
    expect(file.indicators?.find((i) => i.id === 'CT12')?.actual).toBeNull();
  });

  it('D2: a file received after the 17th is late by its days (received = the file’s modification time)', () => {
    const { file } = validateEdited('late', [{ op: 'reportDate', value: '2025-07-23' }]);
    expect(file.timeliness).toMatchObject({ late: true, daysLate: 6, source: 'fileTime' });
    expect(codes(file)).toContain('SUBMISSION_LATE');
  });

  it('D4: --received overrides the file’s time, for one file or for all', () => {
    const dest = path.join(dir, 'received-option.xlsx');
    editWithOpenpyxl(template('so-xay-dung'), dest, [...complete, { op: 'reportDate', value: '2025-07-23' }]);
    const one = chitieu(['validate', '--json', '--received', 'received-option.xlsx=16/07/2025', dest]);
    const file = (JSON.parse(one.stdout) as { files: JsonFile[] }).files[0];
    expect(file?.timeliness).toMatchObject({ late: false, source: 'option', date: '2025-07-16' });
    const all = chitieu(['validate', '--json', '--received', '19/07/2025', dest]);
    expect((JSON.parse(all.stdout) as { files: JsonFile[] }).files[0]?.timeliness).toMatchObject({
      daysLate: 2,
    });
  });

  it('D5: a receipt log overrides the file’s time; a bad line in it stops the run, naming file and line', () => {
    const dest = path.join(dir, 'logged.xlsx');
    editWithOpenpyxl(template('so-xay-dung'), dest, complete);
    const log = path.join(dir, 'so-nhan.csv');
    writeFileSync(log, '\uFEFFTệp;Ngày nhận\r\nlogged.xlsx;19/07/2025\r\n');
    const r = chitieu(['validate', '--json', '--received-log', log, dest]);
    expect((JSON.parse(r.stdout) as { files: JsonFile[] }).files[0]?.timeliness).toMatchObject({
      source: 'receiptLog',
      daysLate: 2,
    });
    writeFileSync(log, 'Tệp;Ngày nhận\nlogged.xlsx;31/02/2025\n');
    const bad = chitieu(['validate', '--received-log', log, dest]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      `sổ theo dõi nhận báo cáo "${log}", dòng 2: ngày nhận "31/02/2025" không hợp lệ`,
    );
  });

  it('refuses a --received that is not a date, or names a file not being checked', () => {
    const dest = path.join(dir, 'complete.xlsx');
    expect(chitieu(['validate', '--received', '31/02/2025', dest]).stderr).toContain(
      '--received "31/02/2025"',
    );
    expect(chitieu(['validate', '--received', 'khac.xlsx=16/07/2025', dest]).code).toBe(2);
  });

  it('reports a merged range over input cells and reads only its first cell', () => {
    const { file } = validateEdited('merged', [{ op: 'merge', sheet: SHEETS.indicators, range: 'G8:H8' }]);
    expect(file.issues).toContainEqual(expect.objectContaining({ code: 'MERGE_OVER_INPUT', cell: 'G8:H8' }));
  });

  it('a LibreOffice resave of the filled file validates the same, with formulas recalculated', () => {
    const dest = path.join(dir, 'complete.xlsx');
    const lo = libreOfficeConvert(dest, 'xlsx', path.join(dir, 'lo'));
    const r = chitieu(['validate', '--json', lo]);
    const file = (JSON.parse(r.stdout) as { files: JsonFile[] }).files[0] as JsonFile;
    expect(file.agency).toBe('so-xay-dung');
    expect(codes(file)).not.toContain('COMPUTED_NOT_RECALCULATED');
    expect(codes(file)).not.toContain('DERIVED_MISMATCH');
    expect(codes(file)).not.toContain('STATUS_MISMATCH');
  });
});

describe('validate: output and exit codes', () => {
  it('prints issues grouped by sheet with cell addresses and a summary line per file', () => {
    const dest = path.join(dir, 'human.xlsx');
    editWithOpenpyxl(template('so-xay-dung'), dest, [
      ...complete,
      setIndicator('CT12', 'Thực hiện lũy kế đến kỳ', 'khoảng 20'),
    ]);
    const r = chitieu(['validate', dest]);
    expect(r.stdout).toMatch(/human\.xlsx: Sở Xây dựng — kỳ 2025-07 — \d+ lỗi/);
    expect(r.stdout).toContain('[Chỉ tiêu]');
    expect(r.stdout).toMatch(/Lỗi G\d+: Ô G\d+ \(CT12\): "khoảng 20" không phải là số\./);
    expect(r.code).toBe(1);
  });

  it('exits 0 when there are warnings only', () => {
    const { code, file } = validateEdited('warnings-only', [
      setIndicator('CT12', 'Thực hiện lũy kế đến kỳ', '20,6'),
    ]);
    expect(file.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(code).toBe(0);
  });

  it('reports every file of a batch; an unreadable one gives exit code 2 and does not stop the others', () => {
    const bad = path.join(dir, 'hong.xlsx');
    writeFileSync(bad, truncated());
    const r = chitieu(['validate', '--json', bad, path.join(dir, 'complete.xlsx')]);
    expect(r.code).toBe(2);
    const files = (JSON.parse(r.stdout) as { files: JsonFile[] }).files;
    expect(files.map((f) => [f.file, f.readable])).toEqual([
      ['hong.xlsx', false],
      ['complete.xlsx', true],
    ]);
  });

  it('--json names each file by its path as given, so same-named files in two folders stay apart', () => {
    const other = path.join(dir, 'thang-truoc');
    mkdirSync(other, { recursive: true });
    copyFileSync(path.join(dir, 'complete.xlsx'), path.join(other, 'complete.xlsx'));
    const r = chitieu(['validate', '--json', path.join(dir, 'complete.xlsx'), other]);
    const files = (JSON.parse(r.stdout) as { files: (JsonFile & { path: string })[] }).files;
    expect(files.map((f) => f.path)).toEqual([
      path.join(dir, 'complete.xlsx'),
      path.join(other, 'complete.xlsx'),
    ]);
  });

  it('a file that does not exist is a usage error naming it', () => {
    const r = chitieu(['validate', path.join(dir, 'khong-co.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('khong-co.xlsx');
  });
});

describe('validate: hostile files', () => {
  const hostile: [string, () => Uint8Array, string][] = [
    ['huge-merge', hugeMerge, 'FILE_MERGE_TOO_LARGE'],
    ['50k-merges', () => manyMerges(50_000), 'FILE_MERGE_TOO_LARGE'],
    ['zip-bomb', zipBomb, 'FILE_ZIP_BOMB'],
    ['dtd', () => billionLaughs(), 'FILE_DTD'],
    ['csv', csvAsXlsx, 'FILE_NOT_XLSX'],
    ['truncated', truncated, 'FILE_CORRUPT'],
  ];

  it('each gets one clear "cannot read" issue naming the file, within the time budget, and a good file still reads', () => {
    const files = hostile.map(([name, make]) => {
      const file = path.join(dir, `${name}.xlsx`);
      writeFileSync(file, make());
      return file;
    });
    const good = path.join(dir, 'good.xlsx');
    writeFileSync(good, goodXlsx());
    const started = Date.now();
    const r = chitieu(['validate', '--json', ...files, good]);
    expect(Date.now() - started).toBeLessThan(20000);
    const out = (JSON.parse(r.stdout) as { files: JsonFile[] }).files;
    hostile.forEach(([name, , code], i) => {
      expect(out[i]).toMatchObject({ file: `${name}.xlsx`, readable: false });
      expect(out[i]?.issues).toEqual([expect.objectContaining({ code, message: expect.any(String) })]);
    });
    expect(out.at(-1)).toMatchObject({ file: 'good.xlsx', readable: true });
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
