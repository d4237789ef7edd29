/**
 * The monthly report's content (docs/report.md, "Content", rows C1–C21), built from consolidations of the test plan —
 * another plan than Sơn La's, with its own ids — for August on top of July, as `merge --into` keeps them.
 */
import { issue } from '../../../../src/core/issues/issue';
import type { AgencyTask, SubmissionInput } from '../../../../src/core/consolidate/types';
import type { DataRow } from '../../../../src/core/consolidate/types';
import type { FigureBlock, TableBlock } from '../../../../src/core/report';
import { issuerInitials, placeOf, shortBody, summaryLines } from '../../../../src/core/report/content';
import { textWidthMm, SIZES, OFFICIAL_MARGINS, textWidthMmOf } from '../../../../src/core/report';
import { testPlan } from '../../../support/plans';
import { fillIndicator, fillTask } from '../../../support/snapshots';
import { month, modelText, reportOf, sectionLines, sent, type Month } from './support';

const plan = testPlan();
/** Expected text with the no-break space the report puts before "%" (C22). */
const nb = (t: string) => t.replace(/ %/g, '\u00a0%');

const july = month(plan, '2025-07', [
  sent(plan, 'so-tc', '2025-07', (s) => {
    fillIndicator(s, 'CT01', { actual: 7.6, yearEstimate: 8.1 });
    fillIndicator(s, 'CT02', { input1: 200, input2: 100 });
  }),
  sent(plan, 'so-xd', '2025-07', (s) => {
    fillIndicator(s, 'CT04', { actual: 20.5 });
    fillIndicator(s, 'CT02', { input1: 200, input2: 100 });
  }),
  sent(plan, 'ubnd-a', '2025-07', (s) => fillIndicator(s, 'CT02', { input1: 200, input2: 80 })),
  // The province's disbursement in July is 380/800 = 47,5 %: near the 50 % milestone of 30/06 (C8).
  sent(plan, 'ubnd-b', '2025-07', (s) => fillIndicator(s, 'CT02', { input1: 200, input2: 100 })),
]);

/** August: so-tc and ubnd-a on time, so-xd two days late, ubnd-b missing. */
function august(
  edits: Partial<Record<string, Parameters<typeof sent>[3]>> = {},
  extra: SubmissionInput[] = [],
): Month {
  const edit = (id: string) => edits[id] ?? (() => {});
  return month(
    plan,
    '2025-08',
    [
      sent(plan, 'so-tc', '2025-08', (s) => {
        fillIndicator(s, 'CT01', { actual: 7.9, yearEstimate: 8.2 });
        fillTask(s, 'NV1.1', { results: 'Đã rà soát 120 văn bản', proposals: 'Đề nghị bổ sung biên chế' });
        edit('so-tc')(s);
      }),
      sent(
        plan,
        'so-xd',
        '2025-08',
        (s) => {
          fillIndicator(s, 'CT04', { actual: 21.1, notes: 'Do điều chỉnh địa giới' });
          edit('so-xd')(s);
        },
        '2025-08-19',
      ),
      sent(plan, 'ubnd-a', '2025-08', (s) => {
        fillIndicator(s, 'CT02', { input1: 200, input2: 110 });
        fillTask(s, 'NV3.1', { proposals: 'Đề nghị bổ sung biên chế.' }); // layout 3: a locality lists NV3.1 (its kind helps), not NV1.1
        edit('ubnd-a')(s);
      }),
      ...extra,
    ],
    july,
  );
}

const text = (m: Month) => modelText(reportOf(plan, m));
const main = (m: Month) => sectionLines(reportOf(plan, m))[0] ?? [];
const line = (m: Month, start: string) => main(m).find((l) => l.startsWith(start)) ?? '';
/** The body paragraph after a heading. */
const after = (m: Month, heading: string) => {
  const lines = main(m);
  return lines[lines.indexOf(heading) + 1] ?? '';
};

describe('the official parts, from the plan', () => {
  it('C1: the issuing body is the plan’s report recipient under its issuer, numbered "…/BC-" its initials, dated in the month’s year', () => {
    const header = main(august()).slice(0, 2);
    expect(header[0]).toBe(
      'UBND TỈNH THỬ / SỞ TÀI CHÍNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc',
    );
    expect(header[1]).toMatch(/^Số: +\/BC-STC \| Thử, ngày +tháng +năm 2025$/);
    expect(shortBody('Ủy ban nhân dân tỉnh Sơn La')).toBe('UBND tỉnh Sơn La');
    expect(placeOf('Ủy ban nhân dân tỉnh Sơn La')).toBe('Sơn La');
    expect(placeOf('Ủy ban nhân dân thành phố Hà Nội')).toBe('Hà Nội');
    expect(issuerInitials('Sở Kế hoạch và Đầu tư')).toBe('SKHĐT');
  });

  it('C2: the title is "BÁO CÁO" and "Tình hình thực hiện <the plan’s title> tháng M năm YYYY", in lines that fit', () => {
    const lines = main(august());
    const at = lines.indexOf('BÁO CÁO');
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe('Tình hình thực hiện kế hoạch thử nghiệm 2025 tháng 8 năm 2025');
    const long = summaryLines(
      `Tình hình thực hiện ${'nhiệm vụ, giải pháp chủ yếu '.repeat(8)}tháng 7 năm 2025`,
    );
    expect(long.length).toBeGreaterThan(2);
    const width = textWidthMmOf('portrait', OFFICIAL_MARGINS);
    for (const l of long) expect(textWidthMm(l, SIZES.summary, true)).toBeLessThanOrEqual(width);
    expect(long.join(' ')).toContain('tháng 7 năm 2025');
  });

  it('C3: the opening names the Decision, the data window and the files received and merged', () => {
    expect(line(august(), 'Thực hiện Quyết định')).toBe(
      'Thực hiện Quyết định số QĐ 1/2025, ngày 10/01/2025 của UBND tỉnh Thử, Sở Tài chính tổng hợp báo cáo tháng 8/2025 của các cơ quan, đơn vị ' +
        '(số liệu từ ngày 15/07/2025 đến ngày 14/08/2025; nhận 3 tệp, tổng hợp 3 tệp của 3 cơ quan, đơn vị) như sau:',
    );
  });
});

describe('I. results against the targets', () => {
  it('C4: every indicator of the plan, in its order: the province’s figure as of the window’s end and its share of the target', () => {
    const lines = main(august());
    const headings = plan.indicators.map((ind, i) => `${i + 1}. ${ind.name} (${ind.id})`);
    const at = headings.map((h) => lines.indexOf(h));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(after(august(), headings[0] ?? '')).toMatch(
      /^Thực hiện đến ngày 14\/08\/2025: 7,9\u00a0%, đạt 98,8\u00a0% kế hoạch năm \(8\u00a0%\);/,
    );
    // A running total says so; a cap ("at most") has no share of the target to reach.
    expect(after(august(), headings[4] ?? '')).toMatch(
      /^Lũy kế đến ngày 14\/08\/2025: 100 vụ; so với lũy kế/,
    );
  });

  it('C5: the month before: its figure and the change (points for a rate), the months’ reporters when they differ', () => {
    const m = august();
    expect(after(m, '1. Tốc độ tăng trưởng GRDP (CT01)')).toContain(
      nb('so với tháng 7/2025 (7,6 %) tăng 0,3 điểm phần trăm.'),
    );
    expect(after(m, '5. Số vụ tai nạn giao thông (CT05)')).toContain(
      'so với lũy kế tháng 7/2025 (200 vụ), thực hiện trong tháng giảm 100 vụ (số cơ quan, đơn vị có số liệu: 1 tháng này, 2 tháng 7/2025).',
    );
    expect(text(m)).not.toContain('chưa so sánh với tháng trước');
  });

  it('C5: a month with no month before in the workbook says so once, and compares nothing', () => {
    const t = text(july);
    expect(t).toContain(
      'Sổ tổng hợp chưa có số liệu tháng 6/2025 nên báo cáo này chưa so sánh với tháng trước.',
    );
    expect(t).not.toMatch(/so với (lũy kế )?tháng 6\/2025/);
  });

  it('C6: the same month of the year before, when the workbook has it; else said once', () => {
    expect(text(august())).toContain(
      'Sổ tổng hợp không có số liệu cùng kỳ năm 2024 (tháng 8/2024) nên chưa so sánh với cùng kỳ.',
    );
    const m = august();
    const lastYear: DataRow = {
      ...(m.data.find((r) => r.indicatorId === 'CT01' && r.measure === 'actual') as DataRow),
      period: '2024-08',
      value: 6.1,
    };
    const withLastYear = { ...m, data: [lastYear, ...m.data] };
    const t = text(withLastYear);
    expect(t).toContain(nb('So với cùng kỳ năm 2024 (6,1 %): tăng 1,8 điểm phần trăm.'));
    expect(t).not.toContain('chưa so sánh với cùng kỳ');
  });

  it('C7: progress and forecast in words, counted in two clauses and said in two sentences, never blended', () => {
    const m = august();
    expect(line(m, 'Trong 5 chỉ tiêu')).toMatch(
      /^Trong 5 chỉ tiêu của Kế hoạch: về tiến độ thực hiện đến ngày 14\/08\/2025, \d+ chỉ tiêu đạt, \d+ gần đạt, \d+ chưa đạt, \d+ chưa đến mốc đánh giá[^;]*; về dự báo cả năm, \d+ chỉ tiêu ước đạt, \d+ ước gần đạt, \d+ khó đạt/,
    );
    const ct01 = after(m, '1. Tốc độ tăng trưởng GRDP (CT01)');
    expect(ct01).toContain(nb('Đánh giá tiến độ: Gần đạt so với kế hoạch năm (8 %).'));
    expect(ct01).toContain(nb('Dự báo cả năm: Ước đạt (ước cả năm 8,2 % so với kế hoạch năm 8 %).'));
    // The body's sentences (the appendix table's header names both columns side by side, which is no sentence).
    for (const sentence of main(m)
      .join('\n')
      .split(/(?<=\.) |\n/))
      expect(sentence.includes('Đánh giá tiến độ') && sentence.includes('Dự báo cả năm')).toBe(false);
  });

  it('C8: milestones passed or due and not met are named', () => {
    expect(line(august(), 'Các mốc đã đến hạn nhưng chưa đạt')).toBe(
      nb(
        'Các mốc đã đến hạn nhưng chưa đạt: Tỷ lệ giải ngân vốn đầu tư công (CT02) — mốc 30/06/2025 đã qua (50 %, Đợt 1): gần đạt.',
      ),
    );
  });

  it('C9: a figure of each indicator’s share of its annual target, its bars coloured by the progress verdict', () => {
    const m = august();
    const figure = reportOf(plan, m).sections[0]?.blocks.find((b): b is FigureBlock => b.kind === 'figure');
    expect(figure?.bars.map((b) => b.label)).toEqual(plan.indicators.map((i) => i.id));
    const ct01 = m.record.indicators.find((p) => p.indicatorId === 'CT01');
    expect(figure?.bars[0]).toEqual({
      label: 'CT01',
      value: ct01?.progress.percentOfAnnual,
      valueText: nb('98,8 %'),
      tone: 'near',
    });
    expect(figure?.scaleMax).toBeGreaterThanOrEqual(100);
  });

  it('C10: a province figure that could not be formed is said so, never given a number', () => {
    const m = august({ 'so-tc': (s) => fillIndicator(s, 'CT01', { actual: 'bảy phẩy chín' }) });
    const ct01 = after(m, '1. Tốc độ tăng trưởng GRDP (CT01)');
    expect(ct01).toMatch(
      /^Số liệu của cơ quan chủ trì có lỗi nên chưa tổng hợp được số liệu toàn tỉnh đến ngày 14\/08\/2025/,
    );
    expect(ct01).toContain('Đánh giá tiến độ: Số liệu lỗi, chưa đánh giá.');
    expect(ct01).not.toMatch(/Thực hiện đến ngày/);
  });
});

describe('II. tasks by area', () => {
  it('C11: every task counted once, by the official classes of its lead agencies', () => {
    const m = august();
    const classes = m.record.provinceTasks.map((t) => t.class);
    const n = (k: string) => classes.filter((c) => c === k).length;
    expect(line(m, 'Trong 4 nhiệm vụ')).toBe(
      `Trong 4 nhiệm vụ của Kế hoạch (mỗi nhiệm vụ một lần, phân loại theo báo cáo của cơ quan chủ trì, số liệu đến ngày 14/08/2025): ` +
        `${n('doneOnTime')} đã hoàn thành đúng hạn; ${n('doneLate')} đã hoàn thành nhưng quá hạn; ${n('doneUndated')} đã hoàn thành, chưa rõ ngày hoàn thành; ` +
        `${n('inProgress')} chưa hoàn thành, còn trong hạn; ${n('overdue')} chưa hoàn thành, đã quá hạn; ${n('missing')} chưa có báo cáo của cơ quan chủ trì.`,
    );
    expect(n('overdue')).toBe(1);
  });

  it('C12: tasks grouped by the Decision’s section (NVx.y by x), titled by their shared clause, the reporting duties last', () => {
    const headings = main(august()).filter((l) => /^\d+\. (Các nhiệm vụ|Nhóm nhiệm vụ)/.test(l));
    expect(headings).toEqual([
      '1. Các nhiệm vụ tại II.1',
      '2. Các nhiệm vụ tại II.3',
      '3. Các nhiệm vụ tại II.5',
      '4. Các nhiệm vụ báo cáo',
    ]);
    const other = structuredClone(plan);
    for (const t of other.tasks) t.clause = t.id === 'NV5.1' ? 'Điều 1 mục II.5.1' : t.clause;
    other.tasks.push({ ...structuredClone(other.tasks[2]!), id: 'NV5.2', clause: 'Điều 1 mục II.5.2' });
    const m = august();
    const lines = sectionLines(
      reportOf(other, {
        ...m,
        record: {
          ...m.record,
          provinceTasks: [
            ...m.record.provinceTasks,
            { taskId: 'NV5.2', class: 'inProgress', leadsReporting: 1, leads: 1, deadline: null },
          ],
        },
      }),
    )[0];
    expect(lines).toContain('3. Các nhiệm vụ tại Điều 1 mục II.5');
  });

  it('C13: overdue tasks named with the leads that are late and the deadline; tasks no lead reported on, named', () => {
    expect(line(august(), 'Chưa hoàn thành, đã quá hạn')).toBe(
      'Chưa hoàn thành, đã quá hạn: NV3.1 — Hoàn thành sắp xếp đơn vị hành chính cấp xã (chủ trì: Sở Xây dựng; thời hạn 15/07/2025).',
    );
    const withoutLead = month(plan, '2025-08', [sent(plan, 'ubnd-a', '2025-08')], july);
    expect(line(withoutLead, 'Chưa có báo cáo của cơ quan chủ trì')).toBe(
      'Chưa có báo cáo của cơ quan chủ trì: NV1.1 (Sở Tài chính).',
    );
  });

  it('C14: the leads’ own words quoted and attributed, the same words once with every name', () => {
    const lines = main(august());
    expect(lines).toContain(
      'NV1.1 — Rà soát văn bản quy phạm pháp luật: Sở Tài chính: “Đã rà soát 120 văn bản”.',
    );
    expect(lines).toContain(
      'BC1 — Báo cáo tháng gửi Sở Tài chính: Sở Tài chính, Sở Xây dựng và UBND huyện A: “Đang thực hiện theo kế hoạch”.',
    );
  });

  it('C14: at most six distinct texts for one task; the others are counted and pointed to', () => {
    const m = august();
    const row = m.record.tasks.find((t) => t.taskId === 'BC1') as AgencyTask;
    const many = Array.from({ length: 9 }, (_, i) => ({
      ...row,
      agencyId: `x${i}`,
      agencyName: `Cơ quan ${i}`,
      results: `Ý kiến số ${i}`,
    }));
    const lines = main({
      ...m,
      record: { ...m.record, tasks: [...m.record.tasks.filter((t) => t.taskId !== 'BC1'), ...many] },
    });
    const bc1 = lines.find((l) => l.startsWith('BC1 — ')) ?? '';
    expect(bc1.match(/“/g)).toHaveLength(6);
    expect(bc1).toMatch(/; và ý kiến của 3 cơ quan khác \(sổ tổng hợp, trang Nhiệm vụ theo cơ quan\)\.$/);
  });
});

describe('III. reporting discipline', () => {
  it('C15: the rule and its last day, then how many reported on time, late and not at all', () => {
    const m = august();
    expect(main(m)).toContain(
      'Các cơ quan, đơn vị gửi báo cáo tháng 8/2025 về Sở Tài chính trước ngày 18/08/2025 (ngày cuối cùng đúng hạn là 17/08/2025); hạn được tính theo ngày Sở Tài chính nhận được báo cáo.',
    );
    expect(main(m)).toContain(
      'Tháng 8/2025 có 4 cơ quan, đơn vị phải báo cáo: 2 gửi đúng hạn, 1 gửi muộn, 1 chưa gửi.',
    );
  });

  it('C16: by name — on time; late with the days, the date received and what that date rests on; not at all', () => {
    const m = august();
    expect(after(m, 'a) Gửi đúng hạn (2)')).toBe('Sở Tài chính và UBND huyện A.');
    expect(after(m, 'b) Gửi muộn (1)')).toBe(
      'Sở Xây dựng (muộn 2 ngày; nhận ngày 19/08/2025, căn cứ ngày của tệp nhận được).',
    );
    expect(after(m, 'c) Chưa gửi báo cáo (1)')).toBe('UBND huyện B.');
  });

  it('C17: files received that could not be used are named', () => {
    const broken: SubmissionInput = {
      provenance: { fileName: 'hong.xlsx', sha256: 'ff'.repeat(32), size: 5 },
      readFailure: issue('FILE_CORRUPT', { file: 'hong.xlsx' }),
    };
    expect(after(august({}, [broken]), 'd) Tệp nhận được nhưng không tổng hợp được (1)')).toBe(
      '“hong.xlsx” (bị từ chối) (chi tiết lý do ở sổ tổng hợp, trang Vấn đề).',
    );
    expect(main(august()).some((l) => l.startsWith('d) '))).toBe(false);
  });
});

describe('IV. difficulties and proposals', () => {
  it('C18: the agencies’ explanations of figures judged near or missed, attributed with the indicators', () => {
    const lines = main(august());
    const at = lines.indexOf('1. Khó khăn, vướng mắc');
    expect(lines[at + 1]).toBe('- “Do điều chỉnh địa giới” (Sở Xây dựng: CT04).');
  });

  it('C19: the kiến nghị on tasks, each text once, with every agency and task that raised it; none said so', () => {
    const lines = main(august());
    const at = lines.indexOf('2. Kiến nghị, đề xuất');
    expect(lines[at + 1]).toBe('- “Đề nghị bổ sung biên chế” (Sở Tài chính: NV1.1; UBND huyện A: NV3.1).');
    const quiet = month(plan, '2025-08', [sent(plan, 'ubnd-a', '2025-08')], july);
    const q = main(quiet);
    expect(q[q.indexOf('2. Kiến nghị, đề xuất') + 1]).toBe(
      'Các cơ quan, đơn vị không có kiến nghị, đề xuất trong kỳ.',
    );
  });
});

describe('appendices', () => {
  const tables = (m: Month) =>
    reportOf(plan, m)
      .sections.slice(1)
      .map((s) => s.blocks.find((b): b is TableBlock => b.kind === 'table'));

  it('C20: every indicator — the province and each agency — with the file, sheet and cell each figure came from', () => {
    const m = august();
    const [appendix] = sectionLines(reportOf(plan, m)).slice(1);
    expect(appendix?.[0]).toBe('Phụ lục I');
    const v = m.record.values.find((x) => x.agencyId === 'so-tc' && x.indicatorId === 'CT01');
    expect(appendix).toContain(
      `1.1 | Sở Tài chính | 7,9 | 8,2 | Gần đạt | Ước đạt | 2025-08_so-tc.xlsx, trang ${v?.sheet}, ô ${v?.cells.actual}; ước cả năm: ô ${v?.cells.yearEstimate}`,
    );
    expect(appendix).toContain(
      '1 | CT01. Tốc độ tăng trưởng GRDP (%) — toàn tỉnh | 7,9 | 8,2 | Gần đạt | Ước đạt | Tổng hợp (số của cơ quan chủ trì) từ 1/1 cơ quan, đơn vị',
    );
    const derived = m.record.values.find((x) => x.agencyId === 'ubnd-a' && x.indicatorId === 'CT02');
    expect(
      appendix?.some(
        (l) =>
          l.endsWith(`ô ${Object.values(derived?.cells.inputs ?? {}).join(', ')}`) ||
          l.includes(`ô ${Object.values(derived?.cells.inputs ?? {}).join(', ')};`),
      ),
    ).toBe(true);
    const rows = tables(m)[0]?.rows.length ?? 0;
    expect(rows).toBe(plan.indicators.length + m.record.values.length);
  });

  it('C21: every submission: status, date received and its basis, days late, completeness, errors, the file used', () => {
    const m = august();
    const appendix = sectionLines(reportOf(plan, m))[2] ?? [];
    expect(appendix[0]).toBe('Phụ lục II');
    const late = appendix.find((l) => l.includes('Sở Xây dựng'));
    expect(late).toMatch(
      /^\d+ \| Sở Xây dựng \| Nộp muộn \| 19\/08\/2025 \| Ngày của tệp nhận được \| 2 \| [\d,]+\u00a0% \| \d+ \/ \d+ \| 2025-08_so-xd\.xlsx$/,
    );
    expect(appendix.find((l) => l.includes('UBND huyện B'))).toMatch(
      /\| Chưa nộp \| — \| — \| — \| — \| — \| —$/,
    );
    expect(tables(m)[1]?.rows).toHaveLength(m.record.submissions.length);
  });
});
