/** Shows an action's outcome (success, warning or an Office error with its code) in a Fluent MessageBar. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Notice } from '../services/notice';
import { useText } from '../text';

const useStyles = makeStyles({
  code: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3, wordBreak: 'break-word' },
  body: { whiteSpace: 'normal' },
});

/** The notice, with a close button when `onDismiss` is given. */
export function NoticeBar({ notice, onDismiss }: { notice: Notice; onDismiss?: () => void }) {
  const { t } = useText();
  const styles = useStyles();
  return (
    <MessageBar intent={notice.intent} layout="multiline" data-testid="notice" data-intent={notice.intent}>
      <MessageBarBody className={styles.body}>
        {notice.lines.map((line, i) => (
          <div key={i}>{t(line.key, line.params)}</div>
        ))}
        {notice.code ? <div className={styles.code}>{t('errorCode', { code: notice.code })}</div> : null}
      </MessageBarBody>
      {onDismiss ? (
        <MessageBarActions>
          <Button size="small" appearance="transparent" onClick={onDismiss}>
            {t('dismiss')}
          </Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
