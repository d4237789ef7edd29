/**
 * Part II of the report, the tasks by area of the Decision (docs/report.md, rows C11–C14): the tasks counted by the
 * official classes (one class per task, from its lead agencies), then one item per section of the Decision — the
 * groups of the task ids "NVx.y" by x, the reporting duties last — with its counts, the overdue tasks named with the
 * lead agencies that are late, the tasks no lead reported on, and the leads' own words on their results, quoted.
 */
import type { AgencyTask, ProvinceTask } from '../../consolidate/types';
import { resolveAgencies } from '../../plan/resolve';
import type { Task } from '../../plan/schema';
import { TASK_CLASS_ORDER, TASK_CLASS_TEXT } from '../../verdict';
import { run, type Block, type Run } from '../document';
import { heading } from '../numbering';
import { bodyParagraph } from '../official';
import type { ReportContext } from './context';
import { countText, dateText, listWords, quoted } from './words';

/** Most distinct quotes given for one task; the rest are counted and pointed to. */
export const MAX_QUOTES = 6;

/** A group of tasks: a section of the Decision (II.x), or the reporting duties. */
export interface TaskGroup {
  key: string;
  title: string;
  tasks: { task: Task; province: ProvinceTask }[];
}

/**
 * The plan's tasks by section: "NV3.1" and "NV3.2" are section 3; "BC…" are the reporting duties. The title is the
 * clause the section's tasks share ("Điều 1 mục II.3" from "Điều 1 mục II.3.1" and "… II.3.2"), else its number.
 */
export function taskGroups(x: ReportContext): TaskGroup[] {
  const groups = new Map<string, TaskGroup>();
  for (const province of x.record.provinceTasks) {
    const task = x.task(province.taskId);
    if (!task) continue;
    const section = /^NV(\d+)\./.exec(task.id)?.[1];
    const key = section ?? 'reporting';
    const group = groups.get(key) ?? { key, title: '', tasks: [] };
    group.tasks.push({ task, province });
    groups.set(key, group);
  }
  const order = (k: string) => (k === 'reporting' ? Infinity : Number(k));
  return [...groups.values()]
    .sort((a, b) => order(a.key) - order(b.key))
    .map((g) => ({ ...g, title: groupTitle(g) }));
}

function groupTitle(g: TaskGroup): string {
  if (g.key === 'reporting') return 'Các nhiệm vụ báo cáo';
  const clauses = g.tasks.map((t) => t.task.clause);
  let shared = clauses[0] ?? '';
  for (const c of clauses) while (!c.startsWith(shared)) shared = shared.slice(0, -1);
  // One task's whole clause ("II.1.1") names the task, not its section: drop its last number.
  if (clauses.includes(shared)) shared = shared.replace(/\.\d+$/, '');
  const section = shared.replace(/[.\s]+$/, '');
  return new RegExp(`(^|\\D)${g.key}$`).test(section)
    ? `Các nhiệm vụ tại ${section}`
    : `Nhóm nhiệm vụ ${g.key}`;
}

/** "9 đã hoàn thành đúng hạn; 0 …": every class, in order. */
function classCounts(tasks: readonly ProvinceTask[], skipZero: boolean): string {
  return TASK_CLASS_ORDER.map((k) => [k, tasks.filter((t) => t.class === k).length] as const)
    .filter(([, n]) => !skipZero || n > 0)
    .map(([k, n]) => `${countText(n)} ${TASK_CLASS_TEXT[k].toLocaleLowerCase('vi')}`)
    .join('; ');
}

/** Part II: its heading, the counts over every task, then one item per group. */
export function tasksPart(x: ReportContext, index: number): Block[] {
  const all = x.record.provinceTasks;
  const intro =
    `Trong ${countText(all.length)} nhiệm vụ của Kế hoạch (mỗi nhiệm vụ một lần, phân loại theo báo cáo của cơ quan ` +
    `chủ trì, số liệu đến ngày ${dateText(x.info.windowEnd)}): ${classCounts(all, false)}.`;
  return [
    heading(1, index, 'Tình hình thực hiện các nhiệm vụ, giải pháp'),
    bodyParagraph(intro),
    ...taskGroups(x).flatMap((g, i) => groupBlocks(x, g, i + 1)),
  ];
}

/** One group: its counts, the overdue and unreported tasks named, then the leads' words. */
function groupBlocks(x: ReportContext, g: TaskGroup, index: number): Block[] {
  const provinces = g.tasks.map((t) => t.province);
  const blocks: Block[] = [
    heading(2, index, g.title),
    bodyParagraph(`Gồm ${countText(g.tasks.length)} nhiệm vụ: ${classCounts(provinces, true)}.`),
  ];
  const overdue = g.tasks.filter((t) => t.province.class === 'overdue');
  if (overdue.length)
    blocks.push(
      bodyParagraph(`Chưa hoàn thành, đã quá hạn: ${overdue.map((t) => overdueWords(x, t)).join('; ')}.`),
    );
  const unreported = g.tasks.filter((t) => t.province.class === 'missing');
  if (unreported.length)
    blocks.push(
      bodyParagraph(
        `Chưa có báo cáo của cơ quan chủ trì: ${unreported.map((t) => `${t.task.id} (${leadsOf(x, t.task)})`).join('; ')}.`,
      ),
    );
  for (const { task } of g.tasks) {
    const quotes = resultQuotes(x, task);
    if (quotes) blocks.push(bodyParagraph(quotes));
  }
  return blocks;
}

/** "NV3.1 — title (Sở Nội vụ; thời hạn 15/07/2025)": the lead agencies whose own rows are overdue. */
function overdueWords(x: ReportContext, t: TaskGroup['tasks'][number]): string {
  const late = leadRows(x, t.task.id).filter((r) => r.class === 'overdue');
  const who = late.length ? listWords(late.map((r) => r.agencyName)) : leadsOf(x, t.task);
  const due = t.province.deadline ? `; thời hạn ${dateText(t.province.deadline)}` : '';
  return `${t.task.id} — ${t.task.title} (chủ trì: ${who}${due})`;
}

/** The task's lead agencies by name ("các sở, ban, ngành, đơn vị, địa phương" when the Decision names them all). */
function leadsOf(x: ReportContext, task: Task): string {
  if (task.lead.includes('*')) return 'các sở, ban, ngành, đơn vị, địa phương';
  return listWords(resolveAgencies(x.plan, task.lead).map((a) => a.name));
}

function leadRows(x: ReportContext, taskId: string): AgencyTask[] {
  return x.record.tasks.filter((r) => r.taskId === taskId && r.role === 'lead');
}

/**
 * The leads' own words on the task's results, quoted and attributed; the same words from several leads once, with
 * all their names. At most MAX_QUOTES distinct texts; the others are counted and pointed to.
 */
function resultQuotes(x: ReportContext, task: Task): Run[] | null {
  const groups = groupByText(
    leadRows(x, task.id).filter((r) => r.results.trim() !== ''),
    (r) => r.results,
  );
  if (!groups.length) return null;
  const runs: Run[] = [run(`${task.id} — ${task.title}: `, { bold: true })];
  groups.slice(0, MAX_QUOTES).forEach(({ text, items }, i) => {
    const who = listWords(items.map((r) => r.agencyName));
    runs.push(run(`${i ? '; ' : ''}${who}: `), run(quoted(text), { italic: true }));
  });
  const rest = groups.slice(MAX_QUOTES).reduce((n, g) => n + g.items.length, 0);
  runs.push(
    run(
      rest
        ? `; và ý kiến của ${countText(rest)} cơ quan khác (sổ tổng hợp, trang Nhiệm vụ theo cơ quan).`
        : '.',
    ),
  );
  return runs;
}

/** Items grouped by their text (whitespace and case aside), in the order each text first appears. */
export function groupByText<T>(
  items: readonly T[],
  textOf: (item: T) => string,
): { text: string; items: T[] }[] {
  const groups = new Map<string, { text: string; items: T[] }>();
  for (const item of items) {
    const text = textOf(item).replace(/\s+/g, ' ').trim();
    const key = text.toLocaleLowerCase('vi').replace(/[.;,]+$/, '');
    const group = groups.get(key) ?? { text, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  return [...groups.values()];
}
