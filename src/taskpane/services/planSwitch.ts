/**
 * Switching the pane's plan at run time, without a rebuild: the plan sheets of the workbook open in Excel (what
 * `chitieu plan export` writes), or a plan file the planner picks (plan.json, or a plan workbook read in the reader
 * worker). Nothing is used until the whole plan checks; every problem comes as a line, at sheet!cell where it has
 * one. The checker and zod (app/planLoad) load on first use: the pane's first download does not carry them.
 */
import type { PlanContext, PlanSource } from '../../app/plan';
import type { PlanLoad } from '../../app/planLoad';
import { issueMessage, type Lang } from '../../i18n';
import { uiText } from '../../i18n/ui';
import { readOpenWorkbook } from '../../office/readWorkbook';
import { createWorkbookReader } from './workbookReader';

/** A plan to switch to, or the lines saying why not (the pane keeps its plan). */
export type PlanSwitch = { ok: true; ctx: PlanContext } | { ok: false; lines: string[] };

const planLoad = () => import(/* webpackChunkName: "plan-load" */ '../../app/planLoad');

/** The problems of a load as lines, at most `MAX_LINES` and a count of the rest. */
const MAX_LINES = 20;

async function outcome(load: PlanLoad, where: string, lang: Lang): Promise<PlanSwitch> {
  if (load.ok) return load;
  const { problemLine } = await planLoad();
  const lines = load.problems.slice(0, MAX_LINES).map((p) => problemLine(p, where, lang));
  const more = load.problems.length - lines.length;
  return {
    ok: false,
    lines: [
      uiText(lang, 'planRefused', { count: load.problems.length }),
      ...lines,
      ...(more > 0 ? [uiText(lang, 'planMoreProblems', { count: more })] : []),
    ],
  };
}

/** The plan in the plan sheets of the open workbook. */
export async function planFromOpenWorkbook(lang: Lang): Promise<PlanSwitch> {
  const [m, snapshot] = await Promise.all([planLoad(), readOpenWorkbook()]);
  if (!m.hasPlanSheets(snapshot)) return { ok: false, lines: [uiText(lang, 'planNoSheets')] };
  return outcome(m.planFromSheets(snapshot, { kind: 'workbook' }), '', lang);
}

/** The plan in a file the planner picked: plan.json, or a plan workbook (.xlsx). */
export async function planFromFile(file: File, lang: Lang): Promise<PlanSwitch> {
  const m = await planLoad();
  const source: PlanSource = { kind: 'file', path: file.name };
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (!/\.xlsx$/i.test(file.name))
    return outcome(m.planFromJsonText(new TextDecoder().decode(bytes), source), file.name, lang);
  const reader = createWorkbookReader();
  try {
    const read = await reader.read(bytes, file.name);
    if (!read.ok) return { ok: false, lines: [issueMessage(read.issue, lang)] };
    if (!m.hasPlanSheets(read.snapshot))
      return { ok: false, lines: [uiText(lang, 'planNoSheetsInFile', { file: file.name })] };
    return outcome(m.planFromSheets(read.snapshot, source), file.name, lang);
  } finally {
    reader.close();
  }
}
