/**
 * The same workbook through two clients that are not ExcelJS: Debian's openpyxl (/usr/bin/python3) and
 * LibreOffice headless, which also recalculates every formula (ExcelJS writes none of their results).
 */
import { printScale } from '../../../src/core/sheet/print';
import type { SheetSpec } from '../../../src/core/sheet/spec';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CellSpec, WorkbookSpec } from '../../../src/core/sheet/spec';
import { writeWorkbook } from '../../../src/xlsx/write';
import { libreOfficeConvert, python, tempDir } from '../../support/external';
import { writeTemp } from '../../support/writeFiles';
import { overviewSheet, sheet, workbook } from '../../support/writeSpec';

/** LibreOffice ≥ 7.2 CSV export of every sheet (last token -1), UTF-8, values not as shown. */
const CSV_ALL_SHEETS = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

const inputs: (CellSpec | null)[][] = [
  [
    { v: 'Chỉ tiêu', s: 'header' },
    { v: 'Thực hiện', s: 'header' },
    { v: 'Mốc', s: 'header' },
    { v: 'Đánh giá', s: 'header' },
    { v: 'Ghi chú', s: 'header' },
  ],
  [
    { v: 'Tỷ lệ đô thị hóa' },
    { v: 21, s: 'input', fmt: '0.0' },
    { v: 20.6, fmt: '0.0' },
    { f: 'IF(B2>=C2,"Đạt","Chưa đạt")' },
    { v: '=1+1', s: 'input' },
  ],
  [
    { v: 'Giải ngân' },
    { v: 60, s: 'input', fmt: '0.0' },
    { v: 75, fmt: '0.0' },
    { f: 'IF(B3>=C3,"Đạt","Chưa đạt")' },
    { v: '-5', s: 'input' },
  ],
  [{ v: 'Tổng' }, { f: 'SUM(B2:B3)', fmt: '0.0' }, null, null, { v: '@ghi chú' }],
];

const spec: WorkbookSpec = workbook([
  sheet('Chỉ tiêu', inputs, {
    columns: [{ width: 30 }, { width: 12 }, { width: 12 }, { width: 14 }, { width: 30 }],
    validations: [
      {
        range: 'B2:B3',
        rule: { kind: 'decimal', min: 0, max: 100 },
        allowBlank: true,
        prompt: { title: 'Số liệu thực hiện', text: 'Nhập theo điểm phần trăm, ví dụ 20,6.' },
        error: { title: 'Giá trị không hợp lệ', text: 'Hãy nhập một số từ 0 đến 100.', style: 'stop' },
      },
      {
        range: 'F2:F3',
        rule: { kind: 'list', values: ['Chưa triển khai', 'Đang thực hiện', 'Hoàn thành'] },
        allowBlank: true,
      },
    ],
    conditionalFormats: [
      {
        range: 'D2:D3',
        rules: [
          { kind: 'textEquals', text: 'Đạt', style: 'statusMet' },
          { kind: 'textEquals', text: 'Chưa đạt', style: 'statusMissed' },
        ],
      },
    ],
    freeze: { rows: 1, cols: 1 },
    protect: true,
    print: { orientation: 'landscape', fitToWidth: true, titleRows: '1:1' },
    tabColor: '2F5597',
  }),
  sheet('Danh mục', [[{ v: 'Sở Xây dựng' }]], { visibility: 'hidden' }),
  sheet('_stamp', [[{ v: 'plan-2025' }, { v: 'sha256:abc' }]], { visibility: 'veryHidden' }),
]);

const OPENPYXL = `
import sys, json, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb['Chỉ tiêu']
dv = [{'sqref': str(d.sqref), 'type': d.type, 'f1': d.formula1, 'f2': d.formula2, 'blank': bool(d.allow_blank),
       'promptTitle': d.promptTitle, 'prompt': d.prompt, 'errorTitle': d.errorTitle, 'error': d.error,
       'errorStyle': d.errorStyle, 'showError': bool(d.showErrorMessage), 'showInput': bool(d.showInputMessage)}
      for d in ws.data_validations.dataValidation]
print(json.dumps({
  'states': [[s.title, s.sheet_state] for s in wb.worksheets],
  'formula': [ws['D2'].value, ws['D2'].data_type],
  'text': [[ws[a].value, ws[a].data_type] for a in ('E2', 'E3', 'E4')],
  'validations': sorted(dv, key=lambda d: d['sqref']),
  'protected': ws.protection.sheet, 'password': ws.protection.password,
  'freeze': ws.freeze_panes,
  'print': [ws.page_setup.paperSize, ws.page_setup.orientation, ws.page_setup.scale, ws.print_title_rows],
  'tab': ws.sheet_properties.tabColor.rgb,
  'locked': [ws['B2'].protection.locked, ws['A2'].protection.locked],
  'font': ws['A2'].font.name,
  'props': [wb.properties.title, wb.properties.creator, wb.properties.lastModifiedBy],
}, ensure_ascii=False))
`;

let file: string;
beforeAll(async () => {
  file = writeTemp(await writeWorkbook(spec), 'chi-tieu.xlsx');
});

describe('openpyxl', () => {
  it('sees the sheets, formula, literal text, validations, protection, freeze, print setup and properties', () => {
    const seen = JSON.parse(python(OPENPYXL, [file]));
    expect(seen.states).toEqual([
      ['Chỉ tiêu', 'visible'],
      ['Danh mục', 'hidden'],
      ['_stamp', 'veryHidden'],
    ]);
    expect(seen.formula).toEqual(['=IF(B2>=C2,"Đạt","Chưa đạt")', 'f']);
    expect(seen.text).toEqual([
      ['=1+1', 's'],
      ['-5', 's'],
      ['@ghi chú', 's'],
    ]);
    expect(seen.validations).toEqual([
      {
        sqref: 'B2:B3',
        type: 'decimal',
        f1: '0',
        f2: '100',
        blank: true,
        promptTitle: 'Số liệu thực hiện',
        prompt: 'Nhập theo điểm phần trăm, ví dụ 20,6.',
        errorTitle: 'Giá trị không hợp lệ',
        error: 'Hãy nhập một số từ 0 đến 100.',
        errorStyle: 'stop',
        showError: true,
        showInput: true,
      },
      {
        sqref: 'F2:F3',
        type: 'list',
        f1: '"Chưa triển khai,Đang thực hiện,Hoàn thành"',
        f2: null,
        blank: true,
        promptTitle: null,
        prompt: null,
        errorTitle: null,
        error: null,
        errorStyle: null,
        // No showInputMessage in the XML: openpyxl reads its own default (True); there is no prompt to show.
        showError: true,
        showInput: true,
      },
    ]);
    expect(seen.protected).toBe(true);
    expect(seen.password).toBeNull();
    expect(seen.freeze).toBe('B2');
    // An explicit scale (core/sheet/print.ts computes it) rather than "fit to": every host prints the same page.
    expect(seen.print).toEqual([9, 'landscape', printScale(spec.sheets[0] as SheetSpec), '$1:$1']);
    expect(seen.tab).toBe('FF2F5597');
    expect(seen.locked).toEqual([false, true]);
    expect(seen.font).toBe('Times New Roman');
    expect(seen.props).toEqual([
      'Báo cáo chỉ tiêu kinh tế - xã hội',
      'Sở Tài chính tỉnh Sơn La',
      'Sở Tài chính tỉnh Sơn La',
    ]);
  });
});

describe('LibreOffice', () => {
  it('calculates the formulas and keeps text that looks like a formula literal (CSV of every sheet)', () => {
    const out = tempDir('chitieu-write-csv-');
    libreOfficeConvert(file, CSV_ALL_SHEETS, out);
    const csv = (name: string) => readFileSync(path.join(out, `chi-tieu-${name}.csv`), 'utf8');
    expect(readdirSync(out).sort()).toEqual([
      'chi-tieu-Chỉ tiêu.csv',
      'chi-tieu-Danh mục.csv',
      'chi-tieu-_stamp.csv',
    ]);
    expect(csv('Chỉ tiêu').trim().split('\n')).toEqual([
      'Chỉ tiêu,Thực hiện,Mốc,Đánh giá,Ghi chú',
      'Tỷ lệ đô thị hóa,21,20.6,Đạt,=1+1',
      'Giải ngân,60,75,Chưa đạt,-5',
      'Tổng,81,,,@ghi chú',
    ]);
    expect(csv('_stamp').trim()).toBe('plan-2025,sha256:abc');
  });

  it('keeps the validations, colour rules and protection through a resave (it understood them)', () => {
    const out = tempDir('chitieu-write-resave-');
    const resaved = libreOfficeConvert(file, 'xlsx', out);
    const seen = JSON.parse(
      python(
        `
import sys, json, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])['Chỉ tiêu']
print(json.dumps({
  'dv': sorted([str(d.sqref), d.type] for d in ws.data_validations.dataValidation),
  'cf': sorted([str(cf.sqref), r.type, r.operator, list(r.formula)] for cf in ws.conditional_formatting for r in cf.rules),
  'protected': ws.protection.sheet,
  'D2': ws['D2'].value,
}, ensure_ascii=False))
`,
        [resaved],
      ),
    );
    expect(seen.dv).toEqual([
      ['B2:B3', 'decimal'],
      ['F2:F3', 'list'],
    ]);
    expect(seen.cf).toEqual([
      ['D2:D3', 'cellIs', 'equal', ['"Chưa đạt"']],
      ['D2:D3', 'cellIs', 'equal', ['"Đạt"']],
    ]);
    expect(seen.protected).toBe(true);
    expect(seen.D2).toBe('=IF(B2>=C2,"Đạt","Chưa đạt")');
  });

  it('renders the workbook, chart included, to PDF', async () => {
    const out = tempDir('chitieu-write-pdf-');
    const pdf = libreOfficeConvert(
      writeTemp(await writeWorkbook(workbook([overviewSheet()])), 'tong-quan.xlsx'),
      'pdf',
      out,
    );
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
