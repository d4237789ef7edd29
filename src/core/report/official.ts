/**
 * Pure builders of the official parts of an administrative document (Decree 30/2020/NĐ-CP, art. 8, Appendix I):
 * the header (issuing body, Quốc hiệu and Tiêu ngữ, number and symbol, place and date), the type and summary, the
 * closing (recipients and signature) and appendix headings. Row ids (L…) refer to docs/report.md.
 */
import type { Block, CellBlock, ParagraphBlock, RuleBlock, Run, TableBlock } from './document';
import { cell, paragraph, row, run } from './document';
import {
  BODY,
  CLOSING_COLUMNS,
  HEADER_COLUMNS,
  OFFICIAL_MARGINS,
  SHORT_RULE_SHARE,
  SIGNATURE_SPACE_LINES,
  SIZES,
  textWidthMmOf,
} from './layout';
import { textWidthMm } from './metrics';
import { romanNumeral } from './numbering';

/** Quốc hiệu (L5). */
export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
/** Tiêu ngữ (L6): hyphens with a space on each side between its phrases. */
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
/** What is left for the hand to fill in a number or a date: wide enough to write two or three digits. */
export const BLANK = '      ';
/** The hint under a position signed on paper (the wording forms use; docs/domain.md, data forms). */
export const SIGN_ON_PAPER = '(Ký, ghi rõ họ tên, đóng dấu)';
/** The hint under a position signed digitally (Decree 09/2019: electronic reports are signed digitally). */
export const SIGN_DIGITALLY = '(Ký số)';

/** Space above the closing's first lines, between the body's last paragraph and "Nơi nhận" / the signature. */
const CLOSING_GAP_PT = 12;

/**
 * The issuing body: its direct parent and itself, named as running text writes them ("UBND tỉnh Sơn La", "Sở Tài
 * chính"); the header sets them in capitals, the appendix note ("… của Sở Tài chính") as given.
 */
export interface IssuingBody {
  readonly parent: string;
  readonly issuer: string;
}

/** A document date; the day and month may be left for the signer's office to fill. */
export interface DocumentDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

/** Everything the header holds. `number` is normally left out: the office numbers the document when it is issued. */
export interface HeaderOptions {
  readonly body: IssuingBody;
  /** Ký hiệu after the slash, e.g. "BC-STC". */
  readonly symbol: string;
  readonly number?: string;
  readonly place: string;
  readonly date: DocumentDate;
}

/** "…/BC-STC": the number (blank unless given), a slash, the symbol. */
function numberAndSymbol(symbol: string, number?: string): string {
  return `${number ?? BLANK}/${symbol}`;
}

/** "Số: …/BC-STC" (L8), the number blank unless given. */
export function numberLine(symbol: string, number?: string): string {
  return `Số: ${numberAndSymbol(symbol, number)}`;
}

/** Day or month as the decree writes them (L9): a 0 before a day under 10 and before months 1 and 2. */
function twoDigits(n: number, isMonth: boolean): string {
  return n < (isMonth ? 3 : 10) ? `0${n}` : String(n);
}

/** "ngày 05 tháng 02 năm 2025", with blanks for a day or month not given. */
function dateWords(date: DocumentDate): string {
  const day = date.day === undefined ? BLANK : twoDigits(date.day, false);
  const month = date.month === undefined ? BLANK : twoDigits(date.month, true);
  return `ngày ${day} tháng ${month} năm ${date.year}`;
}

/** "Sơn La, ngày 05 tháng 02 năm 2025", with blanks for a day or month not given (L9). */
export function placeDateLine(place: string, date: DocumentDate): string {
  return `${place}, ${dateWords(date)}`;
}

/** A centred one-run line with no spacing, as the header and signature lines are set. */
function line(text: string, look: { sizePt: number; bold?: boolean; italic?: boolean }): ParagraphBlock {
  const { sizePt, bold, italic } = look;
  return paragraph([run(text, { bold, italic, sizePt })], {
    align: 'center',
    spaceAfterPt: 0,
    lineSpacing: 1,
  });
}

/** A rule of `share` of the width of `text` (bold, at `sizePt`). */
function ruleUnder(text: string, sizePt: number, share: number, maxMm = Infinity): RuleBlock {
  return { kind: 'rule', lengthMm: Math.min(textWidthMm(text, sizePt, true), maxMm) * share };
}

/**
 * The header (L5–L9) as Vietnamese offices lay it out: a borderless two-column table. Left: the parent body (regular),
 * the issuer (bold) with a short rule, then the number. Right: Quốc hiệu, Tiêu ngữ with a rule as long as it, then
 * place and date in italics — the number and the date on one line.
 */
export function officialHeader(options: HeaderOptions): TableBlock {
  const { body, symbol, number, place, date } = options;
  const issuer = body.issuer.toLocaleUpperCase('vi');
  const left: CellBlock[] = [
    line(body.parent.toLocaleUpperCase('vi'), { sizePt: SIZES.parentBody }),
    line(issuer, { sizePt: SIZES.issuer, bold: true }),
    ruleUnder(issuer, SIZES.issuer, SHORT_RULE_SHARE),
  ];
  const right: CellBlock[] = [
    line(NATIONAL_NAME, { sizePt: SIZES.nationalName, bold: true }),
    line(MOTTO, { sizePt: SIZES.motto, bold: true }),
    ruleUnder(MOTTO, SIZES.motto, 1),
  ];
  return {
    kind: 'table',
    columns: HEADER_COLUMNS,
    borders: 'none',
    headerRows: [],
    rows: [
      row([cell(left), cell(right)]),
      row([
        cell([line(numberLine(symbol, number), { sizePt: SIZES.number })]),
        cell([line(placeDateLine(place, date), { sizePt: SIZES.placeDate, italic: true })]),
      ]),
    ],
  };
}

/** The document type and summary (L10): "BÁO CÁO", then the summary in one or more lines, then a short rule. */
export function documentTitle(docType: string, summary: string | readonly string[]): Block[] {
  const lines = typeof summary === 'string' ? [summary] : summary;
  const longest = lines.reduce(
    (a, b) => (textWidthMm(b, SIZES.summary, true) > textWidthMm(a, SIZES.summary, true) ? b : a),
    '',
  );
  const textWidth = textWidthMmOf('portrait', OFFICIAL_MARGINS);
  return [
    {
      ...line(docType.toLocaleUpperCase('vi'), { sizePt: SIZES.docType, bold: true }),
      spaceBeforePt: 18,
      keepWithNext: true,
    },
    ...lines.map((l) => ({ ...line(l, { sizePt: SIZES.summary, bold: true }), keepWithNext: true })),
    ruleUnder(longest, SIZES.summary, SHORT_RULE_SHARE, textWidth),
    paragraph('', { spaceAfterPt: 6 }),
  ];
}

/** A paragraph of body text (L11): justified, first line indented, 6 pt after. */
export function bodyParagraph(content: string | readonly Run[]): ParagraphBlock {
  return paragraph(content, {
    align: 'justify',
    firstLineIndentMm: BODY.firstLineIndentMm,
    spaceAfterPt: BODY.spaceAfterPt,
    lineSpacing: BODY.lineSpacing,
  });
}

/** Who signs, and how. `authority` is KT., TM., Q., TL. or TUQ. before the head's position when signing for them. */
export interface Signer {
  readonly position: string;
  readonly authority?: 'KT.' | 'TM.' | 'Q.' | 'TL.' | 'TUQ.';
  /** The signer's own position when signing for the head ("PHÓ GIÁM ĐỐC" under "KT. GIÁM ĐỐC"). */
  readonly signerPosition?: string;
  /** Left out: the line stays blank for the name to be written in. */
  readonly name?: string;
  readonly signing: 'paper' | 'digital';
}

/** The signature (L13): authority and position in bold capitals, the hint, room to sign, the name in bold. */
export function signatureLines(signer: Signer): CellBlock[] {
  const head = signer.position.toLocaleUpperCase('vi');
  const bold = { sizePt: SIZES.signer, bold: true };
  return [
    { ...line(signer.authority ? `${signer.authority} ${head}` : head, bold), spaceBeforePt: CLOSING_GAP_PT },
    ...(signer.signerPosition ? [line(signer.signerPosition.toLocaleUpperCase('vi'), bold)] : []),
    line(signer.signing === 'paper' ? SIGN_ON_PAPER : SIGN_DIGITALLY, { sizePt: SIZES.signer, italic: true }),
    ...Array.from({ length: SIGNATURE_SPACE_LINES }, () => line('', { sizePt: SIZES.signer })),
    line(signer.name ?? '', bold),
  ];
}

/**
 * "Nơi nhận:" and its list (L14): the label in bold italics, then one line per recipient starting with "- " and ending
 * with ";", the last line "- Lưu: VT, …." ending with a full stop.
 */
export function recipientLines(
  recipients: readonly string[],
  archive: readonly string[] = ['VT'],
): CellBlock[] {
  const item = (text: string): ParagraphBlock =>
    paragraph([run(text, { sizePt: SIZES.recipients })], { align: 'left', spaceAfterPt: 0, lineSpacing: 1 });
  const bare = (s: string): string =>
    s
      .trim()
      .replace(/^[-–]\s*/, '')
      .replace(/[;.,]+$/, '');
  return [
    paragraph([run('Nơi nhận:', { sizePt: SIZES.recipientsLabel, bold: true, italic: true })], {
      align: 'left',
      spaceBeforePt: CLOSING_GAP_PT,
      spaceAfterPt: 0,
      lineSpacing: 1,
    }),
    ...recipients.map((r) => item(`- ${bare(r)};`)),
    item(`- Lưu: ${archive.map(bare).join(', ')}.`),
  ];
}

/** The closing as a borderless two-column table: "Nơi nhận" on the left, level with the signature on the right. */
export function closing(
  recipients: readonly string[],
  signer: Signer,
  archive?: readonly string[],
): TableBlock {
  return {
    kind: 'table',
    columns: CLOSING_COLUMNS,
    borders: 'none',
    headerRows: [],
    rows: [row([cell(recipientLines(recipients, archive)), cell(signatureLines(signer))])],
  };
}

/** "(Kèm theo Báo cáo số …/BC-STC ngày … tháng … năm 2025 của Sở Tài chính)" without the parentheses. */
export function attachmentNote(docType: string, symbol: string, date: DocumentDate, issuer: string): string {
  return `Kèm theo ${docType} số ${numberAndSymbol(symbol)} ${dateWords(date)} của ${issuer}`;
}

/**
 * The head of an appendix (L15): "Phụ lục" with its Roman number when there are several, on its own line in bold;
 * its title in bold capitals; the note of what it is attached to, in italics, in parentheses.
 */
export function appendixHeading(title: string, note: string, index?: number): Block[] {
  const label = index === undefined ? 'Phụ lục' : `Phụ lục ${romanNumeral(index)}`;
  return [
    { ...line(label, { sizePt: SIZES.appendixLabel, bold: true }), keepWithNext: true },
    {
      ...line(title.toLocaleUpperCase('vi'), { sizePt: SIZES.appendixTitle, bold: true }),
      keepWithNext: true,
    },
    {
      ...line(`(${note})`, { sizePt: SIZES.appendixLabel, italic: true }),
      spaceAfterPt: 12,
      keepWithNext: true,
    },
  ];
}
