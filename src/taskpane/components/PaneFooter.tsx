/**
 * The pane's footer bar, where Office's own guidance puts navigation and settings: the help page (in the bundle,
 * opened in a new window so the pane keeps its state) and the language switch. The top right corner is left to
 * Office's personality menu (https://learn.microsoft.com/office/dev/add-ins/design/task-pane-add-ins).
 */
import { Button, Link, makeStyles, tokens } from '@fluentui/react-components';
import { useText } from '../text';

const useStyles = makeStyles({
  footer: {
    position: 'sticky',
    bottom: 0,
    zIndex: 1,
    marginTop: 'auto',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

/** The footer; `onToggleLanguage` switches between Vietnamese and English. */
export function PaneFooter({ onToggleLanguage }: { onToggleLanguage: () => void }) {
  const { t } = useText();
  const styles = useStyles();
  return (
    <footer className={styles.footer} data-testid="footer">
      <Link
        href="help.html"
        target="_blank"
        rel="noopener"
        title={t('helpNewWindow')}
        data-testid="help-link"
      >
        {t('help')}
      </Link>
      {/* The other language's name in that language (and marked so), the convention of language switches. */}
      <Button
        size="small"
        appearance="subtle"
        lang={t('otherLanguageCode')}
        onClick={onToggleLanguage}
        data-testid="lang-switch"
      >
        {t('otherLanguage')}
      </Button>
    </footer>
  );
}
