/** Runs one user action at a time: a busy label while it runs, then its notice — or the error's notice if it threw. */
import { useCallback, useState } from 'react';
import type { UiKey } from '../../i18n/ui';
import { errorNotice, type Notice } from '../services/notice';

/** An action's state and runner. */
export interface ActionState {
  /** What is running (shown next to a spinner), or null. */
  busy: UiKey | null;
  notice: Notice | null;
  setNotice(notice: Notice | null): void;
  /** Runs `action`; its returned notice (or the error's) replaces the previous one. Ignored while busy. */
  run(busy: UiKey, action: () => Promise<Notice | null>): Promise<void>;
}

/** State for the actions of one tab. */
export function useAction(): ActionState {
  const [busy, setBusy] = useState<UiKey | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const run = useCallback(async (label: UiKey, action: () => Promise<Notice | null>) => {
    setBusy(label);
    setNotice(null);
    try {
      setNotice(await action());
    } catch (e) {
      setNotice(errorNotice(e));
    } finally {
      setBusy(null);
    }
  }, []);
  return { busy, notice, setNotice, run };
}
