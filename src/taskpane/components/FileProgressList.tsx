/** The files being consolidated: each one's state (waiting, reading, read, unreadable) and what was found in it. */
import { Badge, ProgressBar, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { SubmissionInput } from '../../core/consolidate/types';
import { issueMessage, SEVERITY_LABEL, type Lang } from '../../i18n';
import type { UiKey } from '../../i18n/ui';
import { useLayout } from '../layout';
import { useText } from '../text';

/** One chosen file and how far it got. */
export interface FileRow {
  name: string;
  state: 'queued' | 'reading' | 'read' | 'failed';
  input?: SubmissionInput;
}

const useStyles = makeStyles({
  row: {
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  name: { overflowWrap: 'anywhere', fontWeight: tokens.fontWeightSemibold },
  detail: { gridColumn: '1 / 3', color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

const STATE: Record<FileRow['state'], { key: UiKey; color: 'informative' | 'success' | 'danger' }> = {
  queued: { key: 'fileQueued', color: 'informative' },
  reading: { key: 'fileReading', color: 'informative' },
  read: { key: 'fileRead', color: 'success' },
  failed: { key: 'fileFailed', color: 'danger' },
};

/** What a read file turned out to be (agency, month, problems), or why it could not be read. */
function detail(input: SubmissionInput | undefined, lang: Lang): string | null {
  if (!input) return null;
  if ('readFailure' in input) return issueMessage(input.readFailure, lang);
  const r = input.report;
  const counts = `${r.counts.bySeverity.error} ${SEVERITY_LABEL[lang].error} · ${r.counts.bySeverity.warning} ${SEVERITY_LABEL[lang].warning}`;
  if (!r.identity) {
    const why = r.issues.find((i) => i.severity === 'error');
    return why ? issueMessage(why, lang) : counts;
  }
  return `${r.identity.agencyName} · ${r.identity.period} · ${counts}`;
}

/** The list with overall progress. */
export function FileProgressList({ rows }: { rows: readonly FileRow[] }) {
  const { t, lang } = useText();
  const layout = useLayout();
  const styles = useStyles();
  const done = rows.filter((r) => r.state === 'read' || r.state === 'failed').length;
  return (
    <section className={layout.tight} aria-label={t('fileListLabel')} data-testid="file-progress">
      <div aria-live="polite">{t('filesProgress', { done, total: rows.length })}</div>
      <ProgressBar value={rows.length ? done / rows.length : 0} thickness="medium" />
      <ul className={layout.list}>
        {rows.map((row, i) => {
          const text = detail(row.input, lang);
          return (
            <li key={i} className={styles.row} data-state={row.state} data-file={row.name}>
              <span className={styles.name}>{row.name}</span>
              {row.state === 'reading' ? (
                <Spinner size="extra-tiny" label={t(STATE[row.state].key)} labelPosition="before" />
              ) : (
                <Badge appearance="tint" color={STATE[row.state].color}>
                  {t(STATE[row.state].key)}
                </Badge>
              )}
              {text ? <span className={styles.detail}>{text}</span> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
