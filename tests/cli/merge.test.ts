/** `chitieu merge`: real files from a second client, other periods, duplicates, --into across months, --csv, --json. */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CONSOLIDATED_SHEETS } from '../../src/core/consolidate/labels';
import { readWorkbook } from '../../src/xlsx/read';
import { editWithOpenpyxl, setIndicator, type Edit } from '../support/agencyEdits';
import { chitieu } from '../support/cli';
import { libreOfficeConvert, python, tempDir } from '../support/external';
import { zipBomb } from '../support/hostile';

const dir = tempDir();
const inbox = path.join(dir, 'inbox');
const tpl = (period: string, agency: string) => path.join(dir, `tpl-${period}`, `${period}_${agency}.xlsx`);

const roadEdits = (n: number): Edit[] => [
  setIndicator('CT06', 'Giá trị 1', 10 * n),
  setIndicator('CT06', 'Giá trị 2', 10 * n),
  setIndicator('CT07', 'Giá trị 1', 100 * n),
  setIndicator('CT07', 'Giá trị 2', 80 * n),
  { op: 'allTasks', status: 'Đang triển khai', percent: 40 },
  {
    op: 'setText',
    sheet: 'Nhiệm vụ',
    id: 'NVC', // the row of the tasks addressed to every agency (issue 11: a locality lists no others it does not help with)
    header: 'Kết quả thực hiện, khó khăn, vướng mắc',
    value: '=HYPERLINK("http://x","bấm vào đây")',
  },
  { op: 'reportDate', value: '2025-07-16' },
];

beforeAll(() => {
  for (const period of ['2025-07', '2025-08']) {
    const r = chitieu([
      'templates',
      '--period',
      period,
      '--agency',
      'ubnd-phuong-moc-chau',
      'ubnd-xa-yen-chau',
      '--out',
      path.join(dir, `tpl-${period}`),
    ]);
    expect(r.code).toBe(0);
  }
  editWithOpenpyxl(tpl('2025-07', 'ubnd-phuong-moc-chau'), path.join(inbox, 'moc-chau.xlsx'), roadEdits(1));
  editWithOpenpyxl(tpl('2025-07', 'ubnd-xa-yen-chau'), path.join(inbox, 'yen-chau.xlsx'), roadEdits(3));
  copyFileSync(path.join(inbox, 'moc-chau.xlsx'), path.join(inbox, 'moc-chau (copy).xlsx'));
  editWithOpenpyxl(
    tpl('2025-08', 'ubnd-xa-yen-chau'),
    path.join(inbox, 'yen-chau-thang-8.xlsx'),
    roadEdits(2),
  );
  writeFileSync(path.join(inbox, 'bomb.xlsx'), zipBomb());
});

interface MergeDoc {
  period: string;
  files: { file: string; status: string; reason: { code: string; message: string } | null }[];
  agencies: { expected: number; submitted: string[]; missing: { id: string; name: string }[] };
  accounting: { files: Record<string, number>; rows: { read: number; merged: number; rejected: number } };
  indicators: { id: string; value: number | null; status: string; reporting: number }[];
  textNeutralised: number;
  output: { workbook: string; csv: string | null };
}

describe('chitieu merge', () => {
  let run: ReturnType<typeof chitieu>;
  let doc: MergeDoc;
  const out = path.join(dir, 'tong-hop.xlsx');
  beforeAll(() => {
    run = chitieu([
      'merge',
      inbox,
      '--period',
      '2025-07',
      '--out',
      out,
      '--csv',
      path.join(dir, 'du-lieu.csv'),
      '--json',
    ]);
    doc = JSON.parse(run.stdout) as MergeDoc;
  });

  it('lists every input file with its status and reason', () => {
    expect(doc.files.map((f) => [f.file, f.status, f.reason?.code ?? null])).toEqual([
      ['bomb.xlsx', 'rejected', 'FILE_ZIP_BOMB'],
      ['moc-chau (copy).xlsx', 'merged', null],
      ['moc-chau.xlsx', 'duplicate', 'SUBMISSION_DUPLICATE'],
      ['yen-chau-thang-8.xlsx', 'otherPeriod', 'SUBMISSION_OTHER_PERIOD'],
      ['yen-chau.xlsx', 'merged', null],
    ]);
    expect(run.code).toBe(1);
  });

  it('names the agencies that have not submitted', () => {
    // In plan order: xã Yên Châu is item 38 of Resolution 1681/NQ-UBTVQH15, phường Mộc Châu item 65.
    expect(doc.agencies.submitted).toEqual(['ubnd-xa-yen-chau', 'ubnd-phuong-moc-chau']);
    expect(doc.agencies.missing.map((m) => m.id)).toContain('so-xay-dung');
    // July is reported by the communes and wards: the district committees are neither submitted nor missing.
    expect(doc.agencies.missing.map((m) => m.id)).not.toContain('ubnd-moc-chau');
    expect(doc.agencies.missing.map((m) => m.id)).toContain('ubnd-xa-doan-ket');
    expect(doc.agencies.missing.find((m) => m.id === 'so-xay-dung')?.name).toBe('Sở Xây dựng');
  });

  it('keeps the accounting: rows read = merged + rejected', () => {
    const { read, merged, rejected } = doc.accounting.rows;
    expect(read).toBe(merged + rejected);
    expect(doc.accounting.files.total).toBe(5);
  });

  it('forms province values by a ratio of sums (hamlet roads: 80 + 240 of 100 + 300 = 80%)', () => {
    expect(doc.indicators.find((i) => i.id === 'CT07')).toMatchObject({ value: 80, reporting: 2 });
  });

  it('writes a workbook LibreOffice opens, with formula-like agency text kept as text', () => {
    const lo = libreOfficeConvert(out, 'xlsx', path.join(dir, 'lo'));
    const read = readWorkbook(new Uint8Array(readFileSync(lo)), 'lo.xlsx');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const tasks = read.snapshot.sheets.find((s) => s.name === CONSOLIDATED_SHEETS.tasks);
    const texts =
      tasks?.rows
        .flat()
        .filter((c) => c?.t === 's')
        .map((c) => (c as { v: string }).v) ?? [];
    expect(texts).toContain('=HYPERLINK("http://x","bấm vào đây")');
    expect(tasks?.rows.flat().some((c) => c !== null && 'f' in c && c.f !== undefined)).toBe(false);
    expect(doc.textNeutralised).toBeGreaterThanOrEqual(1);
  });

  it('the consolidated workbook has its sheets, tables and a chart part', () => {
    const listing = python(
      `
import sys, zipfile, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print('|'.join(ws.title for ws in wb.worksheets))
print(sum(len(ws.tables) for ws in wb.worksheets))
print(any(n.startswith('xl/charts/') for n in zipfile.ZipFile(sys.argv[1]).namelist()))
`,
      [out],
    )
      .trim()
      .split('\n');
    expect(listing[0]).toBe(
      'Tổng quan|Chỉ tiêu theo cơ quan|Tiến độ nhiệm vụ|Nhiệm vụ theo cơ quan|Tình hình nộp|Vấn đề|Xu hướng|Xếp hạng địa phương|Dữ liệu|Nhật ký|_tonghop|_tonghop_thang',
    );
    expect(Number(listing[1])).toBe(10);
    expect(listing[2]).toBe('True');
  });

  it('writes the long-format CSV with a BOM and neutralised formula-like text', () => {
    const csv = readFileSync(path.join(dir, 'du-lieu.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFperiod,agency_id,')).toBe(true);
    expect(csv).toContain('2025-07,ubnd-phuong-moc-chau,');
  });

  it('accumulates months with --into, replacing only the agencies merged again', () => {
    const august = path.join(dir, 'inbox-8');
    editWithOpenpyxl(tpl('2025-08', 'ubnd-xa-yen-chau'), path.join(august, 'yen-chau-8.xlsx'), roadEdits(2));
    const into = path.join(dir, 'into.xlsx');
    copyFileSync(out, into);
    const r = chitieu(['merge', august, '--period', '2025-08', '--into', into, '--json']);
    expect(r.code).toBe(1); // August's file is incomplete (errors), but it is merged
    expect((JSON.parse(r.stdout) as MergeDoc).output.workbook).toBe(into);
    const periods = python(
      `
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])['Dữ liệu']
print(sorted({(r[0], r[1]) for r in ws.iter_rows(min_row=5, values_only=True) if r[0]}))
`,
      [into],
    );
    expect(periods).toContain("('2025-07', 'ubnd-phuong-moc-chau')");
    expect(periods).toContain("('2025-07', 'ubnd-xa-yen-chau')");
    expect(periods).toContain("('2025-08', 'ubnd-xa-yen-chau')");
  });

  it('refuses --into a workbook that is not a consolidation, writing nothing', () => {
    const stranger = path.join(dir, 'stranger.xlsx');
    copyFileSync(tpl('2025-07', 'ubnd-phuong-moc-chau'), stranger);
    const before = readFileSync(stranger);
    const r = chitieu(['merge', inbox, '--period', '2025-07', '--into', stranger]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('không phải sổ tổng hợp');
    expect(readFileSync(stranger).equals(before)).toBe(true);
  });

  it('infers the period most files are for when --period is not given', () => {
    const r = chitieu(['merge', inbox, '--out', path.join(dir, 'auto.xlsx'), '--json']);
    expect((JSON.parse(r.stdout) as MergeDoc).period).toBe('2025-07');
  });

  it('an output it cannot write is one line naming the file, exit 2, and no temp file left', () => {
    const target = path.join(dir, 'la-thu-muc.xlsx');
    mkdirSync(target);
    const r = chitieu(['merge', inbox, '--period', '2025-07', '--out', target]);
    expect(r.code).toBe(2);
    const last = r.stderr.trim().split('\n').at(-1);
    expect(last).toBe(`chitieu merge: "${target}" là một thư mục; hãy cho tên tệp`);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('will not write the workbook over one of the reports it merges', () => {
    const report = path.join(inbox, 'yen-chau.xlsx');
    const before = readFileSync(report);
    const r = chitieu(['merge', inbox, '--period', '2025-07', '--out', report]);
    expect([r.code, r.stderr.trim().split('\n').at(-1)]).toEqual([
      2,
      `chitieu merge: không ghi đè "${report}": đó là một tệp báo cáo đang được tổng hợp — hãy chọn tên khác cho --out/--csv (không có gì bị ghi)`,
    ]);
    expect(readFileSync(report).equals(before)).toBe(true);
  });

  it('will not write the workbook over an existing file that is not a consolidation', () => {
    const other = path.join(dir, 'bao-cao-khac.xlsx');
    copyFileSync(tpl('2025-07', 'ubnd-phuong-moc-chau'), other);
    const before = readFileSync(other);
    const r = chitieu(['merge', inbox, '--period', '2025-07', '--out', other]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('tệp đã có và không phải sổ tổng hợp');
    expect(readFileSync(other).equals(before)).toBe(true);
  });

  it('refuses --csv on the same path as the workbook, writing nothing', () => {
    const both = path.join(dir, 'ca-hai.xlsx');
    const r = chitieu(['merge', inbox, '--period', '2025-07', '--out', both, '--csv', both]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cùng một đường dẫn');
    expect(existsSync(both)).toBe(false);
  });

  it('writes over its own earlier consolidation (merging a month again)', () => {
    const again = path.join(dir, 'lai.xlsx');
    expect(chitieu(['merge', inbox, '--period', '2025-07', '--out', again]).code).toBe(1);
    expect(chitieu(['merge', inbox, '--period', '2025-07', '--out', again]).code).toBe(1);
  });

  it('a period outside the plan is a usage error', () => {
    expect(chitieu(['merge', inbox, '--period', '2026-01']).code).toBe(2);
  });
});

describe('chitieu merge on a folder with more than .xlsx files', () => {
  const folder = path.join(dir, 'inbox-mixed');
  let doc: MergeDoc & { skipped: string[] };
  beforeAll(() => {
    mkdirSync(path.join(folder, 'thang-6'), { recursive: true });
    copyFileSync(path.join(inbox, 'yen-chau.xlsx'), path.join(folder, 'yen-chau.xlsx'));
    const ods = libreOfficeConvert(path.join(inbox, 'moc-chau.xlsx'), 'ods', path.join(dir, 'ods'));
    copyFileSync(ods, path.join(folder, 'moc-chau.ods'));
    writeFileSync(path.join(folder, 'cong-van ky so.pdf'), '%PDF-1.4');
    writeFileSync(path.join(folder, '~$yen-chau.xlsx'), 'lock');
    writeFileSync(path.join(folder, '.~lock.yen-chau.xlsx#'), 'lock');
    const r = chitieu([
      'merge',
      folder,
      '--period',
      '2025-07',
      '--out',
      path.join(dir, 'mixed.xlsx'),
      '--json',
    ]);
    doc = JSON.parse(r.stdout) as typeof doc;
  });

  it('refuses an agency\'s LibreOffice .ods with "save as .xlsx" instead of counting the agency as missing', () => {
    expect(doc.files.find((f) => f.file === 'moc-chau.ods')).toMatchObject({
      status: 'rejected',
      reason: { code: 'FILE_NOT_XLSX' },
    });
    expect(doc.files.find((f) => f.file === 'moc-chau.ods')?.reason?.message).toContain(
      'Excel 2007-365 (.xlsx)',
    );
  });

  it('lists what it did not read (a PDF, a subfolder) and ignores Excel and LibreOffice lock files', () => {
    expect(doc.files.map((f) => f.file)).toEqual(['moc-chau.ods', 'yen-chau.xlsx']);
    expect(doc.skipped).toEqual([
      path.join(folder, 'cong-van ky so.pdf'),
      `${path.join(folder, 'thang-6')}${path.sep}`,
    ]);
  });

  it('says so in the human summary too', () => {
    const r = chitieu(['merge', folder, '--period', '2025-07', '--out', path.join(dir, 'mixed.xlsx')]);
    expect(r.stdout).toContain(
      `Không đọc (không phải sổ tính .xlsx/.xls/.ods/.csv, hoặc là thư mục con): ${path.join(folder, 'cong-van ky so.pdf')}`,
    );
  });
});

describe('chitieu merge where consolidated workbooks lie among the reports', () => {
  const reportsOnly = (name: string) => {
    const folder = path.join(dir, name);
    mkdirSync(folder, { recursive: true });
    for (const f of ['moc-chau.xlsx', 'yen-chau.xlsx'])
      copyFileSync(path.join(inbox, f), path.join(folder, f));
    return folder;
  };
  const filesOf = (r: ReturnType<typeof chitieu>) =>
    (JSON.parse(r.stdout) as MergeDoc).files.map((f) => [f.file, f.status, f.reason?.code ?? null]);

  it('run twice in the folder (merge .), it does not read back the workbook it wrote there', () => {
    const folder = reportsOnly('inbox-twice');
    const first = chitieu(['merge', '.', '--period', '2025-07', '--json'], folder);
    expect(existsSync(path.join(folder, 'tong-hop_2025-07.xlsx'))).toBe(true);
    const second = chitieu(['merge', '.', '--period', '2025-07', '--json'], folder);
    expect([second.code, filesOf(second)]).toEqual([first.code, filesOf(first)]);
  });

  it('names another consolidated workbook as one, without making the merge fail', () => {
    const folder = path.join(dir, 'inbox-old-consolidation');
    mkdirSync(folder, { recursive: true });
    const old = path.join(folder, 'tong-hop-thang-truoc.xlsx');
    chitieu(['merge', reportsOnly('inbox-for-old'), '--period', '2025-07', '--out', old]);
    const r = chitieu(['merge', folder, '--period', '2025-07', '--out', path.join(dir, 'new.xlsx')]);
    expect(r.stdout).toContain(
      'tong-hop-thang-truoc.xlsx: Đây là sổ tổng hợp, không phải báo cáo của cơ quan — bỏ qua.',
    );
    expect(r.code).toBe(0);
  });

  it('validate says the same of a consolidated workbook', () => {
    const folder = reportsOnly('inbox-validate-consolidation');
    const out = path.join(dir, 'to-validate.xlsx');
    chitieu(['merge', folder, '--period', '2025-07', '--out', out]);
    const r = chitieu(['validate', out]);
    expect(r.stdout).toContain('Đây là sổ tổng hợp, không phải báo cáo của cơ quan — bỏ qua.');
    expect(r.stdout).not.toContain('_stamp');
  });
});
