/**
 * What Tổng hợp shows, derived from the queue: the inputs read so far, the month, the consolidation (made once
 * reading has ended, not for every file), each file's outcome, the counts, and the state of the sticky bar; and the
 * one sentence said when a reading run ends.
 */
import { useMemo } from 'react';
import type { Consolidation, DataRow, SubmissionInput } from '../../core/consolidate/types';
import type { Lang } from '../../i18n';
import type { BarState } from '../components/ConsolidationBar';
import { fileViews, type FileView } from '../components/fileOutcomes';
import { consolidateInputs, consolidationPeriod } from '../../app/consolidation';
import type { PlanContext } from '../../app/plan';
import { monthText, type Translate } from '../text';
import type { ChosenFile, RunEnd } from './useSubmissionQueue';

/** Tổng hợp's derived state. */
export interface ConsolidationView {
  inputs: SubmissionInput[];
  /** The month consolidated: chosen, else the files'; null when no file tells. */
  period: string | null;
  consolidation: Consolidation | null;
  views: FileView[];
  /** Files read that need a look. */
  attention: number;
  notRead: number;
  /** Files read (usable or not). */
  done: number;
  /** At least one file merged. */
  usable: boolean;
  /** At least one file is a template of the plan (a month can be chosen). */
  identified: boolean;
  bar: BarState | null;
}

/** Derives the view; memoised on the queue's list, the reading flag, the chosen month and the language. */
export function useConsolidationView(
  ctx: PlanContext,
  files: readonly ChosenFile[],
  reading: boolean,
  chosenPeriod: string | null,
  lang: Lang,
  /** The open workbook's earlier months: the history the verdicts are judged with (docs/verdicts.md). */
  history: readonly DataRow[] = [],
): ConsolidationView {
  const inputs = useMemo(
    () => files.flatMap((f): SubmissionInput[] => (f.state === 'read' && f.input ? [f.input] : [])),
    [files],
  );
  const period = inputs.length ? consolidationPeriod(ctx, chosenPeriod, inputs) : null;
  const consolidation = useMemo(
    () => (!reading && period ? consolidateInputs(ctx, period, inputs, history) : null),
    [ctx, reading, period, inputs, history],
  );
  const views = useMemo(() => fileViews(files, consolidation, lang), [files, consolidation, lang]);
  const attention = views.filter((v) => v.needsAttention && v.outcome !== 'notRead').length;
  const notRead = files.filter((f) => f.state === 'notRead').length;
  const done = files.filter((f) => f.state === 'read').length;
  const usable = consolidation !== null && consolidation.accounting.files.merged > 0;
  const bar: BarState | null = reading
    ? { kind: 'reading', done, total: files.length }
    : !done
      ? notRead
        ? { kind: 'stopped' }
        : null
      : usable && consolidation
        ? { kind: 'result', consolidation, attention }
        : { kind: 'nothingUsable', period: chosenPeriod };
  return {
    inputs,
    period,
    consolidation,
    views,
    attention,
    notRead,
    done,
    usable,
    identified: inputs.some((i) => 'report' in i && i.report.identity !== null),
    bar,
  };
}

/** The sentence said when a run ends (a stop, all read, or nothing usable), and in which region; null for none. */
export function runEndSentence(
  ended: Exclude<RunEnd, { kind: 'failed' }>,
  view: ConsolidationView,
  total: number,
  chosenPeriod: string | null,
  t: Translate,
  lang: Lang,
): { region: 'status' | 'alert'; text: string } | null {
  if (!total) return null;
  if (ended.kind === 'stopped')
    return {
      region: 'status',
      text: t('readingStopped', { done: view.done, total, left: total - view.done }),
    };
  if (view.usable && view.consolidation) {
    const merged = view.consolidation.accounting.files.merged;
    return { region: 'status', text: t('readDone', { total: view.done, merged, attention: view.attention }) };
  }
  const text = chosenPeriod
    ? t('nothingForPeriod', { month: monthText(chosenPeriod, lang) })
    : t('nothingUsable');
  return { region: 'alert', text };
}
