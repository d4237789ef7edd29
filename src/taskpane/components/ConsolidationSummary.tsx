/** What a consolidation found: files by outcome, agencies that reported (late or not) and those missing, rows merged. */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Consolidation, FileStatus } from '../../core/consolidate/types';
import { issueMessage } from '../../i18n';
import type { UiKey } from '../../i18n/ui';
import { useLayout } from '../layout';
import { useText } from '../text';

const useStyles = makeStyles({
  item: { overflowWrap: 'anywhere' },
  file: { fontWeight: tokens.fontWeightSemibold },
  names: { margin: 0, overflowWrap: 'anywhere', lineHeight: tokens.lineHeightBase300 },
});

const FILE_STATUS: Record<FileStatus, UiKey> = {
  merged: 'fileStatusMerged',
  superseded: 'fileStatusSuperseded',
  duplicate: 'fileStatusDuplicate',
  otherPeriod: 'fileStatusOtherPeriod',
  otherPlan: 'fileStatusOtherPlan',
  rejected: 'fileStatusRejected',
};

/** The summary of one consolidation. */
export function ConsolidationSummary({ consolidation: c }: { consolidation: Consolidation }) {
  const { t, lang } = useText();
  const layout = useLayout();
  const styles = useStyles();
  const files = c.accounting.files;
  const expected = c.submissions.filter((s) => s.expected);
  const missing = c.submissions.filter((s) => s.status === 'missing');
  const late = c.submissions.filter((s) => s.status === 'late');
  const notMerged = c.files.filter((f) => f.status !== 'merged');
  const month = `${Number(c.period.slice(5))}/${c.period.slice(0, 4)}`;

  return (
    <section
      className={layout.stack}
      aria-labelledby="consolidation-heading"
      data-testid="consolidation-summary"
    >
      <div className={layout.tight}>
        <h2 id="consolidation-heading" className={layout.heading}>
          {t('consolidationHeading', { period: month })}
        </h2>
        <span data-testid="file-counts">{t('fileCounts', { ...files })}</span>
        <span>
          {t('agencyCounts', {
            expected: expected.length,
            submitted: expected.filter((s) => s.status !== 'missing').length,
            late: late.length,
            missing: missing.length,
          })}
        </span>
        <span className={layout.muted}>{t('rowCounts', { ...c.accounting.rows })}</span>
      </div>
      {notMerged.length ? (
        <div className={layout.tight} data-testid="not-merged">
          <h3 className={layout.subheading}>{t('notMergedHeading', { count: notMerged.length })}</h3>
          <ul className={layout.list}>
            {notMerged.map((f, i) => (
              <li key={i} className={styles.item} data-status={f.status}>
                <span className={styles.file}>{f.fileName}</span>
                {` — ${t(FILE_STATUS[f.status])}${f.reason ? `: ${issueMessage(f.reason, lang)}` : ''}`}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {late.length ? (
        <div className={layout.tight}>
          <h3 className={layout.subheading}>{t('lateHeading')}</h3>
          <ul className={layout.list}>
            {late.map((s) => (
              <li key={s.agencyId} className={styles.item}>
                {t('lateItem', { agency: s.agencyName, days: s.daysLate })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {missing.length ? (
        <div className={layout.tight} data-testid="missing-agencies">
          <h3 className={layout.subheading}>{t('missingHeading', { count: missing.length })}</h3>
          <p className={styles.names}>{missing.map((s) => s.agencyName).join(' · ')}</p>
        </div>
      ) : null}
    </section>
  );
}
