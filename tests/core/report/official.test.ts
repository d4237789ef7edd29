/** The official parts of an administrative document — docs/report.md, rows L5–L10, L13–L15. */
import type { Block, CellBlock, ParagraphBlock, RuleBlock, TableBlock } from '../../../src/core/report';
import {
  appendixHeading,
  attachmentNote,
  closing,
  documentTitle,
  MOTTO,
  NATIONAL_NAME,
  numberLine,
  officialHeader,
  placeDateLine,
  recipientLines,
  signatureLines,
  SIGN_DIGITALLY,
  SIGN_ON_PAPER,
  textOf,
  textWidthMm,
} from '../../../src/core/report';
import { SAMPLE_HEADER } from './fixtures';

/** The blocks of a cell of a table. */
function cellOf(table: TableBlock, r: number, c: number): readonly CellBlock[] {
  const cell = table.rows[r]?.cells[c];
  if (!cell) throw new Error(`no cell ${r},${c}`);
  return cell.content;
}

function para(b: Block | undefined): ParagraphBlock {
  if (b?.kind !== 'paragraph') throw new Error(`not a paragraph: ${JSON.stringify(b)}`);
  return b;
}

function rule(b: Block | undefined): RuleBlock {
  if (b?.kind !== 'rule') throw new Error(`not a rule: ${JSON.stringify(b)}`);
  return b;
}

describe('the header', () => {
  const header = officialHeader(SAMPLE_HEADER);

  it('L5: Quốc hiệu heads the right column in bold capitals, 12 pt', () => {
    const q = para(cellOf(header, 0, 1)[0]);
    expect(textOf(q.runs)).toBe(NATIONAL_NAME);
    expect(q.runs[0]).toMatchObject({ bold: true, sizePt: 12 });
    expect(q.align).toBe('center');
  });

  it('L6: Tiêu ngữ follows in bold, 13 pt, with a rule as long as its line', () => {
    const motto = para(cellOf(header, 0, 1)[1]);
    expect(textOf(motto.runs)).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(motto.runs[0]).toMatchObject({ bold: true, sizePt: 13 });
    expect(rule(cellOf(header, 0, 1)[2]).lengthMm).toBeCloseTo(textWidthMm(MOTTO, 13, true), 6);
  });

  it('L7: the parent body in capitals, not bold, then the issuer in bold with a rule of 1/3–1/2 of its line', () => {
    const [parent, issuer, under] = cellOf(header, 0, 0);
    expect(textOf(para(parent).runs)).toBe('UBND TỈNH SƠN LA');
    expect(para(parent).runs[0]?.bold).toBeFalsy();
    expect(para(parent).runs[0]?.sizePt).toBe(13);
    expect(textOf(para(issuer).runs)).toBe('SỞ TÀI CHÍNH');
    expect(para(issuer).runs[0]).toMatchObject({ bold: true, sizePt: 13 });
    const share = rule(under).lengthMm / textWidthMm('SỞ TÀI CHÍNH', 13, true);
    expect(share).toBeGreaterThanOrEqual(1 / 3);
    expect(share).toBeLessThanOrEqual(1 / 2);
  });

  it('L7: the header is a borderless two-column table, the issuer on the left', () => {
    expect(header).toMatchObject({ kind: 'table', borders: 'none', columns: [40, 60], headerRows: [] });
    expect(header.rows.map((r) => r.cells.length)).toEqual([2, 2]);
  });

  it('L8: the number is left blank before the symbol, 13 pt, under the issuer', () => {
    expect(numberLine('BC-STC')).toMatch(/^Số: {4,}\/BC-STC$/);
    expect(numberLine('BC-STC', '125')).toBe('Số: 125/BC-STC');
    const n = para(cellOf(header, 1, 0)[0]);
    expect(textOf(n.runs)).toBe(numberLine('BC-STC'));
    expect(n.runs[0]).toMatchObject({ sizePt: 13 });
  });

  it('L9: place and date in italics, 14 pt, day and month blank unless given', () => {
    const d = para(cellOf(header, 1, 1)[0]);
    expect(textOf(d.runs)).toMatch(/^Sơn La, ngày {4,}tháng {4,}năm 2025$/);
    expect(d.runs[0]).toMatchObject({ italic: true, sizePt: 14 });
  });

  it('L9: a 0 before days under 10 and before months 1 and 2, none before other months', () => {
    expect(placeDateLine('Sơn La', { year: 2025, month: 2, day: 5 })).toBe(
      'Sơn La, ngày 05 tháng 02 năm 2025',
    );
    expect(placeDateLine('Sơn La', { year: 2025, month: 8, day: 18 })).toBe(
      'Sơn La, ngày 18 tháng 8 năm 2025',
    );
    expect(placeDateLine('Sơn La', { year: 2025, month: 12, day: 10 })).toBe(
      'Sơn La, ngày 10 tháng 12 năm 2025',
    );
  });
});

describe('the title', () => {
  const blocks = documentTitle('Báo cáo', ['Tình hình thực hiện nhiệm vụ', 'tháng 7 năm 2025']);

  it('L10: the type in bold capitals, the summary lines in bold, 14 pt, centred, kept with what follows', () => {
    const [type, l1, l2] = blocks.map((b) => (b.kind === 'paragraph' ? b : undefined));
    expect(textOf(type?.runs ?? [])).toBe('BÁO CÁO');
    expect([l1, l2].map((p) => textOf(p?.runs ?? []))).toEqual([
      'Tình hình thực hiện nhiệm vụ',
      'tháng 7 năm 2025',
    ]);
    for (const p of [type, l1, l2]) {
      expect(p).toMatchObject({ align: 'center', keepWithNext: true });
      expect(p?.runs[0]).toMatchObject({ bold: true, sizePt: 14 });
    }
  });

  it('L10: a rule under the summary, 1/3–1/2 of its longest line', () => {
    const r = blocks.find((b) => b.kind === 'rule');
    const share =
      (r?.kind === 'rule' ? r.lengthMm : 0) / textWidthMm('Tình hình thực hiện nhiệm vụ', 14, true);
    expect(share).toBeGreaterThanOrEqual(1 / 3);
    expect(share).toBeLessThanOrEqual(1 / 2);
  });
});

describe('the closing', () => {
  const signer = {
    position: 'Giám đốc',
    authority: 'KT.',
    signerPosition: 'Phó Giám đốc',
    signing: 'paper',
  } as const;

  it('L13: the authority and positions in bold capitals, the hint, room to sign, then the name line', () => {
    const lines = signatureLines(signer).map(para);
    expect(lines.map((p) => textOf(p.runs))).toEqual([
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      SIGN_ON_PAPER,
      '',
      '',
      '',
      '',
      '',
    ]);
    expect(lines[0]?.runs[0]).toMatchObject({ bold: true, sizePt: 14 });
    expect(lines[2]?.runs[0]).toMatchObject({ italic: true });
    expect(lines[7]?.runs[0]).toMatchObject({ bold: true, sizePt: 14 });
    expect(lines.every((p) => p.align === 'center')).toBe(true);
  });

  it('L13: a digital signature gets its own hint, and a given name is written', () => {
    const lines = signatureLines({ position: 'Giám đốc', signing: 'digital', name: 'Nguyễn Văn A' }).map(
      para,
    );
    expect(lines.map((p) => textOf(p.runs))).toEqual([
      'GIÁM ĐỐC',
      SIGN_DIGITALLY,
      '',
      '',
      '',
      '',
      'Nguyễn Văn A',
    ]);
  });

  it('L14: "Nơi nhận:" in bold italics, 12 pt, then one line each, 11 pt, "- " … ";", the last "- Lưu: …."', () => {
    const lines = recipientLines(['UBND tỉnh (b/c);', '- Các sở, ban, ngành'], ['VT', 'KHTH']).map(para);
    expect(lines.map((p) => textOf(p.runs))).toEqual([
      'Nơi nhận:',
      '- UBND tỉnh (b/c);',
      '- Các sở, ban, ngành;',
      '- Lưu: VT, KHTH.',
    ]);
    expect(lines[0]?.runs[0]).toMatchObject({ bold: true, italic: true, sizePt: 12 });
    expect(lines.slice(1).every((p) => p.runs[0]?.sizePt === 11 && p.align === 'left')).toBe(true);
  });

  it('L14: recipients on the left, level with the signature on the right, without lines', () => {
    const t = closing(['UBND tỉnh'], signer);
    expect(t).toMatchObject({ borders: 'none', columns: [50, 50] });
    expect(textOf(para(t.rows[0]?.cells[0]?.content[0]).runs)).toBe('Nơi nhận:');
    expect(textOf(para(t.rows[0]?.cells[1]?.content[0]).runs)).toBe('KT. GIÁM ĐỐC');
    expect(textOf(para(t.rows[0]?.cells[0]?.content.at(-1)).runs)).toBe('- Lưu: VT.');
  });
});

describe('appendix headings', () => {
  const note = attachmentNote('Báo cáo', 'BC-STC', { year: 2025 }, 'Sở Tài chính');

  it('L15: "Phụ lục" alone when it is the only one, its title in bold capitals, the note in italics', () => {
    const [label, title, attached] = appendixHeading('Kết quả theo cơ quan', note).map(para);
    expect(textOf(label?.runs ?? [])).toBe('Phụ lục');
    expect(label?.runs[0]).toMatchObject({ bold: true, sizePt: 14 });
    expect(textOf(title?.runs ?? [])).toBe('KẾT QUẢ THEO CƠ QUAN');
    expect(title?.runs[0]).toMatchObject({ bold: true });
    expect(textOf(attached?.runs ?? [])).toMatch(
      /^\(Kèm theo Báo cáo số {4,}\/BC-STC ngày {4,}tháng {4,}năm 2025 của Sở Tài chính\)$/,
    );
    expect(attached?.runs[0]).toMatchObject({ italic: true });
  });

  it('L15: several appendices are numbered in Roman numerals', () => {
    expect(textOf(para(appendixHeading('Nộp báo cáo', note, 2)[0]).runs)).toBe('Phụ lục II');
  });
});
