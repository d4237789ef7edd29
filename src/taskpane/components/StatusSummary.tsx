/**
 * The summary of a check: whose report and which month, problems by severity, each indicator's two verdicts
 * (progress to date and the year-end forecast, docs/verdicts.md) with what each was judged against, tasks, dates.
 */
import { Badge, mergeClasses } from '@fluentui/react-components';
import type { Ref } from 'react';
import { SEVERITY_LABEL } from '../../i18n';
import { periodInfo } from '../../core/plan/period';
import { TASK_DONE } from '../../core/template/model';
import { completenessOf } from '../../core/validate/completeness';
import type { Report } from '../../core/validate/types';
import { useLayout } from '../layout';
import { usePlan } from '../plan';
import { dueText, monthText, useText } from '../text';
import { IndicatorVerdictList } from './IndicatorVerdicts';

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
  const { plan } = usePlan();
  const id = report.identity;
  const done = report.tasks.filter((task) => task.status === TASK_DONE).length;
  const overdue = report.tasks.filter((task) => task.overdue).length;
  const { required, filled } = completenessOf(report.completeness);
  const time = report.timeliness;
  const info = id ? periodInfo(plan, id.period) : null;
  const due = info ? dueText(info, lang) : '';

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
          <IndicatorVerdictList items={report.indicators} />
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
              ? t('dateUnknown', { due })
              : time.late
                ? t('late', { due, days: time.daysLate })
                : t('onTime', { due })}
          </span>
        ) : null}
      </div>
    </section>
  );
}
