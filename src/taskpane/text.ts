/** The language in effect for every component below the App, a translator bound to it, and how months are named. */
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

/** "2025-07" → "July" (English month names; Vietnamese months are numbered). */
export function englishMonthName(period: string): string {
  const date = new Date(Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5)) - 1, 1));
  return date.toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
}

/** "2025-07" → "tháng 7/2025" / "July 2025", as a sentence names a month. */
export function monthText(period: string, lang: Lang): string {
  return uiText(lang, 'monthOf', {
    month: Number(period.slice(5)),
    monthName: englishMonthName(period),
    year: period.slice(0, 4),
  });
}
