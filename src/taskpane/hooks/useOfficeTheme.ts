/**
 * Light or dark, following the Office theme. `Office.context.officeTheme` is documented for Excel on every platform
 * but is undefined in some Excel on the web builds (https://github.com/OfficeDev/office-js/issues/6134): then light.
 * The OfficeThemeChanged event is documented for Outlook only
 * (https://learn.microsoft.com/javascript/api/office/office.eventtype); where the host refuses it, the theme is read
 * again whenever the pane regains focus (the user changes the theme in File → Account, then comes back).
 */
import { useEffect, useState } from 'react';
import { readSetting, SETTING, writeSetting } from '../storage';

/** True when the Office theme is dark (Black or Dark Gray), from `isDarkTheme` or the body background's lightness. */
export function officeThemeIsDark(): boolean {
  if (typeof Office === 'undefined') return false;
  const theme = Office.context.officeTheme as Office.OfficeTheme | undefined;
  if (!theme) return false;
  if (typeof theme.isDarkTheme === 'boolean') return theme.isDarkTheme;
  return isDarkColour(theme.bodyBackgroundColor);
}

/** "#262626" → true: relative luminance (sRGB weights) under one half. */
export function isDarkColour(hex: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? '');
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => parseInt(x ?? '0', 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

/**
 * Calls Office's addHandlerAsync/removeHandlerAsync for the theme event. A host without the event may refuse it in
 * the callback (not asked for: the focus listener stays on) or throw an argument error at once (caught: the same
 * fallback). Returns whether the call went through.
 */
function tryHandler(call: () => void): boolean {
  try {
    call();
    return true;
  } catch (e) {
    if (e instanceof Error) return false;
    throw e;
  }
}

/**
 * The theme to start with, before Office can say: the one last seen (taskpane.html's splash uses the same), else the
 * system's — so a dark Office does not flash white while the pane connects.
 */
function startingTheme(): boolean {
  const last = readSetting(SETTING.theme);
  if (last === 'dark' || last === 'light') return last === 'dark';
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
}

/** Whether to use the dark theme; re-evaluated on theme changes once the host is ready, and remembered. */
export function useOfficeTheme(hostReady: boolean): boolean {
  const [dark, setDark] = useState(startingTheme);
  useEffect(() => {
    if (!hostReady || typeof Office === 'undefined') return undefined;
    const refresh = () => {
      const now = officeThemeIsDark();
      writeSetting(SETTING.theme, now ? 'dark' : 'light');
      setDark(now);
    };
    refresh();
    window.addEventListener('focus', refresh);
    const document = Office.context.document as Office.Document | undefined;
    const eventType = Office.EventType?.OfficeThemeChanged;
    const registered =
      eventType !== undefined &&
      typeof document?.addHandlerAsync === 'function' &&
      tryHandler(() => document.addHandlerAsync(eventType, refresh));
    return () => {
      window.removeEventListener('focus', refresh);
      if (registered) tryHandler(() => document?.removeHandlerAsync(eventType, { handler: refresh }));
    };
  }, [hostReady]);
  return dark;
}
