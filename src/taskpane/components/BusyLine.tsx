/** A small spinner with what is running, announced politely to screen readers. */
import { Spinner } from '@fluentui/react-components';
import type { UiKey } from '../../i18n/ui';
import { useText } from '../text';

/** Renders nothing when idle. */
export function BusyLine({ busy }: { busy: UiKey | null }) {
  const { t } = useText();
  return (
    <div aria-live="polite">
      {busy ? <Spinner size="tiny" labelPosition="after" label={t(busy)} /> : null}
    </div>
  );
}
