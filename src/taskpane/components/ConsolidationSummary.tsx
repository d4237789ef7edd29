/**
 * The details under Tổng hợp's sticky bar: agencies expected, reported (late or not) and missing by name, and the
 * row accounting (read = merged + rejected). The file counts and the write action are in ConsolidationBar.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Consolidation } from '../../core/consolidate/types';
import { useLayout } from '../layout';
import { useText } from '../text';
import { Disclosure } from './Disclosure';

/** Up to this many names, a list starts open. */
const OPEN_UP_TO = 5;

const useStyles = makeStyles({
  names: { margin: 0, overflowWrap: 'anywhere', lineHeight: tokens.lineHeightBase300 },
});

/** The agency and row summary of one consolidation. */
export function ConsolidationSummary({ consolidation: c }: { consolidation: Consolidation }) {
  const { t } = useText();
  const layout = useLayout();
  const styles = useStyles();
  const expected = c.submissions.filter((s) => s.expected);
  const missing = c.submissions.filter((s) => s.status === 'missing');
  const late = c.submissions.filter((s) => s.status === 'late');
  const [showLate, setShowLate] = useState(late.length <= OPEN_UP_TO);
  const [showMissing, setShowMissing] = useState(missing.length <= OPEN_UP_TO);

  return (
    <section
      className={layout.stack}
      aria-label={t('agencySummaryLabel')}
      data-testid="consolidation-summary"
    >
      <div className={layout.tight}>
        <span data-testid="agency-counts">
          {t('agencyCounts', {
            expected: expected.length,
            submitted: expected.filter((s) => s.status !== 'missing').length,
            late: late.length,
            missing: missing.length,
          })}
        </span>
        <span className={layout.muted}>{t('rowCounts', { ...c.accounting.rows })}</span>
      </div>
      {late.length ? (
        <Disclosure
          title={t('lateHeading', { count: late.length })}
          expanded={showLate}
          onToggle={() => setShowLate((v) => !v)}
        >
          <ul className={layout.list}>
            {late.map((s) => (
              <li key={s.agencyId} className={layout.wrap}>
                {t('lateItem', { agency: s.agencyName, days: s.daysLate })}
              </li>
            ))}
          </ul>
        </Disclosure>
      ) : null}
      {missing.length ? (
        <Disclosure
          title={t('missingHeading', { count: missing.length })}
          expanded={showMissing}
          onToggle={() => setShowMissing((v) => !v)}
          testId="missing-agencies"
        >
          <p className={styles.names}>{missing.map((s) => s.agencyName).join(' · ')}</p>
        </Disclosure>
      ) : null}
    </section>
  );
}
