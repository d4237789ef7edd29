/**
 * Printed forms (issue 11, docs/forms.md): a template and the consolidated workbook of `chitieu demo`, printed to PDF by
 * LibreOffice, carry the form's elements, number their pages, print no text below 10 pt, and show no internal key,
 * slug or English technical text in any visible cell (read back by openpyxl). PNG pictures of a printed template page
 * and of the printed overview are kept in tests/artifacts/print/ (gitignored) for a person to look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chitieu, ROOT } from '../support/cli';
import { libreOfficeConvert, python, tempDir } from '../support/external';

const dir = tempDir();
const demo = path.join(dir, 'demo');
const pdfDir = path.join(dir, 'pdf');
const ARTIFACTS = path.join(ROOT, 'tests', 'artifacts', 'print');
const templateXlsx = path.join(demo, 'mau-bieu', '2025-07_so-xay-dung.xlsx');
const workbookXlsx = path.join(demo, 'tong-hop_2025-07.xlsx');
let templatePdf = '';
let workbookPdf = '';

/** The text of each page of a PDF (pdftotext, layout kept). */
function pages(pdf: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return text.split('\f').filter((p, i, all) => i < all.length - 1 || p.trim() !== '');
}

/**
 * The smallest text size on each page, in points. pdftohtml reports sizes as whole numbers at its zoom, which it
 * caps at 3: a size of 30 or more at zoom 3 is at least 9.83 pt; the exact check is on the sheets' scale (below).
 */
function smallestSizes(pdf: string, first: number, last: number): number[] {
  const args = ['-xml', '-i', '-zoom', '3', '-stdout', '-f', `${first}`, '-l', `${last}`, pdf];
  const xml = execFileSync('pdftohtml', args, { encoding: 'utf8', maxBuffer: 256 << 20 });
  const sizes = new Map(
    [...xml.matchAll(/<fontspec id="(\d+)" size="([\d.]+)"/g)].map((m) => [m[1], Number(m[2]) / 3]),
  );
  return xml
    .split('<page number=')
    .slice(1)
    .map((page) =>
      Math.min(...[...page.matchAll(/<text [^>]*font="(\d+)"/g)].map((m) => sizes.get(m[1]) ?? 0)),
    );
}

/** Writes page `page` of a PDF as a PNG into the artifacts folder; returns its path. */
function picture(pdf: string, page: number, name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  const stem = path.join(ARTIFACTS, name);
  execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', '-f', `${page}`, '-l', `${page}`, pdf, stem]);
  return `${stem}.png`;
}

beforeAll(() => {
  const run = chitieu(['demo', '--out', demo]);
  expect(run.code).toBe(0);
  mkdirSync(pdfDir);
  templatePdf = libreOfficeConvert(templateXlsx, 'pdf', pdfDir);
  workbookPdf = libreOfficeConvert(workbookXlsx, 'pdf', pdfDir);
}, 240000);

describe('a template printed by LibreOffice', () => {
  it('carries the form’s header and signature blocks on the indicator sheet', () => {
    const text = pages(templatePdf).join('\n');
    for (const element of [
      'ỦY BAN NHÂN DÂN TỈNH SƠN LA',
      'SỞ XÂY DỰNG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Biểu số 01/BC-KTXH',
      'Đơn vị nhận báo cáo: Sở Tài chính',
      'BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2025',
      'Tháng 7 năm 2025',
      'hạn gửi: trước ngày 18/07/2025',
      'NGƯỜI LẬP BIỂU',
      'THỦ TRƯỞNG CƠ QUAN',
      '(Ký, ghi rõ họ tên, đóng dấu)',
    ])
      expect(text).toContain(element);
  });

  it('numbers every page "Trang n/N"', () => {
    const all = pages(templatePdf);
    all.forEach((page, i) => expect(page).toContain(`Trang ${i + 1}/${all.length}`));
  });

  it('prints no text below 10 pt on any page', () => {
    const all = pages(templatePdf);
    const sizes = smallestSizes(templatePdf, 1, all.length);
    expect(sizes).toHaveLength(all.length);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(10);
  });

  it('keeps a picture of its first form page', () => {
    const first = pages(templatePdf).findIndex((p) => p.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'));
    expect(first).toBeGreaterThanOrEqual(0);
    const png = picture(templatePdf, first + 1, 'mau-bieu_so-xay-dung_trang-bieu');
    expect(python('import os,sys; print(os.path.getsize(sys.argv[1]) > 10000)', [png]).trim()).toBe('True');
  });
});

describe('the consolidated workbook printed by LibreOffice', () => {
  /** The pages of the overview: printed first, each headed by the sheet's name. */
  const overviewPages = () => {
    const all = pages(workbookPdf);
    const n = all.findIndex((p) => !p.trimStart().startsWith('Tổng quan'));
    return { all, count: n < 0 ? all.length : n };
  };

  it('prints the overview first, on one or two pages, with the month and the counts', () => {
    const { all, count } = overviewPages();
    expect(count).toBeGreaterThanOrEqual(1);
    expect(count).toBeLessThanOrEqual(2);
    const text = all.slice(0, count).join('\n');
    expect(text).toContain('TỔNG HỢP CHỈ TIÊU KINH TẾ - XÃ HỘI TOÀN TỈNH — THÁNG 7/2025');
    expect(text).toContain('Tổng hợp tháng 7/2025');
    expect(text).toContain('NỘP BÁO CÁO');
  });

  it('numbers every page "Trang n/N"', () => {
    const { all } = overviewPages();
    all.forEach((page, i) => expect(page).toContain(`Trang ${i + 1}/${all.length}`));
  });

  it('prints no text below 10 pt on the overview or any detail page', () => {
    const { all } = overviewPages();
    const sizes = smallestSizes(workbookPdf, 1, all.length);
    expect(sizes).toHaveLength(all.length);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(10);
  });

  it('keeps a picture of the printed overview', () => {
    const png = picture(workbookPdf, 1, 'tong-hop_tong-quan_trang-1');
    expect(python('import os,sys; print(os.path.getsize(sys.argv[1]) > 10000)', [png]).trim()).toBe('True');
  });
});

/**
 * Reads the files with openpyxl into a JSON file (too large for a pipe): every visible cell's text of the visible
 * sheets (hidden rows and columns skipped), and each visible sheet's print scale and smallest font size.
 */
const READ_BACK = `
import json, sys, openpyxl
out = {'cells': [], 'sheets': []}
for f in sys.argv[2:]:
    wb = openpyxl.load_workbook(f)
    for ws in wb.worksheets:
        if ws.sheet_state != 'visible':
            continue
        hidden = set()
        for dim in ws.column_dimensions.values():
            if dim.hidden:
                hidden.update(range(dim.min or 0, (dim.max or 0) + 1))
        smallest = 11.0
        for row in ws.iter_rows():
            for c in row:
                if c.column in hidden or ws.row_dimensions[c.row].hidden or c.value is None:
                    continue
                smallest = min(smallest, float(c.font.sz or 11))
                if isinstance(c.value, str) and not c.value.startswith('='):
                    out['cells'].append([f.split('/')[-1], ws.title, c.coordinate, c.value])
        out['sheets'].append([f.split('/')[-1], ws.title, ws.page_setup.scale or 100, smallest])
json.dump(out, open(sys.argv[1], 'w', encoding='utf-8'), ensure_ascii=False)
`;

/** English words of the code that must never reach a person (whole words). */
const ENGLISH =
  /\b(undefined|null|NaN|true|false|error|warning|status|agency|indicator|task|input|actual|forecast|progress|missing|lead|sheet|period)\b/;
/** A slug such as so-xay-dung: lower-case ASCII words joined by hyphens. */
const SLUG = /(?<![\p{L}\d])[a-z]+(?:-[a-z0-9]+)+(?![\p{L}\d])/u;
/** A camelCase key such as allocatedCapital. */
const CAMEL = /(?<![\p{L}\d])[a-z]+[A-Z][A-Za-z]*(?![\p{L}\d])/u;

describe('what a person sees', () => {
  let read: { cells: [string, string, string, string][]; sheets: [string, string, number, number][] };
  beforeAll(() => {
    const templates = ['so-xay-dung', 'so-tai-chinh', 'ubnd-xa-doan-ket'].map((id) =>
      path.join(demo, 'mau-bieu', `2025-07_${id}.xlsx`),
    );
    const out = path.join(dir, 'read-back.json');
    python(READ_BACK, [out, ...templates, workbookXlsx]);
    read = JSON.parse(readFileSync(out, 'utf8')) as typeof read;
  }, 120000);

  it('no visible cell of the templates or the consolidated workbook shows a key, slug or English technical text', () => {
    expect(read.cells.length).toBeGreaterThan(1000);
    // A file's own name is what the agency called it on disk (and "tệp!trang!ô" points into it): shown as it is.
    const strip = (text: string) => text.replace(/[^\s!]+\.xlsx\b/g, '');
    const offending = read.cells.filter(([, , , v]) =>
      [ENGLISH, SLUG, CAMEL].some((re) => re.test(strip(v))),
    );
    expect(offending).toEqual([]);
  });

  it('prints every visible sheet at a scale where its smallest text is still 10 pt or more', () => {
    expect(read.sheets.length).toBeGreaterThanOrEqual(3 * 3 + 8);
    const small = read.sheets.filter(([, , scale, size]) => (scale / 100) * size < 10);
    expect(small).toEqual([]);
  });
});
