/** The language in effect for every component below the App, and a translator bound to it. */
import { createContext, useContext } from 'react';
import type { Lang } from '../i18n';
import { uiText, type UiKey } from '../i18n/ui';

/** Translates a UI key in the current language. */
export type Translate = (key: UiKey, params?: Record<string, string | number>) => string;

/** The current language (set by App). */
export const LanguageContext = createContext<Lang>('vi');

/** The current language and its translator. */
export function useText(): { lang: Lang; t: Translate } {
  const lang = useContext(LanguageContext);
  return { lang, t: (key, params) => uiText(lang, key, params) };
}
