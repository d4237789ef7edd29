/**
 * Part IV of the report, difficulties and proposals (docs/report.md, rows C18–C19): the agencies' explanations of the
 * figures judged near or missed, and their kiến nghị on the tasks — each text once, the most shared first, with
 * every agency that wrote it and what it wrote it on.
 */
import type { AgencyTask, AgencyValue } from '../../consolidate/types';
import { run, type Block } from '../document';
import { heading } from '../numbering';
import { bodyParagraph } from '../official';
import type { ReportContext } from './context';
import { groupByText } from './tasks';
import { listWords, quoted } from './words';

/** A verdict that calls for an explanation. */
const shortfall = (v: AgencyValue) =>
  ['near', 'missed'].includes(v.progress.status) || ['near', 'missed'].includes(v.forecast.status);

/** Part IV. */
export function proposalsPart(x: ReportContext, index: number): Block[] {
  const explanations = x.record.values.filter((v) => v.notes.trim() !== '' && shortfall(v));
  const proposals = x.record.tasks.filter((t) => t.proposals.trim() !== '');
  return [
    heading(1, index, 'Khó khăn, vướng mắc và kiến nghị, đề xuất'),
    heading(2, 1, 'Khó khăn, vướng mắc'),
    ...attributed(
      explanations,
      (v) => v.notes,
      (v) => v.indicatorId,
      'Các cơ quan, đơn vị không nêu khó khăn, vướng mắc đối với các chỉ tiêu chưa đạt.',
    ),
    heading(2, 2, 'Kiến nghị, đề xuất'),
    ...attributed(
      proposals,
      (t) => t.proposals,
      (t) => t.taskId,
      'Các cơ quan, đơn vị không có kiến nghị, đề xuất trong kỳ.',
    ),
  ];
}

/**
 * One paragraph per distinct text, the most shared first: the text quoted, then each agency that wrote it with the
 * indicators or tasks it wrote it on — "(Sở Tư pháp: NV1.2, NV1.3; Sở Y tế: NV2.1)".
 */
function attributed<T extends Pick<AgencyValue | AgencyTask, 'agencyId' | 'agencyName'>>(
  items: readonly T[],
  textOf: (item: T) => string,
  subjectOf: (item: T) => string,
  none: string,
): Block[] {
  if (!items.length) return [bodyParagraph(none)];
  const groups = groupByText(items, textOf).sort(
    (a, b) => new Set(b.items.map((i) => i.agencyId)).size - new Set(a.items.map((i) => i.agencyId)).size,
  );
  return groups.map(({ text, items: own }) => {
    const byAgency = new Map<string, { name: string; subjects: string[] }>();
    for (const item of own) {
      const entry = byAgency.get(item.agencyId) ?? { name: item.agencyName, subjects: [] };
      if (!entry.subjects.includes(subjectOf(item))) entry.subjects.push(subjectOf(item));
      byAgency.set(item.agencyId, entry);
    }
    const who = [...byAgency.values()].map((e) => `${e.name}: ${listWords(e.subjects)}`).join('; ');
    return bodyParagraph([run('- '), run(quoted(text), { italic: true }), run(` (${who}).`)]);
  });
}
