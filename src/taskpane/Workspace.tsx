/**
 * The three tabs. A tab's panel is mounted on first visit and then kept (hidden when not selected), so results
 * survive switching tabs. Tổng hợp is loaded on first visit (its code, consolidation core and worker are not part of
 * the first download).
 */
import { Spinner, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import type { UiKey } from '../i18n/ui';
import { LazyBoundary } from './components/LazyBoundary';
import { TemplateTab } from './tabs/TemplateTab';
import { ValidateTab } from './tabs/ValidateTab';
import { useText } from './text';

type TabName = 'template' | 'validate' | 'consolidate';

const TABS: { name: TabName; label: UiKey }[] = [
  { name: 'template', label: 'tabTemplate' },
  { name: 'validate', label: 'tabValidate' },
  { name: 'consolidate', label: 'tabConsolidate' },
];

const useStyles = makeStyles({
  tabs: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, flexShrink: 0 },
  panel: { padding: `${tokens.spacingVerticalM} 0` },
});

const loadConsolidateTab = () =>
  import(/* webpackChunkName: "consolidate" */ './tabs/ConsolidateTab').then((m) => ({
    default: m.ConsolidateTab,
  }));

/** The tabs and their panels. */
export function Workspace() {
  const { t, lang } = useText();
  const styles = useStyles();
  const [selected, setSelected] = useState<TabName>('template');
  const [visited, setVisited] = useState<ReadonlySet<TabName>>(() => new Set(['template']));
  // Retrying needs a new lazy component: React.lazy remembers a failed import for ever.
  const [ConsolidateTab, setConsolidateTab] = useState(() => lazy(loadConsolidateTab));

  const select = (name: TabName) => {
    setSelected(name);
    setVisited((v) => (v.has(name) ? v : new Set([...v, name])));
  };

  const panel = (name: TabName, content: ReactNode) =>
    visited.has(name) ? (
      <div
        key={name}
        role="tabpanel"
        id={`panel-${name}`}
        aria-labelledby={`tab-${name}`}
        hidden={selected !== name}
        className={styles.panel}
        data-testid={`panel-${name}`}
      >
        {content}
      </div>
    ) : null;

  return (
    <>
      <TabList
        className={styles.tabs}
        selectedValue={selected}
        onTabSelect={(_, data) => select(data.value as TabName)}
        aria-label={t('tabsLabel')}
      >
        {TABS.map((tab) => (
          <Tab key={tab.name} value={tab.name} id={`tab-${tab.name}`} aria-controls={`panel-${tab.name}`}>
            {t(tab.label)}
          </Tab>
        ))}
      </TabList>
      {panel('template', <TemplateTab />)}
      {panel('validate', <ValidateTab />)}
      {panel(
        'consolidate',
        <LazyBoundary lang={lang} onRetry={() => setConsolidateTab(() => lazy(loadConsolidateTab))}>
          <Suspense fallback={<Spinner size="small" label={t('loading')} />}>
            <ConsolidateTab />
          </Suspense>
        </LazyBoundary>,
      )}
    </>
  );
}
