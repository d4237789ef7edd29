/**
 * Tổng hợp's sticky bar, always at the top of the pane: while reading, the progress and "Dừng đọc"; after, the
 * month, how many files were merged and need a look, "Ghi vào sổ đang mở" and "Tải dự thảo báo cáo (.docx)" with
 * their outcome right under them; when
 * no file is usable, that said plainly instead of asking for a month. Its heading receives the focus after a read.
 */
import {
  Button,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import type { Ref } from 'react';
import type { Consolidation } from '../../core/consolidate/types';
import type { ActionState } from '../hooks/useAction';
import { useLayout } from '../layout';
import { monthText, useText } from '../text';
import { BusyLine } from './BusyLine';
import { NoticeBar } from './NoticeBar';

const useStyles = makeStyles({
  bar: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** What the bar shows. */
export type BarState =
  | { kind: 'reading'; done: number; total: number }
  | { kind: 'result'; consolidation: Consolidation; attention: number }
  | { kind: 'nothingUsable'; period: string | null }
  /** Stopped before any file was read. */
  | { kind: 'stopped' };

/** What a read month offers: write it, download its draft report, read the files a stop left. */
function ResultActions({
  busy,
  notRead,
  onWrite,
  onDownloadReport,
  onResume,
}: {
  busy: boolean;
  notRead: number;
  onWrite: () => void;
  onDownloadReport: () => void;
  onResume: () => void;
}) {
  const { t } = useText();
  const layout = useLayout();
  return (
    <div className={layout.row}>
      <Button appearance="primary" onClick={onWrite} disabledFocusable={busy}>
        {t('writeConsolidation')}
      </Button>
      <Button onClick={onDownloadReport} disabledFocusable={busy} data-testid="download-report">
        {t('downloadReport')}
      </Button>
      {notRead ? <Button onClick={onResume}>{t('resumeReading', { count: notRead })}</Button> : null}
    </div>
  );
}

/** The bar. */
export function ConsolidationBar({
  state,
  notRead,
  action,
  headingRef,
  onStop,
  onResume,
  onWrite,
  onDownloadReport,
}: {
  state: BarState;
  /** Files left unread by a stop. */
  notRead: number;
  action: ActionState;
  /** The heading, focused after a read. */
  headingRef: Ref<HTMLHeadingElement>;
  onStop: () => void;
  onResume: () => void;
  onWrite: () => void;
  /** Drafts the month's report and downloads it (.docx). */
  onDownloadReport: () => void;
}) {
  const { t, lang } = useText();
  const layout = useLayout();
  const styles = useStyles();
  const heading = mergeClasses(layout.heading, layout.focusTarget);
  const busy = action.busy !== null;
  return (
    <div className={mergeClasses(layout.sticky, styles.bar)} data-testid="consolidation-bar">
      {state.kind === 'reading' ? (
        <>
          <h2 className={heading} tabIndex={-1} ref={headingRef}>
            {t('readingProgress', { done: Math.min(state.done + 1, state.total), total: state.total })}
          </h2>
          <ProgressBar
            value={state.total ? state.done / state.total : 0}
            thickness="medium"
            aria-label={t('readingProgressLabel')}
          />
          <div className={layout.row}>
            <Button onClick={onStop}>{t('stopReading')}</Button>
          </div>
        </>
      ) : null}
      {state.kind === 'result' ? (
        <>
          <h2 className={heading} tabIndex={-1} ref={headingRef} data-testid="consolidation-heading">
            {t('consolidationHeading', { month: monthText(state.consolidation.period, lang) })}
          </h2>
          <span data-testid="file-counts">
            {t('summaryFiles', {
              merged: state.consolidation.accounting.files.merged,
              total: state.consolidation.accounting.files.total,
              attention: state.attention,
            })}
          </span>
          <ResultActions
            busy={busy}
            notRead={notRead}
            onWrite={onWrite}
            onDownloadReport={onDownloadReport}
            onResume={onResume}
          />
        </>
      ) : null}
      {state.kind === 'stopped' ? (
        <>
          <h2 className={heading} tabIndex={-1} ref={headingRef}>
            {t('readingStoppedTitle')}
          </h2>
          <div className={layout.row}>
            <Button onClick={onResume}>{t('resumeReading', { count: notRead })}</Button>
          </div>
        </>
      ) : null}
      {state.kind === 'nothingUsable' ? (
        <>
          <h2 className={heading} tabIndex={-1} ref={headingRef} data-testid="nothing-usable">
            {t('nothingUsableTitle')}
          </h2>
          <MessageBar intent="error" layout="multiline" data-testid="nothing-usable-reason">
            <MessageBarBody>
              {state.period
                ? t('nothingForPeriod', { month: monthText(state.period, lang) })
                : t('nothingUsable')}
            </MessageBarBody>
          </MessageBar>
          {notRead ? (
            <div className={layout.row}>
              <Button onClick={onResume}>{t('resumeReading', { count: notRead })}</Button>
            </div>
          ) : null}
        </>
      ) : null}
      <BusyLine busy={action.busy} />
      {action.notice ? <NoticeBar notice={action.notice} onDismiss={() => action.setNotice(null)} /> : null}
    </div>
  );
}
