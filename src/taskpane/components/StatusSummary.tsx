/**
 * The summary of a check: whose report and which month, problems by severity, each indicator's verdicts, tasks,
 * dates. An indicator row carries a list of verdicts (today one: its status) so that a second one — the year-end
 * forecast beside progress to date — is one more entry of `indicatorVerdicts`, not a new layout.
 */
import { Badge, makeStyles, mergeClasses, tokens, type BadgeProps } from '@fluentui/react-components';
import type { Ref } from 'react';
import { SEVERITY_LABEL } from '../../i18n';
import type { UiKey } from '../../i18n/ui';
import { formatDateVi } from '../../core/text/dates';
import { TASK_DONE } from '../../core/template/model';
import { completenessOf } from '../../core/validate/completeness';
import type { IndicatorResult, IndicatorStatus, Report } from '../../core/validate/types';
import { useLayout } from '../layout';
import { usePlan } from '../plan';
import { monthText, useText } from '../text';

const useStyles = makeStyles({
  indicator: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'baseline',
    justifyContent: 'space-between',
  },
  name: { minWidth: 0, flexBasis: '12rem', flexGrow: 1, overflowWrap: 'anywhere' },
  id: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  verdicts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, flexShrink: 0 },
});

/** A verdict as a badge: its text and colour. */
export interface Verdict {
  key: UiKey;
  color: BadgeProps['color'];
}

const STATUS: Record<IndicatorStatus, Verdict> = {
  met: { key: 'statusMet', color: 'success' },
  near: { key: 'statusNear', color: 'warning' },
  missed: { key: 'statusMissed', color: 'danger' },
  missing: { key: 'statusMissing', color: 'informative' },
  invalid: { key: 'statusInvalid', color: 'severe' },
  notApplicable: { key: 'statusNotApplicable', color: 'subtle' },
};

/** The verdicts shown for an indicator, in order. */
export function indicatorVerdicts(result: IndicatorResult): Verdict[] {
  return [STATUS[result.status]];
}

const SEVERITY_COLOUR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

/** The summary; `checkedAt` is when the check ran (results go stale as the user edits). */
export function StatusSummary({
  report,
  checkedAt,
  headingRef,
}: {
  report: Report;
  checkedAt: Date;
  /** The heading, focused after a check. */
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  const { t, lang } = useText();
  const layout = useLayout();
  const styles = useStyles();
  const { plan } = usePlan();
  const id = report.identity;
  const indicatorName = (indicatorId: string) => {
    const ind = plan.indicators.find((i) => i.id === indicatorId);
    return (lang === 'en' ? ind?.nameEn : undefined) ?? ind?.name ?? indicatorId;
  };
  const done = report.tasks.filter((task) => task.status === TASK_DONE).length;
  const overdue = report.tasks.filter((task) => task.overdue).length;
  const { required, filled } = completenessOf(report.completeness);
  const time = report.timeliness;

  return (
    <section className={layout.stack} aria-labelledby="summary-heading" data-testid="status-summary">
      <div className={layout.tight}>
        <h2
          id="summary-heading"
          className={mergeClasses(layout.heading, layout.focusTarget)}
          tabIndex={-1}
          ref={headingRef}
        >
          {t('summaryHeading')}
        </h2>
        <span className={layout.wrap}>
          {id
            ? t('summaryIdentity', { agency: id.agencyName, period: monthText(id.period, lang) })
            : t('summaryNoIdentity')}
        </span>
        <span className={layout.muted}>
          {t('validatedAt', { time: checkedAt.toLocaleTimeString(lang === 'vi' ? 'vi-VN' : 'en-GB') })}
        </span>
      </div>
      <div className={layout.row} role="group" aria-label={t('countsLabel')} data-testid="severity-counts">
        {(['error', 'warning', 'info'] as const).map((s) => (
          <Badge key={s} appearance="tint" color={SEVERITY_COLOUR[s]} data-severity={s}>
            {`${report.counts.bySeverity[s]} ${SEVERITY_LABEL[lang][s]}`}
          </Badge>
        ))}
      </div>
      {report.indicators.length ? (
        <div className={layout.tight}>
          <h3 className={layout.subheading}>{t('indicatorsHeading', { count: report.indicators.length })}</h3>
          <ul className={layout.list}>
            {report.indicators.map((r) => (
              <li key={r.indicatorId} className={styles.indicator} data-testid={`indicator-${r.indicatorId}`}>
                <span className={styles.name}>
                  <span className={styles.id}>{r.indicatorId}</span>
                  {indicatorName(r.indicatorId)}
                </span>
                <span className={styles.verdicts}>
                  {indicatorVerdicts(r).map((v) => (
                    <Badge key={v.key} appearance="outline" color={v.color}>
                      {t(v.key)}
                    </Badge>
                  ))}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className={layout.tight}>
        {report.tasks.length ? (
          <span>{t('tasksLine', { done, total: report.tasks.length, overdue })}</span>
        ) : null}
        {required ? <span>{t('completenessLine', { filled, required })}</span> : null}
        {time ? (
          <span>
            {time.date === null
              ? t('dateUnknown', { due: formatDateVi(time.dueDate) })
              : time.late
                ? t('late', { due: formatDateVi(time.dueDate), days: time.daysLate })
                : t('onTime', { due: formatDateVi(time.dueDate) })}
          </span>
        ) : null}
      </div>
    </section>
  );
}
