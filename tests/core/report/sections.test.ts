/** The whole document's sections — docs/report.md, rows L1, L2, L4, L15, L17. */
import type { DocumentModel } from '../../../src/core/report';
import { bodyParagraph, officialDocument, OFFICIAL_MARGINS, textWidthMmOf } from '../../../src/core/report';
import { SAMPLE_HEADER } from './fixtures';

function doc(appendices: number): DocumentModel {
  return officialDocument({
    meta: { title: 'T', creator: 'C', createdIso: '2025-08-18T00:00:00Z' },
    header: SAMPLE_HEADER,
    docType: 'Báo cáo',
    summary: 'Tình hình thực hiện',
    body: [bodyParagraph('Nội dung.')],
    recipients: ['UBND tỉnh'],
    signer: { position: 'Giám đốc', signing: 'paper' },
    appendices: Array.from({ length: appendices }, (_, i) => ({ title: `Bảng ${i + 1}`, blocks: [] })),
  });
}

describe('sections', () => {
  it('L1: the main text is portrait; each appendix is a landscape section of its own', () => {
    expect(doc(2).sections.map((s) => s.orientation)).toEqual(['portrait', 'landscape', 'landscape']);
  });

  it("L2: margins inside the decree's ranges: 20–25 top and bottom, 30–35 left, 15–20 right", () => {
    for (const s of doc(1).sections) {
      expect(s.margins.topMm).toBeGreaterThanOrEqual(20);
      expect(s.margins.topMm).toBeLessThanOrEqual(25);
      expect(s.margins.bottomMm).toBeGreaterThanOrEqual(20);
      expect(s.margins.bottomMm).toBeLessThanOrEqual(25);
      expect(s.margins.leftMm).toBeGreaterThanOrEqual(30);
      expect(s.margins.leftMm).toBeLessThanOrEqual(35);
      expect(s.margins.rightMm).toBeGreaterThanOrEqual(15);
      expect(s.margins.rightMm).toBeLessThanOrEqual(20);
    }
    expect(textWidthMmOf('portrait', OFFICIAL_MARGINS)).toBe(165);
    expect(textWidthMmOf('landscape', OFFICIAL_MARGINS)).toBe(252);
  });

  it('L4: the main text shows page numbers from its second page and does not restart them', () => {
    expect(doc(0).sections[0]).toMatchObject({ pageNumbers: 'fromSecondPage', restartPageNumbers: false });
  });

  it('L17: each appendix counts its pages from 1, without a number on its first page', () => {
    for (const s of doc(2).sections.slice(1))
      expect(s).toMatchObject({ pageNumbers: 'fromSecondPage', restartPageNumbers: true });
  });

  it('L15: appendices are numbered only when there are several', () => {
    const first = (d: DocumentModel, i: number) => d.sections[i]?.blocks[0];
    expect(first(doc(1), 1)).toMatchObject({ runs: [expect.objectContaining({ text: 'Phụ lục' })] });
    expect(first(doc(2), 2)).toMatchObject({ runs: [expect.objectContaining({ text: 'Phụ lục II' })] });
  });

  it('the main section runs header, title, body, closing in that order', () => {
    const blocks = doc(0).sections[0]?.blocks ?? [];
    expect(blocks[0]).toMatchObject({ kind: 'table', borders: 'none' });
    expect(blocks.at(-2)).toMatchObject({
      kind: 'paragraph',
      runs: [expect.objectContaining({ text: 'Nội dung.' })],
    });
    expect(blocks.at(-1)).toMatchObject({ kind: 'table', borders: 'none', columns: [50, 50] });
  });
});
