/**
 * An indicator's two verdicts (docs/verdicts.md: progress to date and the year-end forecast, never blended), each a
 * badge followed by what it judged and against what ("7,8 so với kế hoạch năm 8"), in Kiểm tra's summary (one
 * agency's report) and Tổng hợp's (the province). The words wrap at 320 px rather than being cut.
 */
import { Badge, makeStyles, mergeClasses, tokens, type BadgeProps } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { ForecastStatus, ForecastVerdict, ProgressStatus, ProgressVerdict } from '../../core/verdict';
import type { Lang } from '../../i18n';
import { forecastBasis, forecastWord, progressBasis, progressWord } from '../../i18n/verdicts';
import { useLayout } from '../layout';
import { usePlan } from '../plan';
import { useText } from '../text';

const useStyles = makeStyles({
  list: { gap: tokens.spacingVerticalS },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  name: { overflowWrap: 'anywhere' },
  id: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  verdict: { overflowWrap: 'anywhere', minWidth: 0 },
  // A verdict's words can be longer than a badge is wide at 320 px ("Tiến độ: Chưa đến mốc đánh giá"): let them wrap.
  badge: {
    whiteSpace: 'normal',
    height: 'auto',
    textAlign: 'start',
    maxWidth: '100%',
  },
  basis: { color: tokens.colorNeutralForeground2 },
});

/** What an indicator's verdicts are read from (a report's IndicatorResult, a consolidation's ProvinceIndicator). */
export interface Judged {
  indicatorId: string;
  progress: ProgressVerdict;
  forecast: ForecastVerdict;
}

/** A verdict as shown: which one, its word, what it judged (null when nothing was), and its colour. */
export interface Verdict {
  kind: 'progress' | 'forecast';
  text: string;
  basis: string | null;
  color: BadgeProps['color'];
}

/** The badge colour of each verdict. */
export const VERDICT_COLOUR: Record<ProgressStatus | ForecastStatus, BadgeProps['color']> = {
  met: 'success',
  near: 'warning',
  missed: 'danger',
  notDue: 'brand',
  missing: 'informative',
  invalid: 'severe',
  notApplicable: 'subtle',
};

/** The verdicts shown for an indicator, in order: progress to date, then the forecast. */
export function indicatorVerdicts(judged: Judged, lang: Lang): Verdict[] {
  const { progress, forecast } = judged;
  return [
    {
      kind: 'progress',
      text: progressWord(progress.status, lang),
      basis: progressBasis(progress, lang),
      color: VERDICT_COLOUR[progress.status],
    },
    {
      kind: 'forecast',
      text: forecastWord(forecast.status, lang),
      basis: forecastBasis(forecast, lang),
      color: VERDICT_COLOUR[forecast.status],
    },
  ];
}

/** One indicator as a list item: its id and name, then each verdict on a line with what it was judged against. */
export function IndicatorVerdictItem({ judged, note }: { judged: Judged; note?: ReactNode }) {
  const { t, lang } = useText();
  const styles = useStyles();
  const layout = useLayout();
  const { plan } = usePlan();
  const ind = plan.indicators.find((i) => i.id === judged.indicatorId);
  const name = (lang === 'en' ? ind?.nameEn : undefined) ?? ind?.name ?? judged.indicatorId;
  return (
    <li className={styles.item} data-testid={`indicator-${judged.indicatorId}`}>
      <span className={styles.name}>
        <span className={styles.id}>{judged.indicatorId}</span>
        {name}
      </span>
      {indicatorVerdicts(judged, lang).map((v) => (
        <span key={v.kind} className={styles.verdict} data-verdict-line={v.kind}>
          <Badge appearance="outline" color={v.color} className={styles.badge} data-verdict={v.kind}>
            {t(v.kind === 'progress' ? 'progressBadge' : 'forecastBadge', { word: v.text })}
          </Badge>
          {v.basis ? (
            // A space, not only a margin: the badge and its basis are two words to a screen reader and to copy.
            <span className={styles.basis} data-basis={v.kind}>
              {' '}
              {v.basis}
            </span>
          ) : null}
        </span>
      ))}
      {note ? <span className={layout.muted}>{note}</span> : null}
    </li>
  );
}

/** The indicators as a list; `note` adds a muted line under an indicator (e.g. how many agencies reported it). */
export function IndicatorVerdictList({
  items,
  note,
}: {
  items: readonly Judged[];
  note?: (judged: Judged) => ReactNode;
}) {
  const styles = useStyles();
  const layout = useLayout();
  return (
    <ul className={mergeClasses(layout.list, styles.list)}>
      {items.map((j) => (
        <IndicatorVerdictItem key={j.indicatorId} judged={j} note={note?.(j)} />
      ))}
    </ul>
  );
}
