/**
 * Why the pane cannot work here — opened outside Excel, in another Office app, or in an Excel too old for ExcelApi
 * 1.8 — in Vietnamese and, below it, in English (the page may be opened by anyone, e.g. straight in a browser). An
 * Excel too old also learns what to use instead: the .xlsx templates and the chitieu program.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../i18n';
import { uiText, type UiKey } from '../../i18n/ui';
import type { HostProblem } from '../../office/host';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalL,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  body: { margin: 0, lineHeight: tokens.lineHeightBase300 },
  second: { color: tokens.colorNeutralForeground3, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
});

const KEYS: Record<HostProblem, { title: UiKey; body: UiKey; instead?: UiKey }> = {
  outsideOffice: { title: 'outsideTitle', body: 'outsideBody' },
  notExcel: { title: 'notExcelTitle', body: 'notExcelBody' },
  tooOld: { title: 'tooOldTitle', body: 'tooOldBody', instead: 'hostInstead' },
};

/** The message for a host problem, both languages. */
export function HostMessage({ reason, needed }: { reason: HostProblem; needed: string }) {
  const styles = useStyles();
  const { title, body, instead } = KEYS[reason];
  const block = (lang: Lang) => (
    <section lang={lang} className={styles.box} data-testid={`host-${reason}-${lang}`}>
      <h2 className={styles.title}>{uiText(lang, title)}</h2>
      <p className={styles.body}>{uiText(lang, body, { needed })}</p>
      {instead ? <p className={styles.body}>{uiText(lang, instead)}</p> : null}
    </section>
  );
  return (
    <div role="alert" style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
      {block('vi')}
      <div className={styles.second}>{block('en')}</div>
    </div>
  );
}
