/**
 * The layout rules of an administrative document (Decree 30/2020/NĐ-CP, art. 8 and Appendix I), as the numbers the
 * builders use. docs/report.md gives each rule its row id and its source; where the decree gives a range, the value
 * chosen here is inside it.
 */
import type { Margins } from './document';

/** A4 (L1), in millimetres, portrait. */
export const A4 = { widthMm: 210, heightMm: 297 } as const;

/** Margins (L2): top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. The lower ends leave the most room. */
export const OFFICIAL_MARGINS: Margins = { topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 15 };

/** The one font (L3), black. */
export const FONT = 'Times New Roman';

/** Body text (L11): 13–14 pt, justified, first line indented 1–1.27 cm, ≥ 6 pt between paragraphs, 1–1.5 lines. */
export const BODY = { sizePt: 14, firstLineIndentMm: 12.7, spaceAfterPt: 6, lineSpacing: 1.15 } as const;

/** Sizes of the official parts (L5–L10, L13–L15), each inside the decree's range. */
export const SIZES = {
  nationalName: 12, // Quốc hiệu: 12–13, upper case, bold
  motto: 13, // Tiêu ngữ: 13–14, bold
  parentBody: 13, // cơ quan chủ quản: 12–13, upper case, regular
  issuer: 13, // cơ quan ban hành: 12–13, upper case, bold
  number: 13, // Số, ký hiệu: 13
  placeDate: 14, // địa danh, thời gian: 13–14, italic
  docType: 14, // tên loại: 13–14, upper case, bold
  summary: 14, // trích yếu: 13–14, bold
  signer: 14, // quyền hạn, chức vụ, họ tên người ký: 13–14, bold
  recipientsLabel: 12, // "Nơi nhận:": 12, bold italic
  recipients: 11, // danh sách nơi nhận: 11
  appendixLabel: 14, // "Phụ lục": 14, bold
  appendixTitle: 14, // tên phụ lục: 13–14, upper case, bold
  table: 12, // bảng: not set by the decree; 12 reads well printed
} as const;

/** Shares of the text width taken by the left (issuer) and right (Quốc hiệu) columns of the header table. */
export const HEADER_COLUMNS = [40, 60] as const;

/** Shares of the text width taken by "Nơi nhận" (left) and the signature (right) at the end of the document. */
export const CLOSING_COLUMNS = [50, 50] as const;

/** Length of the rule under the issuer and under the summary: between 1/3 and 1/2 of the line above (L7, L10). */
export const SHORT_RULE_SHARE = 0.4;

/** Blank lines left between the signer's position and name, room for the signature and seal (L13). */
export const SIGNATURE_SPACE_LINES = 4;

/** Width of the text area of a page, in millimetres. */
export function textWidthMmOf(orientation: 'portrait' | 'landscape', margins: Margins): number {
  const pageWidth = orientation === 'portrait' ? A4.widthMm : A4.heightMm;
  return pageWidth - margins.leftMm - margins.rightMm;
}

/** How a heading of each level looks (L12): the size of body text; mục bold, khoản bold, điểm upright regular. */
export const HEADING_LOOK: Readonly<Record<1 | 2 | 3, { readonly bold: boolean; readonly italic: boolean }>> =
  {
    1: { bold: true, italic: false },
    2: { bold: true, italic: false },
    3: { bold: false, italic: false },
  };
