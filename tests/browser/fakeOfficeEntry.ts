/**
 * Browser entry of the strict fake Excel host, served in place of Office.js from the CDN in the task-pane tests.
 * The test prefixes this bundle with `window.__FAKE_OPTIONS__ = {…}` (host, API version, Office theme); the installed
 * fake (workbook model and counters) is exposed as `window.__fake` for the test to seed and inspect.
 */
import { installFakeOffice, type FakeOffice, type FakeOfficeOptions } from '../support/fake-excel';

/** What a test can ask of the fake page. */
export interface FakePageOptions extends FakeOfficeOptions {
  /** Adds `Office.context.officeTheme` as Office on Windows reports it for the Black or the Colorful theme. */
  theme?: 'dark' | 'light';
}

interface FakeWindow {
  __FAKE_OPTIONS__?: FakePageOptions;
  __fake?: FakeOffice;
  Office?: { context: Record<string, unknown> };
}

const page = window as unknown as FakeWindow;
const { theme, ...options } = page.__FAKE_OPTIONS__ ?? {};
page.__fake = installFakeOffice(window, options);
if (theme && page.Office) {
  page.Office.context.officeTheme =
    theme === 'dark'
      ? {
          bodyBackgroundColor: '#262626',
          bodyForegroundColor: '#FFFFFF',
          controlBackgroundColor: '#1F1F1F',
          controlForegroundColor: '#FFFFFF',
          isDarkTheme: true,
          themeId: 'Black',
        }
      : {
          bodyBackgroundColor: '#FFFFFF',
          bodyForegroundColor: '#262626',
          controlBackgroundColor: '#FFFFFF',
          controlForegroundColor: '#262626',
          isDarkTheme: false,
          themeId: 'Colorful',
        };
}
