/**
 * The monthly report of the Finance Department to the provincial People's Committee, drafted from the consolidation:
 * the official parts (../official, docs/report.md L1–L20) around the content in the Decision's order — I results
 * against the targets, II tasks by area, III reporting discipline, IV difficulties and proposals — and two appendices
 * whose every figure names the file, sheet and cell it came from (docs/report.md, "Content", C1–C21). Pure: the same
 * workbook gives the same document.
 */
import type { DocumentModel } from '../document';
import { SIZES, OFFICIAL_MARGINS, textWidthMmOf } from '../layout';
import { textWidthMm } from '../metrics';
import type { DocumentDate, Signer } from '../official';
import { bodyParagraph } from '../official';
import { officialDocument } from '../sections';
import { indicatorsAppendix, submissionsAppendix } from './appendix';
import { reportContext, type ReportContext, type ReportInput } from './context';
import { disciplinePart, recipientName } from './discipline';
import { proposalsPart } from './proposals';
import { resultsPart } from './results';
import { tasksPart } from './tasks';
import { countText, dateText, lowerFirst, monthWords, monthYearWords } from './words';

export type { ReportInput } from './context';

/** What the document needs beyond the workbook: when and by what it was made; the date and signer if known. */
export interface ReportOptions {
  createdIso: string;
  creator: string;
  /** The document's date; by default the period's year with day and month left for the office to fill. */
  date?: DocumentDate;
  signer?: Signer;
}

/** The head of the issuing body signs; Decree 09/2019 has electronic reports signed digitally. */
export const DEFAULT_SIGNER: Signer = { position: 'Giám đốc', signing: 'digital' };

/** "Ủy ban nhân dân tỉnh Sơn La" → "UBND tỉnh Sơn La", as headers and recipient lists write it. */
export function shortBody(name: string): string {
  return name.replace(/^Ủy ban nhân dân/i, 'UBND');
}

/** The place of the document: the province in the plan's issuer ("… tỉnh Sơn La" → "Sơn La"), else the issuer. */
export function placeOf(issuer: string): string {
  return /(?:tỉnh|thành phố)\s+(.+)$/i.exec(issuer)?.[1]?.trim() ?? issuer;
}

/** The symbol after "BC-": the issuer's initials ("Sở Tài chính" → "STC"), small words left out. */
export function issuerInitials(issuer: string): string {
  return issuer
    .split(/\s+/)
    .filter((w) => w && !['và', 'của'].includes(w.toLocaleLowerCase('vi')))
    .map((w) => w.charAt(0).toLocaleUpperCase('vi'))
    .join('');
}

/** The summary cut into lines that fit the page in bold summary type, words kept whole. */
export function summaryLines(text: string): string[] {
  const width = textWidthMmOf('portrait', OFFICIAL_MARGINS) * 0.9;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidthMm(next, SIZES.summary, true) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The report's model. The record's month must be one of the plan's (callers check; otherwise this is a bug). */
export function monthlyReport(input: ReportInput, options: ReportOptions): DocumentModel {
  const x = reportContext(input);
  if (!x) throw new Error(`monthlyReport: ${input.record.period} is not a month of plan ${input.plan.id}`);
  const issuer = recipientName(x);
  const parent = shortBody(x.plan.issuer);
  const month = monthYearWords(x.record.period);
  return officialDocument({
    meta: {
      title: `Báo cáo tình hình thực hiện ${monthWords(x.record.period)}`,
      subject: x.plan.title,
      creator: options.creator,
      createdIso: options.createdIso,
    },
    header: {
      body: { parent, issuer },
      symbol: `BC-${issuerInitials(issuer)}`,
      place: placeOf(x.plan.issuer),
      date: options.date ?? { year: x.info.year },
    },
    docType: 'Báo cáo',
    summary: summaryLines(`Tình hình thực hiện ${lowerFirst(x.plan.title)} ${month}`),
    body: [
      bodyParagraph(opening(x, issuer)),
      ...resultsPart(x, 1),
      ...tasksPart(x, 2),
      ...disciplinePart(x, 3),
      ...proposalsPart(x, 4),
      bodyParagraph(
        `Trên đây là báo cáo tình hình thực hiện ${month}, ${issuer} kính báo cáo ${x.plan.issuer} xem xét, chỉ đạo./.`,
      ),
    ],
    recipients: [`${parent} (báo cáo)`, `Lãnh đạo ${issuer}`],
    archive: ['VT'],
    signer: options.signer ?? DEFAULT_SIGNER,
    appendices: [indicatorsAppendix(x), submissionsAppendix(x)],
  });
}

/** What the report rests on: the Decision, the month's data window, the files received and merged. */
function opening(x: ReportContext, issuer: string): string {
  const merged = x.record.files.filter((f) => f.status === 'merged').length;
  const agencies = x.record.submissions.filter((s) => s.status !== 'missing').length;
  return (
    `Thực hiện ${x.plan.decision.number} của ${x.plan.issuer}, ${issuer} tổng hợp báo cáo ${monthWords(x.record.period)} ` +
    `của các cơ quan, đơn vị (số liệu từ ngày ${dateText(x.info.windowStart)} đến ngày ${dateText(x.info.windowEnd)}; ` +
    `nhận ${countText(x.record.files.length)} tệp, tổng hợp ${countText(merged)} tệp của ${countText(agencies)} cơ quan, đơn vị) như sau:`
  );
}
