/**
 * The task pane: Fluent UI in the Office theme's light or dark, the live regions, the footer (help, language) and —
 * once Office says this is Excel with ExcelApi 1.8 — the tabs; otherwise the message saying why not.
 */
import {
  FluentProvider,
  Spinner,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { AnnouncerProvider } from './components/Announcer';
import { HostMessage } from './components/HostMessage';
import { NoticeBar } from './components/NoticeBar';
import { PaneFooter } from './components/PaneFooter';
import { useLanguage } from './hooks/useLanguage';
import { useOfficeReady } from './hooks/useOfficeReady';
import { useOfficeTheme } from './hooks/useOfficeTheme';
import { errorNotice } from './services/notice';
import { LanguageContext } from './text';
import { uiText } from '../i18n/ui';
import { Workspace } from './Workspace';
import type { PlanContext } from '../app/plan';
import { builtInPlan, PlanProvider } from './plan';
import { PlanBar } from './components/PlanBar';

const useStyles = makeStyles({
  root: { minHeight: '100vh', boxSizing: 'border-box', display: 'flex', flexDirection: 'column' },
  body: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

/** The whole pane, working on `plan` until the planner switches to another (PlanBar). */
export function App({ plan: initial }: { plan: PlanContext }) {
  const styles = useStyles();
  const [plan, setPlan] = useState(initial);
  const host = useOfficeReady();
  const { lang, toggle } = useLanguage();
  const dark = useOfficeTheme(host.status === 'ready');
  const t = (key: Parameters<typeof uiText>[1]) => uiText(lang, key);

  const theme = dark ? webDarkTheme : webLightTheme;

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  // The page behind the provider takes the theme's background, so the whole pane is dark or light (taskpane.html
  // painted the same colour before the bundle ran). Layout styles live on an inner element: FluentProvider copies
  // its className onto every portal — listboxes, dialogs — FluentProviderProps.applyStylesToPortals, default true:
  // https://react.fluentui.dev/?path=/docs/components-fluentprovider--docs
  useEffect(() => {
    document.documentElement.dataset.theme = dark ? 'dark' : 'light';
    document.body.style.backgroundColor = theme.colorNeutralBackground1;
    document.body.style.colorScheme = dark ? 'dark' : 'light';
  }, [theme, dark]);

  return (
    <FluentProvider theme={theme} data-theme={dark ? 'dark' : 'light'} data-testid="app">
      <LanguageContext.Provider value={lang}>
        <AnnouncerProvider>
          <div className={styles.root}>
            <div className={styles.body}>
              <header>
                <h1 className={styles.title}>{t('appTitle')}</h1>
              </header>
              <main>
                {host.status === 'checking' ? <Spinner size="small" label={t('connecting')} /> : null}
                {host.status === 'unavailable' ? (
                  <HostMessage reason={host.reason} needed={host.needed} />
                ) : null}
                {host.status === 'failed' ? <NoticeBar notice={errorNotice(host.error)} /> : null}
                {host.status === 'ready' ? (
                  <PlanProvider value={plan}>
                    <PlanBar ctx={plan} builtIn={builtInPlan} onChange={setPlan} />
                    {/* Another plan, fresh tabs: nothing judged against one plan is shown under another. */}
                    <Workspace key={`${plan.source.kind}:${plan.hash}`} />
                  </PlanProvider>
                ) : null}
              </main>
            </div>
            <PaneFooter onToggleLanguage={toggle} />
          </div>
        </AnnouncerProvider>
      </LanguageContext.Provider>
    </FluentProvider>
  );
}
