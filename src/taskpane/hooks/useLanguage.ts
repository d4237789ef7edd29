/** The task pane's language: Vietnamese by default, remembered in localStorage once the user switches. */
import { useCallback, useState } from 'react';
import { asLang, type Lang } from '../../i18n';

const STORAGE_KEY = 'chitieu.lang';

/** Reads the remembered language; storage can be blocked (SecurityError in some Office web frames), then: default. */
function stored(): Lang {
  try {
    return asLang(window.localStorage.getItem(STORAGE_KEY) ?? undefined) ?? 'vi';
  } catch (e) {
    if (e instanceof DOMException) return 'vi';
    throw e;
  }
}

/** Remembers the language; when storage is blocked the choice lasts for this session only. */
function remember(lang: Lang): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch (e) {
    if (!(e instanceof DOMException)) throw e;
  }
}

/** The current language and a toggle between Vietnamese and English. */
export function useLanguage(): { lang: Lang; toggle: () => void } {
  const [lang, setLang] = useState<Lang>(stored);
  const toggle = useCallback(() => {
    setLang((current) => {
      const next: Lang = current === 'vi' ? 'en' : 'vi';
      remember(next);
      return next;
    });
  }, []);
  return { lang, toggle };
}
