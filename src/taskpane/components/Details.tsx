/** "Chi tiết": technical details (an error code, a parser's reason) kept out of the plain message, one click away. */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { useId, useState, type ReactNode } from 'react';
import { useText } from '../text';

const useStyles = makeStyles({
  toggle: {
    minWidth: 0,
    paddingLeft: 0,
    paddingRight: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightRegular,
  },
  body: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    overflowWrap: 'anywhere',
    margin: 0,
  },
});

/** A disclosure button and, when open, its content. */
export function Details({ children, testId }: { children: ReactNode; testId?: string }) {
  const { t } = useText();
  const styles = useStyles();
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <div data-testid={testId}>
      <Button
        size="small"
        appearance="transparent"
        className={styles.toggle}
        icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        {t('details')}
      </Button>
      <div id={id} hidden={!open} className={styles.body}>
        {open ? children : null}
      </div>
    </div>
  );
}
