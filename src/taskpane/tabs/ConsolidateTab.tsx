/**
 * Tổng hợp (loaded on first use): choose the agencies' files, read each in the worker with progress, see the
 * consolidation, then write it into the open workbook — re-running replaces the sheets, earlier months are kept.
 */
import { Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId, useMemo, useState, type ChangeEvent } from 'react';
import type { SubmissionInput } from '../../core/consolidate/types';
import { BusyLine } from '../components/BusyLine';
import { ConsolidationSummary } from '../components/ConsolidationSummary';
import { FileProgressList, type FileRow } from '../components/FileProgressList';
import { NoticeBar } from '../components/NoticeBar';
import { PeriodSelect } from '../components/PeriodSelect';
import { useAction } from '../hooks/useAction';
import { useLayout } from '../layout';
import { consolidateInputs, consolidationPeriod } from '../../app/consolidation';
import { usePlan } from '../plan';
import { readChosenFile, writeConsolidation, type ConsolidationWrite } from '../services/consolidation';
import { notice, type Notice } from '../services/notice';
import { createWorkbookReader } from '../services/workbookReader';
import { useText } from '../text';

const useStyles = makeStyles({
  // The native input stays in the tab order and the accessibility tree, but out of sight: its "Choose Files / No file
  // chosen" is in the browser's language, not the pane's. The label below is what people see and click.
  input: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
  picker: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    ':focus-within': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  choose: {
    display: 'inline-block',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  disabled: { opacity: 0.5, cursor: 'default' },
});

/** File types offered in the picker: .xlsx and the spreadsheets agencies send instead (refused with a reason). */
const SPREADSHEET_TYPES =
  '.xlsx,.xlsm,.xls,.ods,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What writing did, as a notice: written (sheets, rows, months), or why nothing was. */
function writtenNotice(outcome: ConsolidationWrite): Notice {
  if (!outcome.ok) {
    const p = outcome.problem;
    return p.kind === 'otherPlan'
      ? notice('error', 'previousOtherPlan', { found: p.found })
      : notice('error', 'previousBadRow', { sheet: p.sheet, cell: p.cell, found: p.found });
  }
  if (!outcome.result.ok) return notice('error', 'tableClash', { tables: outcome.result.tables.join(', ') });
  return notice('success', 'written', {
    sheets: outcome.result.sheets.length,
    rows: outcome.data.length,
    months: new Set(outcome.data.map((d) => d.period)).size,
  });
}

/** The file picker: a native input kept out of sight, and a label in the pane's language that opens it. */
function FilePicker({
  count,
  disabled,
  onChoose,
}: {
  count: number;
  disabled: boolean;
  onChoose: (event: ChangeEvent<HTMLInputElement>) => void;
}) {
  const { t } = useText();
  const layout = useLayout();
  const styles = useStyles();
  const inputId = useId();
  const chooseClass = mergeClasses(styles.choose, disabled && styles.disabled);
  return (
    <div className={layout.tight}>
      <Text weight="semibold">{t('filesLabel')}</Text>
      <div className={styles.picker}>
        <input
          id={inputId}
          className={styles.input}
          type="file"
          multiple
          // Spreadsheets an agency may send instead of .xlsx are offered too, so an .ods is refused with
          // "save as .xlsx" in the results rather than being invisible in the picker.
          accept={SPREADSHEET_TYPES}
          onChange={onChoose}
          disabled={disabled}
          aria-label={t('filesLabel')}
          data-testid="consolidate-files"
        />
        <label htmlFor={inputId} className={chooseClass}>
          {t('chooseFiles')}
        </label>
        <Text size={200} className={layout.muted}>
          {count ? t('filesChosen', { count }) : t('noFilesChosen')}
        </Text>
      </div>
    </div>
  );
}

/** The tab. */
export function ConsolidateTab() {
  const { t } = useText();
  const ctx = usePlan();
  const layout = useLayout();
  const [rows, setRows] = useState<FileRow[]>([]);
  const [inputs, setInputs] = useState<SubmissionInput[] | null>(null);
  const [chosenPeriod, setChosenPeriod] = useState<string | null>(null);
  const action = useAction();
  const reading = rows.some((r) => r.state === 'queued' || r.state === 'reading');

  const period = inputs ? consolidationPeriod(ctx, chosenPeriod, inputs) : null;
  const consolidation = useMemo(
    () => (inputs && period ? consolidateInputs(ctx, period, inputs) : null),
    [ctx, inputs, period],
  );

  const readFiles = async (files: File[]) => {
    setInputs(null);
    setRows(files.map((f) => ({ name: f.name, state: 'queued' })));
    const update = (i: number, row: Partial<FileRow>) =>
      setRows((current) => current.map((r, n) => (n === i ? { ...r, ...row } : r)));
    const reader = createWorkbookReader();
    const read: SubmissionInput[] = [];
    try {
      for (const [i, file] of files.entries()) {
        update(i, { state: 'reading' });
        const input = await readChosenFile(ctx, file, reader);
        read.push(input);
        update(i, { state: 'readFailure' in input ? 'failed' : 'read', input });
      }
    } finally {
      reader.close();
    }
    setInputs(read);
  };

  const onChoose = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    // Cleared so that choosing the same files again (after correcting one) fires a change again.
    event.target.value = '';
    if (!files.length) return;
    void action.run('readingFiles', async () => {
      await readFiles(files);
      return null;
    });
  };

  const write = () => {
    if (!consolidation) return;
    void action.run('writing', async (): Promise<Notice> =>
      writtenNotice(await writeConsolidation(ctx, consolidation, new Date())),
    );
  };

  return (
    <div className={layout.stack}>
      <Text className={layout.muted}>{t('consolidateIntro')}</Text>
      <FilePicker count={rows.length} disabled={action.busy !== null} onChoose={onChoose} />
      {rows.length ? <FileProgressList rows={rows} /> : null}
      {inputs ? (
        <PeriodSelect
          period={chosenPeriod}
          onChange={setChosenPeriod}
          label="consolidatePeriodLabel"
          autoLabel="periodAuto"
          testId="consolidate-period"
        />
      ) : null}
      {inputs && !period ? <NoticeBar notice={notice('warning', 'noPeriod')} /> : null}
      {consolidation ? <ConsolidationSummary consolidation={consolidation} /> : null}
      {consolidation ? (
        <div className={layout.row}>
          <Button appearance="primary" onClick={write} disabled={action.busy !== null || reading}>
            {t('writeConsolidation')}
          </Button>
        </div>
      ) : null}
      <BusyLine busy={action.busy} />
      {action.notice ? <NoticeBar notice={action.notice} onDismiss={() => action.setNotice(null)} /> : null}
    </div>
  );
}
