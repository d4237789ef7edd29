/**
 * The Word writer, checked by second clients: python-docx reads the file (fonts, sizes, margins, orientation, header
 * rows, page-number fields), LibreOffice turns it into a PDF (page count, page sizes, where the page numbers show,
 * the header row on every page, the text). Rows L… are those of docs/report.md. Page images are kept in
 * tests/artifacts/screenshots.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { MOTTO, SIZES, textWidthMm } from '../../src/core/report';
import { writeDocx } from '../../src/docx/writeDocx';
import { mmToTwips } from '../../src/docx/units';
import { libreOfficeConvert, python, tempDir } from '../support/external';
import type { PdfPage } from './pdf';
import { pdfPages, pdfWords, savePageImage } from './pdf';
import { LONG_HEADER, LONG_ROWS, sampleDocument } from './sample';

interface RunInfo {
  text: string;
  font: string | null;
  fontSlots: string[] | null;
  size: number | null;
  bold: boolean | null;
  italic: boolean | null;
  color: string | null;
}
interface ParagraphInfo {
  text: string;
  style: string | null;
  alignment: string | null;
  bottomBorder: boolean;
  indentLeftTwips: number | null;
  indentRightTwips: number | null;
  runs: RunInfo[];
}
interface HeaderInfo {
  text: string;
  pageField: boolean;
}
interface SectionInfo {
  orientation: string;
  widthMm: number;
  heightMm: number;
  margins: { top: number; bottom: number; left: number; right: number };
  differentFirstPage: boolean;
  header: HeaderInfo;
  firstPageHeader: HeaderInfo;
  restartAt: number | null;
}
interface RowInfo {
  header: boolean;
  cantSplit: boolean;
  cells: { span: number; fill: string | null }[];
  texts: string[];
}
interface DocxInfo {
  sections: SectionInfo[];
  paragraphs: ParagraphInfo[];
  cellParagraphs: ParagraphInfo[];
  tables: { rows: RowInfo[]; grid: number[] }[];
  core: { title: string; author: string; created: string; modified: string };
}

const READER = readFileSync(path.join(__dirname, 'read_docx.py'), 'utf8');
const PORTRAIT = { widthPt: 595.3, heightPt: 841.9 };

let dir: string;
let docxPath: string;
let pdf: string;
let info: DocxInfo;
let pages: PdfPage[];

beforeAll(async () => {
  dir = tempDir('chitieu-docx-');
  docxPath = path.join(dir, 'bao-cao.docx');
  writeFileSync(docxPath, await writeDocx(sampleDocument()));
  info = JSON.parse(python(READER, [docxPath])) as DocxInfo;
  pdf = libreOfficeConvert(docxPath, 'pdf', dir);
  pages = pdfPages(pdf);
}, 180000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const isPortrait = (p: PdfPage) =>
  Math.abs(p.widthPt - PORTRAIT.widthPt) < 1 && Math.abs(p.heightPt - PORTRAIT.heightPt) < 1;
const isLandscape = (p: PdfPage) =>
  Math.abs(p.widthPt - PORTRAIT.heightPt) < 1 && Math.abs(p.heightPt - PORTRAIT.widthPt) < 1;
/** The first line of a page's text that is not blank. */
const firstLine = (p: PdfPage | undefined) =>
  (p?.text ?? '')
    .split('\n')
    .find((l) => l.trim() !== '')
    ?.trim();
const allRuns = () => [...info.paragraphs, ...info.cellParagraphs].flatMap((p) => p.runs);
const paragraphWith = (text: string) => info.paragraphs.find((p) => p.text === text);
const cellParagraphWith = (text: string) => info.cellParagraphs.find((p) => p.text === text);

describe('the .docx, read by python-docx', () => {
  it('L1: A4, the main text portrait and the appendix landscape', () => {
    expect(info.sections.map((s) => [s.orientation, s.widthMm, s.heightMm])).toEqual([
      ['portrait', 210.01, 297],
      ['landscape', 297, 210.01],
    ]);
  });

  it('L2: margins 20 mm top and bottom, 30 mm left, 15 mm right, in both sections', () => {
    for (const s of info.sections) {
      expect(s.margins.top).toBeCloseTo(20, 1);
      expect(s.margins.bottom).toBeCloseTo(20, 1);
      expect(s.margins.left).toBeCloseTo(30, 1);
      expect(s.margins.right).toBeCloseTo(15, 1);
    }
  });

  it('L3: every run is Times New Roman in all its font slots, in black', () => {
    const runs = allRuns();
    expect(runs.length).toBeGreaterThan(100);
    expect(
      runs.filter((r) => r.font !== 'Times New Roman' || r.fontSlots?.join() !== 'Times New Roman'),
    ).toEqual([]);
    expect(runs.filter((r) => r.color !== '000000')).toEqual([]);
  });

  it('L4: a page-number field in the header of both sections, an empty header on their first pages', () => {
    for (const s of info.sections) {
      expect(s.differentFirstPage).toBe(true);
      expect(s.header.pageField).toBe(true);
      expect(s.firstPageHeader).toEqual({ text: '', pageField: false });
    }
  });

  it('L5, L6: Quốc hiệu bold 12 pt, Tiêu ngữ bold 13 pt', () => {
    expect(cellParagraphWith('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')?.runs[0]).toMatchObject({
      size: 12,
      bold: true,
    });
    expect(cellParagraphWith('Độc lập - Tự do - Hạnh phúc')?.runs[0]).toMatchObject({ size: 13, bold: true });
  });

  it('L7: the parent body not bold, the issuer bold, both 13 pt', () => {
    expect(cellParagraphWith('UBND TỈNH SƠN LA')?.runs[0]).toMatchObject({ size: 13, bold: false });
    expect(cellParagraphWith('SỞ TÀI CHÍNH')?.runs[0]).toMatchObject({ size: 13, bold: true });
  });

  it('L8, L9: the blank number at 13 pt; place and date italic at 14 pt', () => {
    expect(info.cellParagraphs.find((p) => /^Số: +\/BC-STC$/.test(p.text))?.runs[0]).toMatchObject({
      size: 13,
    });
    const date = info.cellParagraphs.find((p) => p.text.startsWith('Sơn La, ngày'));
    expect(date?.runs[0]).toMatchObject({ size: 14, italic: true });
  });

  it('L10: "BÁO CÁO" and the summary bold, 14 pt, centred', () => {
    for (const t of ['BÁO CÁO', 'Tình hình thực hiện nhiệm vụ, giải pháp chủ yếu']) {
      expect(paragraphWith(t)?.runs[0]).toMatchObject({ size: 14, bold: true });
      expect(paragraphWith(t)?.alignment).toBe('CENTER (1)');
    }
  });

  it('L11: body paragraphs justified at 14 pt, bold and italic runs kept', () => {
    const p = info.paragraphs.find((x) => x.text.startsWith('Thu ngân sách nhà nước trên địa bàn'));
    expect(p?.alignment).toBe('JUSTIFY (3)');
    expect(p?.runs.map((r) => [r.text, r.size, r.bold, r.italic])).toEqual([
      ['Thu ngân sách nhà nước trên địa bàn lũy kế đạt ', 14, false, false],
      ['4.480,9 tỷ đồng', 14, true, false],
      [', bằng 20,6\u00a0% kế hoạch năm ', 14, false, false],
      ['(số liệu ước tính)', 14, false, true],
      ['.', 14, false, false],
    ]);
  });

  it("L12: headings carry their numbers, in Word's heading styles of their level", () => {
    expect(paragraphWith('I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU')).toMatchObject({ style: 'Heading 1' });
    expect(paragraphWith('I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU')?.runs[0]).toMatchObject({
      bold: true,
      size: 14,
    });
    expect(paragraphWith('1. Chỉ tiêu kinh tế')).toMatchObject({ style: 'Heading 2' });
    expect(paragraphWith('đ) Thu ngân sách')).toMatchObject({ style: 'Heading 3' });
    expect(paragraphWith('đ) Thu ngân sách')?.runs[0]).toMatchObject({ bold: false, italic: false });
  });

  it('L13, L14: the signature lines bold 14 pt, "Nơi nhận:" bold italic 12 pt, its list 11 pt', () => {
    expect(cellParagraphWith('KT. GIÁM ĐỐC')?.runs[0]).toMatchObject({ size: 14, bold: true });
    expect(cellParagraphWith('(Ký, ghi rõ họ tên, đóng dấu)')?.runs[0]).toMatchObject({ italic: true });
    expect(cellParagraphWith('Nơi nhận:')?.runs[0]).toMatchObject({ size: 12, bold: true, italic: true });
    expect(cellParagraphWith('- Lưu: VT, KHTH.')?.runs[0]).toMatchObject({ size: 11, bold: false });
  });

  it('L15, L17: the appendix restarts its page count at 1', () => {
    expect(info.sections.map((s) => s.restartAt)).toEqual([null, 1]);
    expect(paragraphWith('Phụ lục')?.runs[0]).toMatchObject({ size: 14, bold: true });
  });

  it('L16: the bars are cells spanning their share of 20 steps, filled by verdict', () => {
    const bars = info.tables.find((t) => t.rows[0]?.texts[0] === 'Tháng 5');
    const filled = bars?.rows.filter((r) => r.cells.length > 1).map((r) => r.cells[1]);
    expect(filled).toEqual([
      { span: 4, fill: 'C00000' },
      { span: 9, fill: 'FFC000' },
      { span: 17, fill: '70AD47' },
    ]);
  });

  it('L18: the long table marks its header row to repeat and no row may split', () => {
    const long = info.tables.find((t) => t.rows[0]?.texts.join('|') === LONG_HEADER.join('|'));
    expect(long?.rows).toHaveLength(LONG_ROWS + 1);
    expect(long?.rows.map((r) => r.header)).toEqual([
      true,
      ...Array.from({ length: LONG_ROWS }, () => false),
    ]);
    expect(long?.rows.every((r) => r.cantSplit)).toBe(true);
  });

  it('L18: merged header cells read back merged: "Thực hiện" over two columns, the others over two rows', () => {
    const merged = info.tables.find((t) => t.rows[0]?.texts[0] === 'TT');
    expect(merged?.rows.slice(0, 2).map((r) => r.header)).toEqual([true, true]);
    expect(merged?.rows[0]?.texts).toEqual(['TT', 'Chỉ tiêu', 'Thực hiện', 'Thực hiện', 'Đánh giá']);
    expect(merged?.rows[1]?.texts).toEqual(['TT', 'Chỉ tiêu', 'Tháng 7', 'Lũy kế', 'Đánh giá']);
  });

  it("L19: the motto's rule is a bottom border between indents, as long as the motto", () => {
    const header = info.tables[0];
    const rightCell = (header?.grid[1] ?? 0) - 2 * 85;
    const rules = info.cellParagraphs.filter((p) => p.bottomBorder);
    const lengths = rules.map((r) => rightCell - (r.indentLeftTwips ?? 0) - (r.indentRightTwips ?? 0));
    expect(lengths.some((l) => Math.abs(l - mmToTwips(textWidthMm(MOTTO, SIZES.motto, true))) <= 2)).toBe(
      true,
    );
  });

  it("L20: the file carries the model's date, not the clock's", () => {
    expect(info.core).toEqual({
      title: 'Báo cáo mẫu',
      author: 'Chỉ tiêu KT-XH',
      created: '2025-08-18T02:00:00',
      modified: '2025-08-18T02:00:00',
    });
  });
});

describe('the PDF LibreOffice makes of it', () => {
  it('L1: two portrait pages of main text, then the appendix on landscape pages', () => {
    expect(pages.map((p) => (isPortrait(p) ? 'P' : isLandscape(p) ? 'L' : '?')).join('')).toBe('PPLLLLL');
    savePageImage(pdf, 1, 'report-page-1', dir);
    savePageImage(pdf, pages.findIndex(isLandscape) + 1, 'report-appendix-page-1', dir);
    expect(existsSync(path.join(__dirname, '..', 'artifacts', 'screenshots', 'report-page-1.png'))).toBe(
      true,
    );
  });

  it('L4: no number on the first page; "2" at the top of the second', () => {
    expect(firstLine(pages[0])).toMatch(/^UBND TỈNH SƠN LA\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/);
    expect(firstLine(pages[1])).toBe('2');
  });

  it('L17: the appendix counts again: no number on its first page, "2" on its second', () => {
    const first = pages.findIndex(isLandscape);
    expect(firstLine(pages[first])).toBe('Phụ lục');
    expect(firstLine(pages[first + 1])).toBe('2');
  });

  it("L18: the long table's header row is printed at the top of every appendix page, and all its rows are there", () => {
    const appendix = pages.filter(isLandscape);
    expect(appendix.every((p) => p.text.includes('Nguồn số liệu') && p.text.includes('Kế hoạch năm'))).toBe(
      true,
    );
    const text = appendix.map((p) => p.text).join('\n');
    const missing = Array.from({ length: LONG_ROWS }, (_, i) => `Chỉ tiêu mẫu số ${i + 1} `).filter(
      (t) => !text.includes(t),
    );
    expect(missing).toEqual([]);
  });

  it('holds the official parts in their text', () => {
    const first = pages[0]?.text ?? '';
    for (const t of [
      'SỞ TÀI CHÍNH',
      'Độc lập - Tự do - Hạnh phúc',
      '/BC-STC',
      'năm 2025',
      'BÁO CÁO',
      'I. KẾT QUẢ',
    ]) {
      expect(first).toContain(t);
    }
    const last = pages[1]?.text ?? '';
    for (const t of ['II. KIẾN NGHỊ', 'Nơi nhận:', 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '- Lưu: VT, KHTH.']) {
      expect(last).toContain(t);
    }
  });

  it('L6: the motto prints as wide as the metrics say, so its rule matches it', () => {
    const words = pdfWords(pdf, 1);
    const from = words.find((w) => w.text === 'Độc');
    const to = words.find((w) => w.text === 'phúc' && Math.abs(w.yMin - (from?.yMin ?? 0)) < 1);
    const printedMm = (((to?.xMax ?? 0) - (from?.xMin ?? 0)) * 25.4) / 72;
    expect(printedMm / textWidthMm(MOTTO, SIZES.motto, true)).toBeCloseTo(1, 1);
  });
});

/** Fakes only the clock (Date), so the writer's promises and timers run as usual. */
function fakeClock(now: Date): void {
  jest.useFakeTimers({
    now,
    doNotFake: [
      'nextTick',
      'setImmediate',
      'clearImmediate',
      'setTimeout',
      'clearTimeout',
      'setInterval',
      'clearInterval',
      'queueMicrotask',
      'hrtime',
      'performance',
    ],
  });
}

describe('repeatable output', () => {
  afterEach(() => jest.useRealTimers());

  it('L20: the same model gives the same bytes, whatever the clock says', async () => {
    fakeClock(new Date('2031-03-04T05:06:07Z'));
    const a = await writeDocx(sampleDocument());
    jest.setSystemTime(new Date('2040-12-31T23:59:59Z'));
    const b = await writeDocx(sampleDocument());
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const core = strFromU8(unzipSync(a)['docProps/core.xml'] ?? new Uint8Array());
    expect(core).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2025-08-18T02:00:00Z</dcterms:created>',
    );
    expect(core).not.toContain('2031');
  });

  it('L20: a different model gives different bytes', async () => {
    const model = sampleDocument();
    const a = await writeDocx(model);
    const b = await writeDocx({ ...model, meta: { ...model.meta, createdIso: '2025-09-18T02:00:00Z' } });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });
});
