/**
 * Runs one user action at a time: a busy label while it runs, then its notice — or the error's notice if it threw —
 * shown, and its first sentence announced (errors as an alert, the rest as a status).
 */
import { useCallback, useRef, useState } from 'react';
import type { UiKey } from '../../i18n/ui';
import { useAnnounce } from '../components/Announcer';
import { errorNotice, type Notice } from '../services/notice';
import { useText, type Translate } from '../text';

/** An action's state and runner. */
export interface ActionState {
  /** What is running (shown next to a spinner), or null. */
  busy: UiKey | null;
  notice: Notice | null;
  setNotice(notice: Notice | null): void;
  /**
   * Runs `action`; its returned notice (or the error's) replaces the previous one and is announced. Ignored while
   * busy. Resolves with the notice shown.
   */
  run(busy: UiKey, action: () => Promise<Notice | null>): Promise<Notice | null>;
}

/** The sentence said for a notice: its first line. */
export function noticeSentence(notice: Notice, t: Translate): string {
  const first = notice.lines[0];
  return first ? t(first.key, first.params) : '';
}

/** State for the actions of one tab. */
export function useAction(): ActionState {
  const { t } = useText();
  const announce = useAnnounce();
  const [busy, setBusy] = useState<UiKey | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const running = useRef(false);
  // The language may change while an action runs: the sentence is made in the one on screen when it ends.
  const translate = useRef(t);
  translate.current = t;
  const run = useCallback(
    async (label: UiKey, action: () => Promise<Notice | null>) => {
      if (running.current) return null;
      running.current = true;
      setBusy(label);
      setNotice(null);
      let outcome: Notice | null;
      try {
        outcome = await action();
      } catch (e) {
        outcome = errorNotice(e);
      } finally {
        running.current = false;
        setBusy(null);
      }
      setNotice(outcome);
      if (outcome) {
        const sentence = noticeSentence(outcome, translate.current);
        if (outcome.intent === 'error') announce.alert(sentence);
        else announce.status(sentence);
      }
      return outcome;
    },
    [announce],
  );
  return { busy, notice, setNotice, run };
}
