/** The task pane's language: Vietnamese by default, remembered once the user switches. */
import { useCallback, useState } from 'react';
import { asLang, type Lang } from '../../i18n';
import { readSetting, SETTING, writeSetting } from '../storage';

/** The current language and a toggle between Vietnamese and English. */
export function useLanguage(): { lang: Lang; toggle: () => void } {
  const [lang, setLang] = useState<Lang>(() => asLang(readSetting(SETTING.lang) ?? undefined) ?? 'vi');
  const toggle = useCallback(() => {
    setLang((current) => {
      const next: Lang = current === 'vi' ? 'en' : 'vi';
      writeSetting(SETTING.lang, next);
      return next;
    });
  }, []);
  return { lang, toggle };
}
