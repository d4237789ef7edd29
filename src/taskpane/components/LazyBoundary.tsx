/**
 * Catches a lazily loaded part that fails to load (offline, a new deployment replaced the chunk) and offers to try
 * again, instead of an empty pane. React catches render errors only in class components:
 * https://react.dev/reference/react/Component#catching-rendering-errors-with-an-error-boundary
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { Component, type ReactNode } from 'react';
import { describeOfficeError } from '../../office/errors';
import { uiText } from '../../i18n/ui';
import type { Lang } from '../../i18n';

interface Props {
  lang: Lang;
  onRetry: () => void;
  children: ReactNode;
}

interface State {
  error: unknown;
  failed: boolean;
}

/** The boundary; shows the failure (with its code) and a retry button. */
export class LazyBoundary extends Component<Props, State> {
  override state: State = { error: null, failed: false };

  /** Switches to the failure view. */
  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const { lang, onRetry } = this.props;
    const e = this.state.error;
    const detail = e instanceof Error ? e.name : describeOfficeError(e).code;
    return (
      <MessageBar intent="error" layout="multiline" data-testid="lazy-failed">
        <MessageBarBody>
          <div>{uiText(lang, 'lazyFailed')}</div>
          <div>{uiText(lang, 'errorCode', { code: detail })}</div>
        </MessageBarBody>
        <MessageBarActions>
          <Button
            onClick={() => {
              this.setState({ error: null, failed: false });
              onRetry();
            }}
          >
            {uiText(lang, 'retry')}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
