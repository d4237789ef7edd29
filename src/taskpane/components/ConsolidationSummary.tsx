/**
 * The summary under Tổng hợp's sticky bar, compact at 320 px, the counts first: who reported (late, missing) and the
 * row accounting; how many of the province's indicators got each progress verdict and each forecast (two tallies,
 * never blended, docs/verdicts.md); how many tasks are in each official class. Then, each behind its heading, every
 * indicator with its two verdicts and what each was judged against, every task by class, and the late and missing
 * agencies by name. The file counts and the write action are in ConsolidationBar.
 */
import { Badge, makeStyles, tokens, type BadgeProps } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { Consolidation, ProvinceIndicator, SubmissionStatus } from '../../core/consolidate/types';
import { formatDateVi } from '../../core/text/dates';
import { forecastWord, progressWord, taskClassWord } from '../../i18n/verdicts';
import { useLayout } from '../layout';
import { useText } from '../text';
import { Disclosure } from './Disclosure';
import { IndicatorVerdictList, VERDICT_COLOUR, type Judged } from './IndicatorVerdicts';
import { ProvinceTaskList, TASK_CLASS_COLOUR } from './ProvinceTasks';
import { receivedSourceText } from './receivedDate';
import { taskClassTally, verdictTallies, type Count } from './tallies';

/** Up to this many names, a list starts open. */
const OPEN_UP_TO = 5;

const useStyles = makeStyles({
  names: { margin: 0, overflowWrap: 'anywhere', lineHeight: tokens.lineHeightBase300 },
  tally: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    alignItems: 'baseline',
    minWidth: 0,
  },
  badge: { whiteSpace: 'normal', height: 'auto', textAlign: 'start', maxWidth: '100%' },
});

/** One tally: its label, then a badge per status with its count. */
function Tally<S extends string>({
  label,
  counts,
  word,
  colour,
  testId,
}: {
  label: string;
  counts: readonly Count<S>[];
  word: (status: S) => string;
  colour: (status: S) => BadgeProps['color'];
  testId: string;
}) {
  const { t } = useText();
  const styles = useStyles();
  const id = useId();
  return (
    <div className={styles.tally} role="group" aria-labelledby={id} data-testid={testId}>
      <span id={id}>{label}</span>
      {counts.map((c) => (
        <Badge
          key={c.status}
          appearance="tint"
          color={colour(c.status)}
          className={styles.badge}
          data-status={c.status}
        >
          {t('tallyItem', { count: c.count, word: word(c.status) })}
        </Badge>
      ))}
    </div>
  );
}

/** The late agencies (each with the date it was judged on, and where that came from) and the missing ones. */
function AgencyLists({ submissions }: { submissions: readonly SubmissionStatus[] }) {
  const { t, lang } = useText();
  const layout = useLayout();
  const styles = useStyles();
  const missing = submissions.filter((s) => s.status === 'missing');
  const late = submissions.filter((s) => s.status === 'late');
  const [showLate, setShowLate] = useState(late.length <= OPEN_UP_TO);
  const [showMissing, setShowMissing] = useState(missing.length <= OPEN_UP_TO);
  const lateText = (s: SubmissionStatus) =>
    s.date && s.dateSource
      ? t('lateItemDated', {
          agency: s.agencyName,
          days: s.daysLate,
          date: formatDateVi(s.date),
          source: receivedSourceText(s.dateSource, lang),
        })
      : t('lateItem', { agency: s.agencyName, days: s.daysLate });
  return (
    <>
      {late.length ? (
        <Disclosure
          title={t('lateHeading', { count: late.length })}
          expanded={showLate}
          onToggle={() => setShowLate((v) => !v)}
          testId="late-agencies"
        >
          <ul className={layout.list}>
            {late.map((s) => (
              <li key={s.agencyId} className={layout.wrap}>
                {lateText(s)}
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
    </>
  );
}

/** The summary of one consolidation. */
export function ConsolidationSummary({ consolidation: c }: { consolidation: Consolidation }) {
  const { t, lang } = useText();
  const layout = useLayout();
  const expected = c.submissions.filter((s) => s.expected);
  const missing = c.submissions.filter((s) => s.status === 'missing');
  const late = c.submissions.filter((s) => s.status === 'late');
  const [showIndicators, setShowIndicators] = useState(c.indicators.length <= OPEN_UP_TO);
  const [showTasks, setShowTasks] = useState(c.provinceTasks.length <= OPEN_UP_TO);
  const verdicts = verdictTallies(c.indicators);
  const byIndicator = new Map<string, ProvinceIndicator>(c.indicators.map((i) => [i.indicatorId, i]));
  const reportingNote = (j: Judged) => {
    const ind = byIndicator.get(j.indicatorId);
    return ind && ind.reporting < ind.expected
      ? t('provinceReporting', { reporting: ind.reporting, expected: ind.expected })
      : null;
  };

  return (
    <section
      className={layout.stack}
      aria-label={t('consolidationSummaryLabel')}
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
      {c.indicators.length ? (
        <div className={layout.tight}>
          <Tally
            label={t('tallyProgress', { count: c.indicators.length })}
            counts={verdicts.progress}
            word={(s) => progressWord(s, lang)}
            colour={(s) => VERDICT_COLOUR[s]}
            testId="progress-tally"
          />
          <Tally
            label={t('tallyForecast')}
            counts={verdicts.forecast}
            word={(s) => forecastWord(s, lang)}
            colour={(s) => VERDICT_COLOUR[s]}
            testId="forecast-tally"
          />
        </div>
      ) : null}
      {c.provinceTasks.length ? (
        <Tally
          label={t('tallyTasks', { count: c.provinceTasks.length })}
          counts={taskClassTally(c.taskClasses)}
          word={(s) => taskClassWord(s, lang)}
          colour={(s) => TASK_CLASS_COLOUR[s]}
          testId="task-tally"
        />
      ) : null}
      {c.indicators.length ? (
        <Disclosure
          title={t('indicatorsEach', { count: c.indicators.length })}
          expanded={showIndicators}
          onToggle={() => setShowIndicators((v) => !v)}
          testId="province-indicators"
        >
          <IndicatorVerdictList items={c.indicators} note={reportingNote} />
        </Disclosure>
      ) : null}
      {c.provinceTasks.length ? (
        <Disclosure
          title={t('tasksEach', { count: c.provinceTasks.length })}
          expanded={showTasks}
          onToggle={() => setShowTasks((v) => !v)}
          testId="province-tasks"
        >
          <ProvinceTaskList tasks={c.provinceTasks} />
        </Disclosure>
      ) : null}
      <AgencyLists submissions={c.submissions} />
    </section>
  );
}
