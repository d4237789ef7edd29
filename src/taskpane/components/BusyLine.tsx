/**
 * A small spinner with what is running. Not a live region: outcomes are announced once, by useAction, and a busy
 * label said before every quick action would only be noise.
 */
import { Spinner } from '@fluentui/react-components';
import type { UiKey } from '../../i18n/ui';
import { useText } from '../text';

/** Renders nothing when idle. */
export function BusyLine({ busy, params }: { busy: UiKey | null; params?: Record<string, string | number> }) {
  const { t } = useText();
  return busy ? <Spinner size="tiny" labelPosition="after" label={t(busy, params)} /> : null;
}
