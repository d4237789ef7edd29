/**
 * Kiểm tra's problems: search, severity and sheet filters, identical problems grouped with a count (collapsible, a
 * page at a time), and a sticky line saying how many are shown. Groups start closed when the list is long, open when
 * it is short or filtered.
 */
import {
  Button,
  Field,
  Input,
  Select,
  ToggleButton,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import type { Severity } from '../../core/issues/codes';
import type { Report } from '../../core/validate/types';
import { SEVERITY_LABEL } from '../../i18n';
import { useLayout } from '../layout';
import type { LocatedIssue } from '../services/validation';
import { useText } from '../text';
import { IssueGroupView } from './IssueGroupView';
import { filterGroups, groupIssues, isUnfiltered, issueSheets, type IssueFilter } from './issueGroups';

/** Up to this many problems, every group starts open. */
const OPEN_UP_TO = 12;

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

const useStyles = makeStyles({
  count: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
});

/** The list; `onSelect` is called with a problem that has a cell. */
export function IssueBrowser({
  report,
  onSelect,
}: {
  report: Report;
  onSelect: (issue: LocatedIssue) => void;
}) {
  const { t, lang } = useText();
  const layout = useLayout();
  const styles = useStyles();
  const groups = useMemo(() => groupIssues(report.issues, report.counts.byCode, lang), [report, lang]);
  const sheets = useMemo(() => issueSheets(report.issues), [report]);
  const present = SEVERITIES.filter((s) => report.counts.bySeverity[s] > 0);
  const [filter, setFilter] = useState<IssueFilter>({
    severities: new Set(SEVERITIES),
    sheet: null,
    query: '',
  });
  const [toggled, setToggled] = useState<ReadonlyMap<string, boolean>>(new Map());
  const unfiltered = isUnfiltered(filter, present);
  const shownGroups = useMemo(() => filterGroups(groups, filter), [groups, filter]);
  const total = groups.reduce((s, g) => s + g.total, 0);
  const shown = unfiltered ? total : shownGroups.reduce((s, g) => s + g.items.length, 0);
  const openByDefault = !unfiltered || total <= OPEN_UP_TO || groups.length === 1;

  const toggleSeverity = (s: Severity) =>
    setFilter((f) => {
      const severities = new Set(f.severities);
      if (severities.has(s)) severities.delete(s);
      else severities.add(s);
      return { ...f, severities };
    });
  // "Bỏ lọc" goes away once used: the focus goes to the search box rather than to the page.
  const search = useRef<HTMLInputElement>(null);
  const clear = () => {
    setFilter({ severities: new Set(SEVERITIES), sheet: null, query: '' });
    search.current?.focus();
  };

  return (
    <section className={layout.stack} aria-labelledby="issues-heading" data-testid="issue-list">
      <div className={layout.tight}>
        <h2 id="issues-heading" className={layout.heading}>
          {t('issuesHeading', { count: total })}
        </h2>
        <span className={layout.muted}>{t('issuesHint')}</span>
      </div>
      <Field label={t('filterSearch')}>
        <Input
          type="search"
          ref={search}
          value={filter.query}
          placeholder={t('filterSearchPlaceholder')}
          onChange={(_, data) => setFilter((f) => ({ ...f, query: data.value }))}
          data-testid="issue-search"
        />
      </Field>
      <SeverityAndSheetFilter
        filter={filter}
        present={present}
        counts={report.counts.bySeverity}
        sheets={sheets}
        onToggleSeverity={toggleSeverity}
        onSheet={(sheet) => setFilter((f) => ({ ...f, sheet }))}
      />
      <div className={mergeClasses(layout.sticky, styles.count)} data-testid="issue-count">
        <span>{unfiltered ? t('issuesShownAll', { total }) : t('issuesShown', { shown, total })}</span>
        {unfiltered ? null : (
          <Button size="small" appearance="secondary" onClick={clear}>
            {t('clearFilters')}
          </Button>
        )}
      </div>
      {shownGroups.length === 0 ? <p className={layout.muted}>{t('noIssueMatches')}</p> : null}
      {shownGroups.map((g) => (
        <IssueGroupView
          key={g.code}
          group={g}
          count={unfiltered ? g.total : g.items.length}
          expanded={toggled.get(g.code) ?? openByDefault}
          onToggle={() => setToggled((m) => new Map(m).set(g.code, !(m.get(g.code) ?? openByDefault)))}
          showSheet={sheets.length > 1 && filter.sheet === null}
          onSelect={onSelect}
        />
      ))}
    </section>
  );
}

/** The severity toggles and, when the issues span sheets, the sheet filter. */
function SeverityAndSheetFilter({
  filter,
  present,
  counts,
  sheets,
  onToggleSeverity,
  onSheet,
}: {
  filter: IssueFilter;
  present: readonly Severity[];
  counts: Report['counts']['bySeverity'];
  sheets: readonly string[];
  onToggleSeverity: (s: Severity) => void;
  onSheet: (sheet: string | null) => void;
}) {
  const { t, lang } = useText();
  const layout = useLayout();
  return (
    <>
      <div className={layout.row} role="group" aria-label={t('filterSeverity')} data-testid="severity-filter">
        {present.map((s) => (
          <ToggleButton
            key={s}
            size="small"
            checked={filter.severities.has(s)}
            onClick={() => onToggleSeverity(s)}
            data-severity={s}
          >
            {t('severityToggle', { label: SEVERITY_LABEL[lang][s], count: counts[s] })}
          </ToggleButton>
        ))}
      </div>
      {sheets.length > 1 ? (
        <Field label={t('filterSheet')}>
          <Select
            value={filter.sheet ?? '\u0000all'}
            onChange={(_, data) => onSheet(data.value === '\u0000all' ? null : data.value)}
            data-testid="sheet-filter"
          >
            <option value={'\u0000all'}>{t('filterAllSheets')}</option>
            {sheets.map((s) => (
              <option key={s} value={s}>
                {s || t('generalSheet')}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
    </>
  );
}
