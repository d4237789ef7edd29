/**
 * Debian's Chromium through playwright-core (never a downloaded browser), and the task pane opened in it with the
 * Office.js CDN routed to the strict fake host — or to nothing, as in a plain browser.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { FakePageOptions } from '../fakeOfficeEntry';
import { ROOT } from './dist';

/** Where screenshots go (git-ignored). */
export const SCREENSHOTS = path.join(ROOT, 'tests', 'artifacts', 'screenshots');

/** Starts headless Chromium from /usr/bin/chromium. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** How to open the pane: the fake host's options, or `null` for no Office.js at all (the CDN unreachable). */
export interface PaneOptions {
  fake: FakePageOptions | null;
  /** Pane width in CSS pixels (Excel's task pane is 320–450 px wide). */
  width?: number;
}

/** An open pane and the errors its page raised (a test fails if any appear). */
export interface Pane {
  page: Page;
  errors: string[];
}

/** Opens dist/taskpane.html in a fresh browser context with Office.js routed as asked. */
export async function openPane(
  browser: Browser,
  baseUrl: string,
  fakeBundle: string,
  options: PaneOptions,
): Promise<Pane> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 400, height: 900 },
    locale: 'vi-VN',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.route('https://appsforoffice.microsoft.com/**', (route) =>
    options.fake === null
      ? route.abort('internetdisconnected')
      : route.fulfill({
          contentType: 'text/javascript; charset=utf-8',
          body: `window.__FAKE_OPTIONS__ = ${JSON.stringify(options.fake)};\n${fakeBundle}`,
        }),
  );
  await page.goto(`${baseUrl}taskpane.html`);
  return { page, errors };
}

/** Saves a full-page screenshot as tests/artifacts/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  // Transitions fast-forwarded to their end: a switch or dialog caught mid-animation looks like another state.
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  return file;
}
