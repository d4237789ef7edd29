/**
 * Every text of the Excel task pane, in Vietnamese (default) and English, plus the messages for Office failures by
 * the keys src/office/errors.ts gives (`office.error.*`). Placeholders as {name}, filled by uiText.
 */
import { fill, type Lang } from './index';
import { UI_EN } from './uiEn';
import { UI_VI } from './uiVi';

/** A task-pane text key. */
export type UiKey = keyof typeof UI_VI;

/** The task pane's texts by language. */
export const UI_TEXT: Record<Lang, Record<UiKey, string>> = { vi: UI_VI, en: UI_EN };

/** A task-pane text in a language, placeholders filled (numbers as given; format them first when needed). */
export function uiText(lang: Lang, key: UiKey, params: Record<string, string | number> = {}): string {
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) values[k] = String(v);
  return fill(UI_TEXT[lang][key], values);
}
