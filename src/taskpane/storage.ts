/**
 * The pane's few remembered settings (language, last theme) in localStorage. Storage can be blocked (a SecurityError
 * DOMException in some Office on the web frames): then nothing is remembered and the defaults apply.
 * taskpane.html reads the same keys before anything renders (its splash), so keep the names in step with it.
 */

/** Keys of the remembered settings. */
export const SETTING = { lang: 'chitieu.lang', theme: 'chitieu.theme' } as const;

/** A remembered value, or null when none (or storage is blocked). */
export function readSetting(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch (e) {
    if (e instanceof DOMException) return null;
    throw e;
  }
}

/** Remembers a value; when storage is blocked it lasts for this session only. */
export function writeSetting(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch (e) {
    if (!(e instanceof DOMException)) throw e;
  }
}
