/**
 * A sample official report holding every kind of block: headings of the three levels, paragraphs with bold and
 * italic runs, a table with merged header cells, both figure displays, and an appendix whose 60-row table runs over
 * several landscape pages.
 */
import type { Block, DocumentModel, TableBlock } from '../../src/core/report';
import { bodyParagraph, cell, heading, officialDocument, row, run } from '../../src/core/report';
import { SAMPLE_HEADER } from '../core/report/fixtures';

/** Rows in the appendix's long table. */
export const LONG_ROWS = 60;

/** The long table's header, as a reader sees it on every page. */
export const LONG_HEADER = [
  'TT',
  'Chỉ tiêu',
  'Đơn vị',
  'Kế hoạch năm',
  'Thực hiện tháng',
  'Lũy kế',
  'Nguồn số liệu',
];

/** A table with a two-row header: "Thực hiện" spans two columns, the others span both rows. */
export function mergedHeaderTable(): TableBlock {
  const h = (t: string, o: { colSpan?: number; rowSpan?: number } = {}) =>
    cell(t, { bold: true, align: 'center', vAlign: 'center', ...o });
  return {
    kind: 'table',
    columns: [8, 40, 17, 17, 18],
    borders: 'grid',
    headerRows: [
      row([
        h('TT', { rowSpan: 2 }),
        h('Chỉ tiêu', { rowSpan: 2 }),
        h('Thực hiện', { colSpan: 2 }),
        h('Đánh giá', { rowSpan: 2 }),
      ]),
      row([h('Tháng 7'), h('Lũy kế')]),
    ],
    rows: [
      row([
        cell('1', { align: 'center' }),
        cell('Thu ngân sách nhà nước (tỷ đồng)'),
        cell('512,3', { align: 'right' }),
        cell('4.480,9', { align: 'right' }),
        cell('Đạt'),
      ]),
      row([
        cell('2', { align: 'center' }),
        cell('Tỷ lệ đô thị hóa (%)'),
        cell('20,6', { align: 'right' }),
        cell('20,6', { align: 'right' }),
        cell('Gần đạt'),
      ]),
    ],
  };
}

/** The appendix's long table: LONG_ROWS rows under a header that repeats on every page. */
export function longTable(): TableBlock {
  const rows = Array.from({ length: LONG_ROWS }, (_, i) =>
    row([
      cell(String(i + 1), { align: 'center' }),
      cell(`Chỉ tiêu mẫu số ${i + 1}`),
      cell('tỷ đồng', { align: 'center' }),
      cell('1.000,0', { align: 'right' }),
      cell(`${i + 1},5`, { align: 'right' }),
      cell(`${(i + 1) * 10},5`, { align: 'right' }),
      cell(`Sở Tài chính.xlsx, Chỉ tiêu!J${i + 5}`),
    ]),
  );
  return {
    kind: 'table',
    columns: [5, 30, 9, 12, 12, 12, 20],
    borders: 'grid',
    headerRows: [row(LONG_HEADER.map((t) => cell(t, { bold: true, align: 'center', vAlign: 'center' })))],
    rows,
  };
}

/** Paragraphs enough to carry the main text onto a second page, where its page number shows. */
export const FILLER_PARAGRAPHS = 6;

/** The n-th filler paragraph. */
export function filler(n: number): string {
  return (
    `Nhiệm vụ thứ ${n}: các cơ quan chủ trì đã triển khai theo kế hoạch, bám sát các mốc thời gian của Quyết định; ` +
    'những nội dung chưa hoàn thành được nêu rõ nguyên nhân, trách nhiệm và giải pháp khắc phục trong các tháng còn lại ' +
    'của năm, bảo đảm hoàn thành mục tiêu tăng trưởng đã đề ra.'
  );
}

/** The body: every block kind. */
export function sampleBody(): Block[] {
  return [
    heading(1, 1, 'Kết quả thực hiện các chỉ tiêu'),
    bodyParagraph([
      run('Thu ngân sách nhà nước trên địa bàn lũy kế đạt '),
      run('4.480,9 tỷ đồng', { bold: true }),
      run(', bằng 20,6\u00a0% kế hoạch năm '),
      run('(số liệu ước tính)', { italic: true }),
      run('.'),
    ]),
    heading(2, 1, 'Chỉ tiêu kinh tế'),
    heading(3, 5, 'Thu ngân sách'),
    bodyParagraph('Bảng dưới đây tóm tắt kết quả của hai chỉ tiêu.'),
    mergedHeaderTable(),
    {
      kind: 'figure',
      caption: 'Hình 1. Tỷ lệ giải ngân vốn đầu tư công theo tháng (%)',
      display: 'bars',
      bars: [
        { label: 'Tháng 5', value: 20.6, valueText: '20,6 %', tone: 'missed' },
        { label: 'Tháng 6', value: 45, valueText: '45,0 %', tone: 'near' },
        { label: 'Tháng 7', value: 84, valueText: '84,0 %', tone: 'met' },
      ],
      scaleMax: 100,
    },
    {
      kind: 'figure',
      caption: 'Bảng 2. Số đơn vị gửi báo cáo đúng hạn',
      display: 'table',
      labelHeader: 'Tháng',
      valueHeader: 'Số đơn vị',
      bars: [
        { label: 'Tháng 6', value: 40, valueText: '40' },
        { label: 'Tháng 7', value: 52, valueText: '52' },
      ],
    },
    heading(2, 2, 'Nhiệm vụ theo lĩnh vực'),
    ...Array.from({ length: FILLER_PARAGRAPHS }, (_, i) => bodyParagraph(filler(i + 1))),
    heading(1, 2, 'Kiến nghị'),
    bodyParagraph('Đề nghị Ủy ban nhân dân tỉnh chỉ đạo các cơ quan gửi báo cáo đúng hạn.'),
  ];
}

/** The whole sample document. */
export function sampleDocument(): DocumentModel {
  return officialDocument({
    meta: { title: 'Báo cáo mẫu', creator: 'Chỉ tiêu KT-XH', createdIso: '2025-08-18T02:00:00Z' },
    header: SAMPLE_HEADER,
    docType: 'Báo cáo',
    summary: [
      'Tình hình thực hiện nhiệm vụ, giải pháp chủ yếu',
      'phát triển kinh tế - xã hội tháng 7 năm 2025',
    ],
    body: sampleBody(),
    recipients: ['UBND tỉnh (b/c)', 'Các sở, ban, ngành'],
    archive: ['VT', 'KHTH'],
    signer: { position: 'Giám đốc', authority: 'KT.', signerPosition: 'Phó Giám đốc', signing: 'paper' },
    appendices: [{ title: 'Kết quả thực hiện các chỉ tiêu theo cơ quan', blocks: [longTable()] }],
  });
}
