/**
 * Shows an action's outcome (success, warning or error) in a Fluent MessageBar: plain sentences, and an error code
 * under "Chi tiết". Announcing is done once by useAction through the pane's live regions, not by the bar.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
} from '@fluentui/react-components';
import type { Notice } from '../services/notice';
import { useText } from '../text';
import { Details } from './Details';

const useStyles = makeStyles({
  body: { whiteSpace: 'normal', overflowWrap: 'anywhere' },
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
        {notice.code ? (
          <Details testId="notice-details">{t('errorCode', { code: notice.code })}</Details>
        ) : null}
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
