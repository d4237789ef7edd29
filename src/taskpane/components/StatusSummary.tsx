/**
 * The summary of a check: whose report and which month, problems by severity, each indicator's two verdicts
 * (progress to date and the year-end forecast, docs/verdicts.md), tasks, dates.
 */
import { Badge, makeStyles, mergeClasses, tokens, type BadgeProps } from '@fluentui/react-components';
import type { Ref } from 'react';
import { SEVERITY_LABEL } from '../../i18n';
import { forecastWord, progressWord } from '../../i18n/verdicts';
import { periodInfo } from '../../core/plan/period';
import type { ForecastStatus, ProgressStatus } from '../../core/verdict';
import { TASK_DONE } from '../../core/template/model';
import { completenessOf } from '../../core/validate/completeness';
import type { IndicatorResult, Report } from '../../core/validate/types';
import type { Lang } from '../../i18n';
import { useLayout } from '../layout';
import { usePlan } from '../plan';
import { dueText, monthText, useText } from '../text';

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
  verdicts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  // A verdict's words can be longer than a badge is wide at 320 px ("Tiến độ: Chưa đến mốc đánh giá"): let them wrap.
  badge: { whiteSpace: 'normal', height: 'auto', textAlign: 'start' },
});

/** A verdict as a badge: which one, its text and colour. */
export interface Verdict {
  kind: 'progress' | 'forecast';
  text: string;
  color: BadgeProps['color'];
}

const COLOUR: Record<ProgressStatus | ForecastStatus, BadgeProps['color']> = {
  met: 'success',
  near: 'warning',
  missed: 'danger',
  notDue: 'brand',
  missing: 'informative',
  invalid: 'severe',
  notApplicable: 'subtle',
};

/** The verdicts shown for an indicator, in order: progress to date, then the forecast. */
export function indicatorVerdicts(result: IndicatorResult, lang: Lang): Verdict[] {
  const { progress, forecast } = result;
  return [
    { kind: 'progress', text: progressWord(progress.status, lang), color: COLOUR[progress.status] },
    { kind: 'forecast', text: forecastWord(forecast.status, lang), color: COLOUR[forecast.status] },
  ];
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
          <ul className={layout.list}>
            {report.indicators.map((r) => (
              <li key={r.indicatorId} className={styles.indicator} data-testid={`indicator-${r.indicatorId}`}>
                <span className={styles.name}>
                  <span className={styles.id}>{r.indicatorId}</span>
                  {indicatorName(r.indicatorId)}
                </span>
                <span className={styles.verdicts}>
                  {indicatorVerdicts(r, lang).map((v) => (
                    <Badge
                      key={v.kind}
                      appearance="outline"
                      color={v.color}
                      className={styles.badge}
                      data-verdict={v.kind}
                    >
                      {t(v.kind === 'progress' ? 'progressBadge' : 'forecastBadge', { word: v.text })}
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
