/**
 * The chosen files in Tổng hợp, collapsed by default to those that need a look (not merged, merged with errors, not
 * read, late on a date nobody confirmed): each with one outcome badge, one plain reason, technical detail under
 * "Chi tiết", a button to remove it, and for an agency's report the date it was received, which the officer can
 * confirm or correct. After a removal the focus goes to the next file's button (or the list's heading), not to the page.
 */
import {
  Badge,
  Button,
  Spinner,
  Switch,
  makeStyles,
  mergeClasses,
  tokens,
  type BadgeProps,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { UiKey } from '../../i18n/ui';
import { useLayout } from '../layout';
import { useText } from '../text';
import type { Timeliness } from '../../core/validate/types';
import { useAnnounce } from './Announcer';
import { Details } from './Details';
import { ReceivedDateField } from './ReceivedDateField';
import type { FileView, Outcome } from './fileOutcomes';
import { receivedChangedSentence } from './receivedDate';

const useStyles = makeStyles({
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    alignItems: 'start',
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  name: { overflowWrap: 'anywhere', fontWeight: tokens.fontWeightSemibold, alignSelf: 'center' },
  outcome: { gridColumn: '1 / 3', overflowWrap: 'anywhere', color: tokens.colorNeutralForeground2 },
  badge: { marginRight: tokens.spacingHorizontalXS, verticalAlign: 'text-bottom' },
  detail: { gridColumn: '1 / 3' },
});

const OUTCOME: Record<Outcome, { key: UiKey; color: BadgeProps['color'] }> = {
  queued: { key: 'outcomeQueued', color: 'informative' },
  reading: { key: 'outcomeReading', color: 'informative' },
  read: { key: 'outcomeRead', color: 'informative' },
  notRead: { key: 'outcomeNotRead', color: 'subtle' },
  unreadable: { key: 'outcomeUnreadable', color: 'danger' },
  rejected: { key: 'outcomeRejected', color: 'danger' },
  merged: { key: 'outcomeMerged', color: 'success' },
  mergedWithErrors: { key: 'outcomeMergedWithErrors', color: 'warning' },
  mergedLate: { key: 'outcomeMergedLate', color: 'warning' },
  superseded: { key: 'outcomeSuperseded', color: 'informative' },
  duplicate: { key: 'outcomeDuplicate', color: 'informative' },
  otherPeriod: { key: 'outcomeOtherPeriod', color: 'warning' },
  otherPlan: { key: 'outcomeOtherPlan', color: 'warning' },
};

/** One file's row: its name and remove button, its outcome and reason, "Chi tiết", and its received date. */
function FileRow({
  view: v,
  onRemove,
  onReceived,
}: {
  view: FileView;
  onRemove: () => void;
  onReceived: (date: string | null) => void;
}) {
  const { t } = useText();
  const styles = useStyles();
  return (
    <li className={styles.row} data-file={v.name} data-outcome={v.outcome}>
      <span className={styles.name}>{v.name}</span>
      <Button
        size="small"
        appearance="subtle"
        disabled={!v.removable}
        aria-label={t('removeFileLabel', { file: v.name })}
        onClick={onRemove}
        data-remove={v.id}
      >
        {t('removeFile')}
      </Button>
      <div className={styles.outcome}>
        {v.outcome === 'reading' ? (
          <Spinner size="extra-tiny" label={t('outcomeReading')} labelPosition="after" />
        ) : (
          <Badge appearance="tint" color={OUTCOME[v.outcome].color} className={styles.badge}>
            {t(OUTCOME[v.outcome].key)}
          </Badge>
        )}{' '}
        {v.reason}
      </div>
      {v.detail ? (
        <div className={styles.detail}>
          <Details>{v.detail}</Details>
        </div>
      ) : null}
      {v.received ? (
        <div className={styles.detail}>
          <ReceivedDateField fileName={v.name} view={v.received} onChange={onReceived} />
        </div>
      ) : null}
    </li>
  );
}

/**
 * The list; `onRemove` takes a file out of the consolidation, `onReceived` sets the date a file was received (ISO,
 * or null for the file's own date) and gives the file's timeliness judged again, which is announced.
 */
export function FileList({
  views,
  onRemove,
  onReceived,
}: {
  views: readonly FileView[];
  onRemove: (id: number) => void;
  onReceived: (id: number, date: string | null) => Timeliness | null;
}) {
  const { t, lang } = useText();
  const layout = useLayout();
  const announce = useAnnounce();
  const [all, setAll] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const [focusId, setFocusId] = useState<number | 'heading' | null>(null);
  // A file whose date the officer just set stays in view (its button keeps the focus) even when it no longer needs
  // a look, until the whole list is shown or collapsed again.
  const [kept, setKept] = useState<ReadonlySet<number>>(new Set());
  const attention = views.filter((v) => v.needsAttention);
  const shown = all ? views : views.filter((v) => v.needsAttention || kept.has(v.id));
  // "All merged, no errors" only once every file is read.
  const pending = views.some((v) => v.outcome === 'queued' || v.outcome === 'reading');

  useEffect(() => {
    if (focusId === null) return;
    const button =
      focusId === 'heading' ? null : list.current?.querySelector<HTMLElement>(`[data-remove="${focusId}"]`);
    (button ?? heading.current)?.focus();
    setFocusId(null);
  }, [focusId]);

  const remove = (view: FileView) => {
    const at = shown.indexOf(view);
    const next =
      shown.slice(at + 1).find((v) => v.removable) ??
      shown
        .slice(0, at)
        .reverse()
        .find((v) => v.removable);
    onRemove(view.id);
    setFocusId(next ? next.id : 'heading');
  };
  const setReceived = (view: FileView, date: string | null) => {
    setKept((k) => new Set(k).add(view.id));
    const time = onReceived(view.id, date);
    if (time) announce.status(receivedChangedSentence(view.name, time, lang));
  };

  return (
    <section className={layout.tight} aria-labelledby="file-list-heading" data-testid="file-list">
      <h3
        id="file-list-heading"
        className={mergeClasses(layout.subheading, layout.focusTarget)}
        tabIndex={-1}
        ref={heading}
      >
        {all
          ? t('filesAllHeading', { count: views.length })
          : t('filesAttentionHeading', { count: attention.length })}
      </h3>
      <Switch
        label={t('showAllFiles', { count: views.length })}
        checked={all}
        onChange={(_, data) => {
          setAll(data.checked);
          setKept(new Set());
        }}
        data-testid="show-all-files"
      />
      {!all && attention.length === 0 && !pending ? (
        <span className={layout.muted}>{t('noFileNeedsAttention')}</span>
      ) : null}
      <ul className={layout.list} ref={list}>
        {shown.map((v) => (
          <FileRow
            key={v.id}
            view={v}
            onRemove={() => remove(v)}
            onReceived={(date) => setReceived(v, date)}
          />
        ))}
      </ul>
    </section>
  );
}
