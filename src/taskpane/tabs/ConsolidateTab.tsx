/**
 * Tổng hợp (loaded on first use): choose the agencies' files (add or remove single files), read each in the worker
 * (stop at any time), see the write action at the top — sticky — then the summary, then the files that need a look
 * (where the officer confirms or corrects the date each file was received: the file is judged again at once).
 * Writing replaces the consolidation sheets; earlier months are kept. The month's draft report downloads as .docx.
 * Each read ends with one sentence announced and the focus on its result.
 */
import type { PlanContext } from '../../app/plan';
import { Text } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Consolidation } from '../../core/consolidate/types';
import { useAnnounce } from '../components/Announcer';
import { ConsolidationBar } from '../components/ConsolidationBar';
import { ConsolidationSummary } from '../components/ConsolidationSummary';
import { FileList } from '../components/FileList';
import { FilePicker } from '../components/FilePicker';
import { PeriodSelect } from '../components/PeriodSelect';
import { noticeSentence, useAction } from '../hooks/useAction';
import { runEndSentence, useConsolidationView } from '../hooks/useConsolidationView';
import { useFocusRequest } from '../hooks/useFocusRequest';
import { useSubmissionQueue, type RunEnd } from '../hooks/useSubmissionQueue';
import { useLayout } from '../layout';
import { usePlan } from '../plan';
import { writeConsolidation } from '../services/consolidation';
import { previousProblemNotice } from '../services/previousProblem';
import { downloadReport } from '../services/report';
import { useEarlierData } from '../hooks/useEarlierData';
import { errorNotice, notice, type Notice } from '../services/notice';
import { monthText, useText } from '../text';

/** What writing did, as a notice. */
async function write(ctx: PlanContext, consolidation: Consolidation): Promise<Notice> {
  const outcome = await writeConsolidation(ctx, consolidation, new Date());
  if (!outcome.ok) return previousProblemNotice(outcome.problem);
  if (!outcome.result.ok) return notice('error', 'tableClash', { tables: outcome.result.tables.join(', ') });
  return notice('success', 'written', {
    sheets: outcome.result.sheets.length,
    rows: outcome.data.length,
    months: new Set(outcome.data.map((d) => d.period)).size,
  });
}

/** What is said when files are chosen: how many are being read, how many were already in the list. */
const chosenSentence = (fresh: number, skipped: number, t: ReturnType<typeof useText>['t']) =>
  [
    fresh ? t('readingFiles', { count: fresh }) : '',
    skipped ? t('filesAlreadyChosen', { count: skipped }) : '',
  ]
    .join(' ')
    .trim();

/** The tab. */
export function ConsolidateTab() {
  const { t, lang } = useText();
  const ctx = usePlan();
  const layout = useLayout();
  const announce = useAnnounce();
  const focusLater = useFocusRequest();
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const action = useAction();
  const [chosenPeriod, setChosenPeriod] = useState<string | null>(null);
  // Set when a reading run ends: the next render (with its consolidation) announces and moves the focus.
  const [ended, setEnded] = useState<RunEnd | null>(null);
  const queue = useSubmissionQueue(
    ctx,
    useCallback((end: RunEnd) => setEnded(end), []),
  );
  const { files, reading } = queue;

  // The open workbook's earlier months: the history the verdicts are judged with, kept when writing.
  const history = useEarlierData(ctx, (e) => action.setNotice(errorNotice(e)));
  const view = useConsolidationView(ctx, files, reading, chosenPeriod, lang, history);
  const { consolidation, usable } = view;

  useEffect(() => {
    if (!ended) return;
    setEnded(null);
    if (ended.kind === 'failed') {
      const failure = errorNotice(ended.error);
      action.setNotice(failure);
      announce.alert(noticeSentence(failure, t));
      return;
    }
    const said = runEndSentence(ended, view, files.length, chosenPeriod, t, lang);
    if (!said) return;
    announce[said.region](said.text);
    focusLater(resultHeading);
  }, [ended, view, files.length, chosenPeriod, lang, t, announce, action, focusLater]);

  const choose = (chosen: File[]) => {
    action.setNotice(null);
    const skipped = queue.add(chosen);
    announce.status(chosenSentence(chosen.length - skipped, skipped, t));
  };
  const remove = (id: number) => {
    const file = files.find((f) => f.id === id);
    action.setNotice(null);
    queue.remove(id);
    if (file) announce.status(t('fileRemoved', { file: file.file.name }));
  };
  const setReceived = (id: number, date: string | null) => {
    action.setNotice(null);
    return queue.setReceived(id, date);
  };
  const clear = () => {
    action.setNotice(null);
    queue.clear();
    announce.status(t('filesRemoved'));
  };
  const writeNow = () => {
    if (consolidation) void action.run('writing', () => write(ctx, consolidation));
  };
  const draftNow = () => {
    if (consolidation)
      void action.run('draftingReport', () => downloadReport(ctx, consolidation, new Date()));
  };

  return (
    <div className={layout.stack}>
      <Text className={layout.muted}>{t('consolidateIntro')}</Text>
      <FilePicker count={files.length} disabled={action.busy !== null} onChoose={choose} onClear={clear} />
      {view.bar ? (
        <ConsolidationBar
          state={view.bar}
          notRead={view.notRead}
          action={action}
          headingRef={resultHeading}
          onStop={queue.stop}
          onResume={queue.resume}
          onWrite={writeNow}
          onDownloadReport={draftNow}
        />
      ) : null}
      {view.identified && !reading ? (
        <PeriodSelect
          period={chosenPeriod}
          onChange={setChosenPeriod}
          label="consolidatePeriodLabel"
          autoText={
            chosenPeriod === null && view.period
              ? t('periodAutoFound', { month: monthText(view.period, lang) })
              : t('periodAuto')
          }
          testId="consolidate-period"
        />
      ) : null}
      {consolidation && usable ? <ConsolidationSummary consolidation={consolidation} /> : null}
      {files.length ? <FileList views={view.views} onRemove={remove} onReceived={setReceived} /> : null}
    </div>
  );
}
