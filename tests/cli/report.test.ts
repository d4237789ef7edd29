/**
 * `chitieu report` and the demo's draft (issue 12's acceptance): the .docx read back by python-docx (Debian's
 * python3-docx, a second client) and converted to PDF by LibreOffice; its official parts, sections, every indicator of
 * the plan, the agencies that did not report, the comparison with the month merged before it with `--into`; a month
 * with no month before; bad input in one line with exit code 2.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inputNames } from '../../src/core/consolidate/labels';
import { previousDataRows } from '../../src/core/consolidate/sheets/data';
import { readRecords } from '../../src/core/consolidate/sheets/records';
import type { Plan } from '../../src/core/plan/schema';
import { readWorkbook } from '../../src/xlsx/read';
import { chitieu, ROOT } from '../support/cli';
import { docxText } from '../support/docxText';
import { libreOfficeConvert, python, tempDir } from '../support/external';

const plan = JSON.parse(readFileSync(path.join(ROOT, 'seeds', 'sonla-2025', 'plan.json'), 'utf8')) as Plan;
const dir = path.join(tempDir(), 'demo');
const report = path.join(dir, 'bao-cao_2025-07.docx');
const workbook = path.join(dir, 'tong-hop_2025-07.xlsx');
let demo: ReturnType<typeof chitieu>;
let text: string;

beforeAll(() => {
  demo = chitieu(['demo', '--out', dir]);
  text = docxText(report);
});

describe('the demo’s draft report', () => {
  it('is written by the demo, which says where', () => {
    expect(demo.code).toBe(0);
    expect(demo.stdout).toContain(`5. Dự thảo báo cáo tháng: ${report}`);
  });

  it('has the official parts of Decree 30/2020: body, Quốc hiệu, number to fill, place and date, title, signature, Nơi nhận', () => {
    const lines = text.split('\n');
    expect(lines[0]).toBe(
      'UBND TỈNH SƠN LA / SỞ TÀI CHÍNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc',
    );
    expect(lines[1]).toMatch(/^Số: +\/BC-STC \| Sơn La, ngày +tháng +năm 2025$/);
    // The title is cut into lines that fit (a paragraph each).
    const title = lines.slice(lines.indexOf('BÁO CÁO') + 1, lines.indexOf('BÁO CÁO') + 4).join(' ');
    expect(title).toMatch(/^Tình hình thực hiện nhiệm vụ, giải pháp .* tháng 7 năm 2025$/);
    expect(text).toMatch(/\nNơi nhận: \/ - UBND tỉnh Sơn La \(báo cáo\);.* \| GIÁM ĐỐC/);
  });

  it('has the sections in the Decision’s order and the appendices', () => {
    const order = [
      'I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU',
      'II. TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ, GIẢI PHÁP',
      'III. TÌNH HÌNH CHẤP HÀNH CHẾ ĐỘ BÁO CÁO',
      'IV. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ, ĐỀ XUẤT',
      'Phụ lục I',
      'Phụ lục II',
    ].map((h) => text.indexOf(`\n${h}\n`));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('names every indicator of the plan, with its figure or why it has none', () => {
    for (const ind of plan.indicators) expect(text).toContain(`${ind.name} (${ind.id})`);
  });

  it('names the agencies that did not report, and the ones late with their days', () => {
    const missing = text.slice(text.indexOf('Chưa gửi báo cáo ('));
    expect(missing.split('\n')[1]).toMatch(/UBND xã Sốp Cộp/);
    expect(missing.split('\n')[1]).toMatch(/UBND xã Bắc Yên/);
    expect(text).toMatch(/\(muộn \d+ ngày; nhận ngày \d\d\/07\/2025/);
  });

  it('compares with June, merged into the same workbook before July (--into)', () => {
    expect(text).toMatch(/so với (lũy kế )?tháng 6\/2025 \([\d.,]+/);
    expect(text).not.toContain('chưa so sánh với tháng trước');
  });

  it('is Times New Roman, A4 portrait with the decree’s margins, the appendix in a landscape section', () => {
    const out = python(
      `
import sys, docx
from docx.oxml.ns import qn
d = docx.Document(sys.argv[1])
r = d.styles.element.find(qn('w:docDefaults')).find(qn('w:rPrDefault')).find(qn('w:rPr'))
others = {run.font.name for p in d.paragraphs for run in p.runs if run.font.name not in (None, 'Times New Roman')}
print(r.find(qn('w:rFonts')).get(qn('w:ascii')), int(r.find(qn('w:sz')).get(qn('w:val'))) / 2, sorted(others))
for s in d.sections:
    print(s.orientation, round(s.page_width.mm), round(s.page_height.mm), round(s.top_margin.mm), round(s.bottom_margin.mm), round(s.left_margin.mm), round(s.right_margin.mm))
`,
      [report],
    ).trim();
    const [font, ...sections] = out.split('\n');
    expect(font).toMatch(/^Times New Roman 1[34](\.0)? \[\]$/);
    expect(sections[0]).toMatch(/^PORTRAIT \(0\) 210 297 (2\d) (2\d) (3\d) (1\d)$/);
    expect(sections.at(-1)).toMatch(/^LANDSCAPE \(1\) 297 210 /);
  });

  it('opens in LibreOffice and converts to PDF, with the same text', () => {
    const pdf = libreOfficeConvert(report, 'pdf', tempDir());
    const pages = /Pages:\s+(\d+)/.exec(python_pdfinfo(pdf))?.[1];
    expect(Number(pages)).toBeGreaterThan(3);
    const pdfText = python(
      `import subprocess, sys; sys.stdout.write(subprocess.run(['pdftotext', sys.argv[1], '-'], capture_output=True, text=True).stdout)`,
      [pdf],
    );
    expect(pdfText).toContain('BÁO CÁO');
    expect(pdfText).toContain('UBND xã Sốp Cộp');
  });
});

/** pdfinfo's output for a PDF. */
function python_pdfinfo(pdf: string): string {
  return python(
    `import subprocess, sys; sys.stdout.write(subprocess.run(['pdfinfo', sys.argv[1]], capture_output=True, text=True).stdout)`,
    [pdf],
  );
}

describe('chitieu report', () => {
  it('writes the report of a month of the workbook to --out', () => {
    const out = path.join(tempDir(), 'thang-7.docx');
    const run = chitieu(['report', workbook, '--period', '2025-07', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(`Dự thảo báo cáo kỳ 2025-07: ${out}`);
    expect(docxText(out)).toBe(text);
  });

  it('a month with no month before in the workbook: written without the comparison, and says so', () => {
    const june = path.join(tempDir(), 'tong-hop_2025-06.xlsx');
    const merged = chitieu([
      'merge',
      path.join(dir, 'nop-ve-thang-06'),
      '--period',
      '2025-06',
      '--out',
      june,
    ]);
    expect(merged.code).toBe(0);
    const out = path.join(tempDir(), 'thang-6.docx');
    expect(chitieu(['report', june, '--out', out]).code).toBe(0);
    const t = docxText(out);
    expect(t).toContain(
      'Sổ tổng hợp chưa có số liệu tháng 5/2025 nên báo cáo này chưa so sánh với tháng trước.',
    );
    expect(t).not.toMatch(/so với (lũy kế )?tháng 5\/2025/);
  });

  /** One line on stderr naming the file, exit code 2, nothing written. */
  function refused(args: string[], file: string, says: RegExp): void {
    const out = path.join(tempDir(), 'bao-cao.docx');
    const run = chitieu(['report', ...args, '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(`"${file}"`);
    expect(run.stderr).toMatch(says);
    expect(run.stdout).toBe('');
    expect(() => readFileSync(out)).toThrow();
  }

  it('refuses a workbook that is not a consolidation (an agency’s template), in one line', () => {
    const template = path.join(dir, 'mau-bieu', '2025-07_bchqs.xlsx');
    refused([template], template, /tệp không phải sổ tổng hợp do chương trình này tạo/);
  });

  it('refuses a file that is not a workbook at all, in one line', () => {
    const bad = path.join(tempDir(), 'tong-hop.xlsx');
    writeFileSync(bad, 'không phải sổ Excel');
    refused([bad], bad, /không viết được báo cáo từ .*Tệp không phải là sổ Excel \.xlsx/);
  });

  it('refuses a month the workbook does not have, naming the months it has', () => {
    refused(
      [workbook, '--period', '2025-05'],
      workbook,
      /không có số liệu tổng hợp kỳ 2025-05 \(các kỳ có trong sổ: 2025-06, 2025-07\)/,
    );
  });
});

/**
 * Every number a document states, as a number: Vietnamese notation read back (4.480,9 → 4480.9), with the decimals
 * it shows. Dates, months and years, identifiers (CT01, NV1.1, II.5, cells D12), file names, numbering of headings
 * and of table rows, the plan's own names ("Quy hoạch tỉnh 2021–2030") and the agencies' words, quoted, are not
 * figures and are left out first.
 */
function statedNumbers(doc: string): { token: string; value: number; decimals: number }[] {
  const names = [...plan.indicators.map((i) => i.name), ...plan.tasks.map((t) => t.title)];
  const figures = names
    .reduce((t, name) => t.split(name).join(' '), doc.replace(/“[^”]*”/g, ' '))
    .split('\n')
    .map((l) => l.replace(/^\d+ \| /, '').replace(/^\d+\. /, ''))
    .join('\n')
    .replace(/\S+\.xlsx/g, ' ')
    .replace(/\d{1,2}\/\d{1,2}\/\d{4}|\d{1,2}\/\d{4}|\d{4}-\d{2}(-\d{2})?|\d{1,2}:\d{2}(:\d{2})?/g, ' ')
    .replace(/(năm|Hình|Đợt|Phụ lục) \d+/g, ' ')
    .replace(/\b[A-ZĐ]+\d+(\.\d+)*\b|\b[IVX]+(\.\d+)+\b/g, ' ');
  return [...figures.matchAll(/\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g)].map(([token]) => {
    const [whole = '', fraction = ''] = token.replace(/\./g, '').split(',');
    return { token, value: Number(`${whole}.${fraction || '0'}`), decimals: fraction.length };
  });
}

/** Every number in a value (a month's record, the plan), counts of its lists and of their items by kind too. */
function numbersIn(value: unknown, into: Set<number>): Set<number> {
  if (typeof value === 'number') into.add(value);
  else if (Array.isArray(value)) {
    into.add(value.length);
    const byKind = new Map<string, number>();
    for (const item of value) {
      numbersIn(item, into);
      for (const [key, leaf] of leaves(item))
        byKind.set(`${key}=${leaf}`, (byKind.get(`${key}=${leaf}`) ?? 0) + 1);
    }
    for (const n of byKind.values()) into.add(n);
  } else if (value && typeof value === 'object') for (const v of Object.values(value)) numbersIn(v, into);
  return into;
}

/** The text leaves of an item, two levels deep ("progress.status" → "met"). */
function leaves(item: unknown, prefix = '', depth = 0): [string, string][] {
  if (!item || typeof item !== 'object' || Array.isArray(item) || depth > 1) return [];
  return Object.entries(item).flatMap(([k, v]): [string, string][] =>
    typeof v === 'string' || typeof v === 'boolean'
      ? [[prefix + k, String(v)]]
      : leaves(v, `${prefix}${k}.`, depth + 1),
  );
}

describe('every number in the document comes from the consolidation', () => {
  it('each figure the demo’s report states is one the workbook holds (or the change between two of its months)', () => {
    const read = readWorkbook(new Uint8Array(readFileSync(workbook)), 'tong-hop.xlsx');
    if (!read.ok) throw new Error('the demo’s workbook is unreadable');
    const records = readRecords(read.snapshot);
    const data = previousDataRows(read.snapshot, plan.id, inputNames(plan.indicators));
    if (!records.ok || !data.ok) throw new Error('the demo’s workbook has no records');
    const known = numbersIn(plan, numbersIn(records.records, new Set<number>()));
    for (const row of data.rows) if (typeof row.value === 'number') known.add(row.value);
    // The change from June to July of each province figure ("tăng 2.178 tỷ đồng").
    const [june, july] = records.records;
    for (const now of july?.indicators ?? []) {
      const before = june?.indicators.find((p) => p.indicatorId === now.indicatorId);
      if (typeof now.actual === 'number' && typeof before?.actual === 'number')
        known.add(Math.abs(now.actual - before.actual));
    }
    const explained = (n: { value: number; decimals: number }) =>
      [...known].some((k) => Math.abs(Number(Math.abs(k).toFixed(n.decimals)) - n.value) < 1e-9);
    const stated = statedNumbers(text);
    expect(stated.length).toBeGreaterThan(300);
    expect(stated.filter((n) => !explained(n)).map((n) => n.token)).toEqual([]);
    // A figure mistyped would be caught: the province's revenue 4.612,4 written 4.162,4.
    expect(text).toContain('4.612,4 tỷ đồng');
    const typo = statedNumbers(text.replace('4.612,4 tỷ đồng', '4.162,4 tỷ đồng'));
    expect(typo.filter((n) => !explained(n)).map((n) => n.token)).toEqual(['4.162,4']);
  });
});
