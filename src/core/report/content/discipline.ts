/**
 * Part III of the report, the reporting discipline (docs/report.md, rows C15–C17): the rule and the day, then who
 * reported on time, who late and by how many days (judged on the date Sở Tài chính received the file,
 * docs/verdicts.md "Deadlines"), who not at all — by name — and the files received that could not be used.
 */
import { FILE_STATUS_TEXT, RECEIVED_SOURCE_TEXT } from '../../consolidate/labels';
import type { SubmissionStatus } from '../../consolidate/types';
import { dueWords } from '../../plan/period';
import type { Block } from '../document';
import { heading } from '../numbering';
import { bodyParagraph } from '../official';
import type { ReportContext } from './context';
import { countText, dateText, listWords, monthWords } from './words';

/** The recipient of the monthly reports, by name. */
export function recipientName(x: ReportContext): string {
  const id = x.plan.reporting.recipient;
  return x.plan.agencies.find((a) => a.id === id)?.name ?? id;
}

/** Part III. */
export function disciplinePart(x: ReportContext, index: number): Block[] {
  const expected = x.record.submissions.filter((s) => s.expected);
  const onTime = expected.filter((s) => s.status === 'submitted');
  const late = expected.filter((s) => s.status === 'late');
  const missing = expected.filter((s) => s.status === 'missing');
  const lastDay = x.info.dueInclusive ? '' : ` (ngày cuối cùng đúng hạn là ${dateText(x.info.dueDate)})`;
  const blocks: Block[] = [
    heading(1, index, 'Tình hình chấp hành chế độ báo cáo'),
    bodyParagraph(
      `Các cơ quan, đơn vị gửi báo cáo ${monthWords(x.record.period)} về ${recipientName(x)} ${dueWords(x.info)}` +
        `${lastDay}; hạn được tính theo ngày ${recipientName(x)} nhận được báo cáo.`,
    ),
    bodyParagraph(
      `${capitalised(monthWords(x.record.period))} có ${countText(expected.length)} cơ quan, đơn vị phải báo cáo: ` +
        `${countText(onTime.length)} gửi đúng hạn, ${countText(late.length)} gửi muộn, ` +
        `${countText(missing.length)} chưa gửi.`,
    ),
    ...listed(
      1,
      `Gửi đúng hạn (${countText(onTime.length)})`,
      onTime.map((s) => s.agencyName),
    ),
    ...listed(2, `Gửi muộn (${countText(late.length)})`, late.map(lateWords)),
    ...listed(
      3,
      `Chưa gửi báo cáo (${countText(missing.length)})`,
      missing.map((s) => s.agencyName),
    ),
  ];
  const unused = x.record.files.filter(
    (f) => f.status === 'rejected' || f.status === 'otherPeriod' || f.status === 'otherPlan',
  );
  if (unused.length)
    blocks.push(
      ...listed(
        4,
        `Tệp nhận được nhưng không tổng hợp được (${countText(unused.length)})`,
        unused.map((f) => `“${f.fileName}” (${FILE_STATUS_TEXT[f.status].toLocaleLowerCase('vi')})`),
        'chi tiết lý do ở sổ tổng hợp, trang Vấn đề',
      ),
    );
  return blocks;
}

/** "Sở Y tế (muộn 1 ngày; nhận ngày 18/07/2025, căn cứ ngày của tệp nhận được)". */
function lateWords(s: SubmissionStatus): string {
  const received = s.date ? `; nhận ngày ${dateText(s.date)}` : '';
  const basis = s.dateSource ? `, căn cứ ${RECEIVED_SOURCE_TEXT[s.dateSource].toLocaleLowerCase('vi')}` : '';
  return `${s.agencyName} (muộn ${countText(s.daysLate)} ngày${received}${basis})`;
}

/** A lettered point and the names under it ("không có" when none), with an optional note. */
function listed(index: number, title: string, names: readonly string[], note?: string): Block[] {
  const text = names.length ? `${listWords(names)}${note ? ` (${note})` : ''}.` : 'Không có.';
  return [heading(3, index, title), bodyParagraph(text)];
}

function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
