/**
 * What the pane tells the user after an action, as data (key + params) so it renders in whichever language is on
 * screen. Failures from Office become a message by `error.code` (src/office/errors.ts); the code is a technical
 * detail, shown only under "Chi tiết". A bug's own text (a TypeError's message) is never shown: only its name, as
 * the code for support. Nothing thrown is dropped.
 */
import { describeOfficeError } from '../../office/errors';
import type { UiKey } from '../../i18n/ui';

/** One line of a notice. */
export interface NoticeLine {
  key: UiKey;
  params?: Record<string, string | number>;
}

/** An outcome shown in a MessageBar. */
export interface Notice {
  intent: 'success' | 'info' | 'warning' | 'error';
  /** Plain sentences; the first is the one announced. */
  lines: NoticeLine[];
  /** Error code (and where Office says it failed), behind "Chi tiết". */
  code?: string;
}

/** A notice of one line. */
export function notice(intent: Notice['intent'], key: UiKey, params?: NoticeLine['params']): Notice {
  return { intent, lines: [params ? { key, params } : { key }] };
}

/** The notice for anything thrown by an action: Office errors by code, anything else as unexpected. */
export function errorNotice(error: unknown): Notice {
  const d = describeOfficeError(error);
  const code = d.code === 'NotOfficeError' && error instanceof Error ? error.name : d.code;
  return {
    intent: 'error',
    lines: [{ key: d.messageKey }],
    code: d.location ? `${code} (${d.location})` : code,
  };
}
