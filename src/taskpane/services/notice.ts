/**
 * What the pane tells the user after an action, as data (key + params) so it renders in whichever language is on
 * screen. Failures from Office become a message by `error.code` (src/office/errors.ts), with the code shown for
 * support; nothing thrown is ever dropped.
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
  lines: NoticeLine[];
  /** Office error code (and where it failed), shown small under the message. */
  code?: string;
}

/** A notice of one line. */
export function notice(intent: Notice['intent'], key: UiKey, params?: NoticeLine['params']): Notice {
  return { intent, lines: [params ? { key, params } : { key }] };
}

/** The notice for anything thrown by an action: Office errors by code, anything else as unexpected. */
export function errorNotice(error: unknown): Notice {
  const d = describeOfficeError(error);
  const detail =
    d.code === 'NotOfficeError' && error instanceof Error
      ? `${error.name}: ${error.message}`.slice(0, 160)
      : d.code;
  return {
    intent: 'error',
    lines: [{ key: d.messageKey }],
    code: d.location ? `${detail} (${d.location})` : detail,
  };
}
