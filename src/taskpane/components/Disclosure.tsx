/**
 * A heading that opens and closes what follows it: the heading holds a button with aria-expanded (the disclosure
 * pattern, https://www.w3.org/WAI/ARIA/apg/patterns/disclosure/), so a long section costs one tab stop until opened.
 */
import { Button, makeStyles } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { useId, type ReactNode } from 'react';
import { useLayout } from '../layout';

const useStyles = makeStyles({
  button: {
    justifyContent: 'flex-start',
    textAlign: 'left',
    width: '100%',
    minWidth: 0,
    height: 'auto',
    paddingLeft: 0,
  },
  title: { whiteSpace: 'normal', overflowWrap: 'anywhere' },
});

/** The disclosure; `expanded` and `onToggle` make it controlled. */
export function Disclosure({
  title,
  expanded,
  onToggle,
  children,
  testId,
}: {
  title: string;
  expanded: boolean;
  onToggle: () => void;
  children: ReactNode;
  testId?: string;
}) {
  const layout = useLayout();
  const styles = useStyles();
  const id = useId();
  return (
    <div className={layout.tight} data-testid={testId}>
      <h3 className={layout.subheading}>
        <Button
          appearance="subtle"
          className={styles.button}
          icon={expanded ? <ChevronDownRegular /> : <ChevronRightRegular />}
          aria-expanded={expanded}
          aria-controls={id}
          onClick={onToggle}
        >
          <span className={styles.title}>{title}</span>
        </Button>
      </h3>
      <div id={id} hidden={!expanded}>
        {expanded ? children : null}
      </div>
    </div>
  );
}
