/**
 * The appendices (docs/report.md, rows C20–C21), on landscape pages: every indicator — the province's figure and
 * each agency's, with the file, sheet and cell each came from, so an officer can check any figure of the report —
 * and every agency's submission, with the date received, what that date rests on, and the file used.
 */
import { AGGREGATION_TEXT, RECEIVED_SOURCE_TEXT, SUBMISSION_TEXT } from '../../consolidate/labels';
import type { AgencyValue, ProvinceIndicator, SubmissionStatus } from '../../consolidate/types';
import type { Indicator } from '../../plan/schema';
import { FORECAST_TEXT, PROGRESS_TEXT } from '../../verdict';
import { cell, row, type TableBlock, type TableCell, type TableRow } from '../document';
import type { Appendix } from '../sections';
import type { ReportContext } from './context';
import { countText, dateText, monthYearWords, numberText, percentText } from './words';

/** Size of the appendices' tables: the decree sets none; 11 pt keeps the long tables readable and short. */
const APPENDIX_TABLE_PT = 11;

const headerRow = (titles: readonly string[]): TableRow =>
  row(titles.map((t) => cell(t, { bold: true, align: 'center', vAlign: 'center' })));

/** A figure in a table cell, in the indicator's unit's way (a count whole); "—" when there is none. */
function figure(ind: Indicator, n: number | null): TableCell {
  const text = n === null ? '—' : ind.measure === 'count' ? countText(n) : numberText(n);
  return cell(text, { align: 'right' });
}

/** "2025-07_so-y-te.xlsx, trang Chỉ tiêu, ô J5; ước cả năm: ô L5" (a derived figure: its input cells). */
export function valueSource(v: AgencyValue): string {
  const actual = v.cells.actual ?? Object.values(v.cells.inputs).join(', ');
  const estimate = v.cells.yearEstimate ? `; ước cả năm: ô ${v.cells.yearEstimate}` : '';
  return `${v.fileName}, trang ${v.sheet}, ô ${actual}${estimate}`;
}

/** How the province's figure was formed, as its source. */
function provinceSource(p: ProvinceIndicator): string {
  return `Tổng hợp (${AGGREGATION_TEXT[p.aggregation].toLocaleLowerCase('vi')}) từ ${countText(p.reporting)}/${countText(p.expected)} cơ quan, đơn vị`;
}

/** The province's row and each agency's, for one indicator. */
function indicatorRows(x: ReportContext, ind: Indicator, n: number): TableRow[] {
  const p = x.province(ind);
  const own = x.record.values.filter((v) => v.indicatorId === ind.id);
  const head = p
    ? row([
        cell(countText(n), { align: 'center', bold: true }),
        cell(`${ind.id}. ${ind.name} (${ind.unit}) — toàn tỉnh`, { bold: true }),
        figure(ind, p.actual),
        figure(ind, p.yearEstimate),
        cell(PROGRESS_TEXT[p.progress.status]),
        cell(FORECAST_TEXT[p.forecast.status]),
        cell(provinceSource(p)),
      ])
    : null;
  const agencies = own.map((v, i) =>
    row([
      cell(`${n}.${i + 1}`, { align: 'center' }),
      cell(v.agencyName),
      figure(ind, v.actual),
      figure(ind, v.yearEstimate),
      cell(PROGRESS_TEXT[v.progress.status]),
      cell(FORECAST_TEXT[v.forecast.status]),
      cell(valueSource(v)),
    ]),
  );
  return head ? [head, ...agencies] : agencies;
}

/** Appendix I: the indicators by agency, with sources. */
export function indicatorsAppendix(x: ReportContext): Appendix {
  const rows = x.plan.indicators.flatMap((ind, i) => indicatorRows(x, ind, i + 1));
  const table: TableBlock = {
    kind: 'table',
    columns: [5, 30, 10, 10, 13, 12, 30],
    borders: 'grid',
    sizePt: APPENDIX_TABLE_PT,
    headerRows: [
      headerRow([
        'TT',
        'Chỉ tiêu, cơ quan, đơn vị',
        'Thực hiện',
        'Ước cả năm',
        'Đánh giá tiến độ',
        'Dự báo cả năm',
        'Nguồn số liệu (tệp, trang, ô)',
      ]),
    ],
    rows: rows.length ? rows : [row([cell('(không có)', { colSpan: 7 })])],
  };
  return {
    title: `Số liệu các chỉ tiêu theo cơ quan, đơn vị ${monthYearWords(x.record.period)}`,
    blocks: [table],
  };
}

/** One agency's submission line. */
function submissionRow(s: SubmissionStatus, n: number): TableRow {
  const sent = s.status !== 'missing';
  return row([
    cell(countText(n), { align: 'center' }),
    cell(s.agencyName),
    cell(SUBMISSION_TEXT[s.status]),
    cell(s.date ? dateText(s.date) : '—', { align: 'center' }),
    cell(s.dateSource ? RECEIVED_SOURCE_TEXT[s.dateSource] : '—'),
    cell(sent ? countText(s.daysLate) : '—', { align: 'right' }),
    cell(sent && s.completeness !== null ? percentText(s.completeness) : '—', { align: 'right' }),
    cell(sent ? `${countText(s.errors)} / ${countText(s.warnings)}` : '—', { align: 'center' }),
    cell(s.fileName ?? '—'),
  ]);
}

/** Appendix II: every agency expected to report, and any that reported unasked, with the file used. */
export function submissionsAppendix(x: ReportContext): Appendix {
  const rows = x.record.submissions.map((s, i) => submissionRow(s, i + 1));
  const table: TableBlock = {
    kind: 'table',
    columns: [5, 25, 10, 10, 16, 8, 9, 9, 28],
    borders: 'grid',
    sizePt: APPENDIX_TABLE_PT,
    headerRows: [
      headerRow([
        'TT',
        'Cơ quan, đơn vị',
        'Tình trạng',
        'Ngày nhận',
        'Căn cứ ngày nhận',
        'Số ngày muộn',
        'Mức đầy đủ',
        'Lỗi / cảnh báo',
        'Tệp được dùng (nguồn)',
      ]),
    ],
    rows: rows.length ? rows : [row([cell('(không có)', { colSpan: 9 })])],
  };
  return { title: `Tình hình gửi báo cáo ${monthYearWords(x.record.period)}`, blocks: [table] };
}
