/**
 * Part I of the report, the results against the targets (docs/report.md, rows C4–C10): how many indicators got each
 * verdict — progress and forecast counted apart —, whether the months to compare with are in the workbook, the
 * milestones passed and missed, a figure of each indicator's share of its annual target, then each indicator in the
 * plan's order: the province's figure (the month's and the running total), the comparisons, both verdicts in words.
 */
import type { ProvinceIndicator } from '../../consolidate/types';
import type { Indicator } from '../../plan/schema';
import { countVerdicts, FORECAST_TEXT, PROGRESS_TEXT, progressTone } from '../../verdict';
import type { Block, FigureBlock } from '../document';
import { heading } from '../numbering';
import { bodyParagraph } from '../official';
import type { Comparison, ReportContext } from './context';
import { changeText, countText, dateText, monthWords, percentText, referenceWords, valueText } from './words';

/** Part I: its heading, the overview paragraphs and figure, then one numbered item per indicator. */
export function resultsPart(x: ReportContext, index: number): Block[] {
  const items = x.plan.indicators.flatMap((ind) => {
    const p = x.province(ind);
    return p ? [{ ind, p }] : [];
  });
  return [
    heading(1, index, 'Kết quả thực hiện các chỉ tiêu'),
    bodyParagraph(
      verdictCounts(
        x,
        items.map((i) => i.p),
      ),
    ),
    ...comparisonNotes(x).map((t) => bodyParagraph(t)),
    ...missedMilestones(items).map((t) => bodyParagraph(t)),
    ...(items.length ? [shareFigure(items)] : []),
    ...items.flatMap(({ ind, p }, i) => [
      heading(2, i + 1, `${ind.name} (${ind.id})`),
      bodyParagraph(indicatorText(x, ind, p)),
    ]),
  ];
}

/** The opening count: progress and forecast in two clauses, never blended (docs/verdicts.md). */
function verdictCounts(x: ReportContext, ps: readonly ProvinceIndicator[]): string {
  const c = countVerdicts(ps);
  const progress = [
    `${countText(c.met)} chỉ tiêu đạt`,
    `${countText(c.near)} gần đạt`,
    `${countText(c.missed)} chưa đạt`,
    `${countText(c.notDue)} chưa đến mốc đánh giá`,
    ...(c.other ? [`${countText(c.other)} chưa đánh giá được (thiếu số liệu hoặc số liệu lỗi)`] : []),
  ];
  const forecast = [
    `${countText(c.likely)} chỉ tiêu ước đạt`,
    `${countText(c.likelyNear)} ước gần đạt`,
    `${countText(c.unlikely)} khó đạt`,
    ...(c.noForecast ? [`${countText(c.noForecast)} chưa có số ước hoặc số ước lỗi`] : []),
  ];
  return (
    `Trong ${countText(ps.length)} chỉ tiêu của Kế hoạch: về tiến độ thực hiện đến ngày ${dateText(x.info.windowEnd)}, ` +
    `${progress.join(', ')}; về dự báo cả năm, ${forecast.join(', ')}.`
  );
}

/** Whether the months to compare with are in the workbook, said plainly when they are not (C5, C6). */
function comparisonNotes(x: ReportContext): string[] {
  const notes: string[] = [];
  if (!x.hasPrevious)
    notes.push(
      `Sổ tổng hợp chưa có số liệu ${monthWords(x.previous)} nên báo cáo này chưa so sánh với tháng trước.`,
    );
  if (!x.hasLastYear)
    notes.push(
      `Sổ tổng hợp không có số liệu cùng kỳ năm ${x.lastYear.slice(0, 4)} (${monthWords(x.lastYear)}) nên chưa so sánh với cùng kỳ.`,
    );
  return notes;
}

/** The milestones passed or due and not met, named (C8). */
function missedMilestones(items: readonly { ind: Indicator; p: ProvinceIndicator }[]): string[] {
  const missed = items.filter(
    ({ p }) =>
      (p.progress.status === 'missed' || p.progress.status === 'near') &&
      p.progress.against !== null &&
      p.progress.against.kind !== 'annual',
  );
  if (!missed.length) return [];
  const named = missed.map(({ ind, p }) => {
    const ref = p.progress.against;
    return `${ind.name} (${ind.id}) — ${ref ? referenceWords(ind, ref) : ''}: ${PROGRESS_TEXT[p.progress.status].toLocaleLowerCase('vi')}`;
  });
  return [`Các mốc đã đến hạn nhưng chưa đạt: ${named.join('; ')}.`];
}

/** The figure: each indicator's share of its annual target, coloured by its progress verdict (C9). */
function shareFigure(items: readonly { ind: Indicator; p: ProvinceIndicator }[]): FigureBlock {
  const bars = items.map(({ ind, p }) => {
    const share = p.progress.percentOfAnnual;
    return {
      label: ind.id,
      value: share ?? 0,
      valueText: share === null ? '—' : percentText(share),
      tone: progressTone(p.progress.status),
    };
  });
  return {
    kind: 'figure',
    caption: 'Hình 1. Thực hiện so với kế hoạch năm (%, toàn tỉnh; màu theo đánh giá tiến độ)',
    bars,
    display: 'bars',
    scaleMax: Math.max(100, ...bars.map((b) => b.value)),
  };
}

/** One indicator: the figure, the comparisons, progress, forecast, and whose figures it is (C4, C7, C10). */
export function indicatorText(x: ReportContext, ind: Indicator, p: ProvinceIndicator): string {
  return [
    figureSentence(x, ind, p),
    lastYearSentence(x, ind, p),
    progressSentence(ind, p),
    forecastSentence(ind, p),
    reportingSentence(x, ind, p),
  ]
    .filter((s) => s !== '')
    .join(' ');
}

/** The province's figure as of the window's end, its share of the target, and the month before. */
function figureSentence(x: ReportContext, ind: Indicator, p: ProvinceIndicator): string {
  const asOf = `đến ngày ${dateText(x.info.windowEnd)}`;
  if (p.state === 'invalid')
    return `Số liệu của cơ quan chủ trì có lỗi nên chưa tổng hợp được số liệu toàn tỉnh ${asOf} (xem sổ tổng hợp, trang Vấn đề).`;
  if (p.actual === null) return `Chưa có số liệu toàn tỉnh ${asOf}.`;
  const cumulative = ind.valueKind === 'cumulative';
  const share =
    p.progress.percentOfAnnual === null || ind.direction === 'atMost'
      ? ''
      : `, đạt ${percentText(p.progress.percentOfAnnual)} kế hoạch năm (${valueText(ind, ind.target)})`;
  const head = `${cumulative ? 'Lũy kế' : 'Thực hiện'} ${asOf}: ${valueText(ind, p.actual)}${share}`;
  const before = x.figureIn(ind, x.previous);
  if (!before) {
    const none = x.hasPrevious ? `; ${monthWords(x.previous)} chưa có số liệu để so sánh` : '';
    return `${head}${none}.`;
  }
  const change = changeText(ind, before.actual, p.actual);
  const compared = cumulative
    ? `; so với lũy kế ${monthWords(before.period)} (${valueText(ind, before.actual)}), thực hiện trong tháng ${change}`
    : `; so với ${monthWords(before.period)} (${valueText(ind, before.actual)}) ${change}`;
  return `${head}${compared}${reportersDiffer(p, before)}.`;
}

/** A comparison over different numbers of reporting agencies says so. */
function reportersDiffer(p: ProvinceIndicator, before: Comparison): string {
  if (before.reporting === p.reporting) return '';
  return ` (số cơ quan, đơn vị có số liệu: ${countText(p.reporting)} tháng này, ${countText(before.reporting)} ${monthWords(before.period)})`;
}

/** The same month of the year before, when the workbook has it (C6). */
function lastYearSentence(x: ReportContext, ind: Indicator, p: ProvinceIndicator): string {
  const then = x.figureIn(ind, x.lastYear);
  if (!then || p.actual === null || p.state !== 'ok') return '';
  return `So với cùng kỳ năm ${x.lastYear.slice(0, 4)} (${valueText(ind, then.actual)}): ${changeText(ind, then.actual, p.actual)}.`;
}

/** Progress to date in words, with what it was judged against. */
function progressSentence(ind: Indicator, p: ProvinceIndicator): string {
  const v = p.progress;
  const words = PROGRESS_TEXT[v.status];
  if (v.status === 'notDue')
    return `Đánh giá tiến độ: ${words} (chỉ tiêu lũy kế, được đánh giá tại các mốc và khi đạt kế hoạch năm).`;
  if (!v.against) return `Đánh giá tiến độ: ${words}.`;
  const inferred = v.source === 'inferred' ? '; số hiện nay vẫn thấp hơn mốc nên tại mốc cũng chưa đạt' : '';
  return `Đánh giá tiến độ: ${words} so với ${referenceWords(ind, v.against)}${inferred}.`;
}

/** The year-end forecast in words, with what it rests on. */
function forecastSentence(ind: Indicator, p: ProvinceIndicator): string {
  const f = p.forecast;
  const words = FORECAST_TEXT[f.status];
  if (f.basis === 'actual') return `Dự báo cả năm: ${words} (số thực hiện đã đạt kế hoạch năm).`;
  if (f.basis === 'yearEstimate' && p.yearEstimate !== null)
    return `Dự báo cả năm: ${words} (ước cả năm ${valueText(ind, p.yearEstimate)} so với kế hoạch năm ${valueText(ind, f.target)}).`;
  return `Dự báo cả năm: ${words}.`;
}

/** Whose figures these are: the lead's, or so many of the agencies that report it. */
function reportingSentence(x: ReportContext, ind: Indicator, p: ProvinceIndicator): string {
  if (p.aggregation === 'lead') {
    const lead = x.plan.agencies.find((a) => a.id === ind.lead)?.name ?? ind.lead;
    return `Số liệu của ${lead}.`;
  }
  return `Tổng hợp từ số liệu của ${countText(p.reporting)}/${countText(p.expected)} cơ quan, đơn vị phải báo cáo.`;
}
