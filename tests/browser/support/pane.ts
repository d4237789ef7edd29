/**
 * What every task-pane browser test shares: one Chromium, one static server over dist/ and one fake-host bundle per
 * test file; panes opened and closed per test; and the ways a test drives and reads the pane as a user does (by
 * role and label), including what the live regions said and where the focus is.
 */
import type { Browser, Page } from 'playwright-core';
import type { FakeOffice } from '../../support/fake-excel';
import { launchChromium, openPane, type Pane, type PaneOptions } from './browser';
import { DIST, ensureDist } from './dist';
import { buildFakeOfficeBundle } from './fakeOfficeBundle';
import { serveStatic, type StaticServer } from './server';

/** The page's window as the fake entry leaves it. */
export interface FakeWindow {
  __fake: FakeOffice;
}

/** Opens panes for the tests of one file; registers the Jest hooks that start and stop the browser. */
export function paneHarness(): {
  pane(options: PaneOptions): Promise<Page>;
  /** Page errors of the last pane opened (the expected failure to reach a routed-away CDN left out if asked). */
  pageErrors(ignoreCdn?: boolean): string[];
  browser(): Browser;
} {
  let browser: Browser;
  let server: StaticServer;
  let fakeBundle: string;
  const open: Pane[] = [];
  beforeAll(async () => {
    ensureDist();
    [fakeBundle, server, browser] = await Promise.all([
      buildFakeOfficeBundle(),
      serveStatic(DIST),
      launchChromium(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(async () => {
    for (const p of open.splice(0)) await p.page.context().close();
  });
  return {
    async pane(options) {
      const p = await openPane(browser, server.url, fakeBundle, options);
      open.push(p);
      return p.page;
    },
    pageErrors(ignoreCdn = false) {
      const errors = open.at(-1)?.errors ?? [];
      return ignoreCdn ? errors.filter((e) => !/Failed to load resource/.test(e)) : errors;
    },
    browser: () => browser,
  };
}

/** Runs `fn` on the fake host inside the page. */
export function onFake<T, A>(page: Page, fn: (fake: FakeOffice, arg: A) => T, arg: A): Promise<T> {
  return page.evaluate(
    ({ source, arg: a }) => {
      const run = new Function('fake', 'arg', `return (${source})(fake, arg);`) as (
        f: unknown,
        x: unknown,
      ) => T;
      return run((window as unknown as FakeWindow).__fake, a);
    },
    { source: fn.toString(), arg },
  );
}

/** The pane fits its width: nothing scrolls sideways. */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }));
  expect(scroll).toBeLessThanOrEqual(width);
}

/** The notice of the tab on screen with this intent (hidden tabs keep theirs), once shown; its text. */
export async function noticeText(
  page: Page,
  intent: 'success' | 'warning' | 'error' = 'success',
): Promise<string> {
  const bar = page.locator(`[role="tabpanel"]:not([hidden]) [data-testid="notice"][data-intent="${intent}"]`);
  await bar.first().waitFor();
  return (await bar.first().innerText()).trim();
}

/** Waits until the polite (status) or assertive (alert) live region says something matching; returns what it said. */
export async function announced(
  page: Page,
  region: 'status' | 'alert',
  text: RegExp | string,
): Promise<string> {
  const source = typeof text === 'string' ? text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : text.source;
  const flags = typeof text === 'string' ? '' : text.flags;
  const said = () => page.locator(`[data-testid="live-${region}"]`).textContent();
  try {
    const handle = await page.waitForFunction(
      ({ id, source: s, flags: f }) => {
        const now = document.querySelector(`[data-testid="live-${id}"]`)?.textContent ?? '';
        return new RegExp(s, f).test(now) ? now : null;
      },
      { id: region, source, flags },
      { timeout: 20_000 },
    );
    return (await handle.jsonValue()) as string;
  } catch (e) {
    throw new Error(
      `the ${region} region never said ${String(text)}; it says "${await said()}" (${String(e)})`,
    );
  }
}

/** What the focused element is: its tag, role, test id and text (trimmed), once focus is not on the page body. */
export async function focused(page: Page): Promise<{ tag: string; text: string; testId: string | null }> {
  await page.waitForFunction(
    () => document.activeElement !== null && document.activeElement !== document.body,
  );
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.innerText ?? '').trim(),
      testId: el.getAttribute('data-testid'),
    };
  });
}

/** Waits until the focused element's text matches. */
export async function focusedTextMatches(page: Page, text: RegExp): Promise<string> {
  const handle = await page.waitForFunction(
    ({ source, flags }) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const said = (el.innerText ?? el.getAttribute('aria-label') ?? '').trim();
      return new RegExp(source, flags).test(said) ? said : null;
    },
    { source: text.source, flags: text.flags },
  );
  return (await handle.jsonValue()) as string;
}

/** Chooses an agency by typing part of its name (without marks) and picking the option, then a month. */
export async function chooseTemplate(
  page: Page,
  typed: string,
  agencyName: string,
  period: string,
): Promise<void> {
  const box = page.getByRole('combobox', { name: 'Cơ quan' });
  await box.click();
  await box.pressSequentially(typed);
  await page.getByRole('option', { name: agencyName, exact: true }).click();
  await page.getByLabel('Kỳ báo cáo').selectOption(period);
}

/** Inserts an agency's template into the fake workbook through the pane; returns the success notice. */
export async function insertTemplate(
  page: Page,
  typed: string,
  agencyName: string,
  period: string,
): Promise<string> {
  await chooseTemplate(page, typed, agencyName, period);
  await page.getByRole('button', { name: 'Chèn vào sổ đang mở' }).click();
  return noticeText(page);
}

/** Waits for a Fluent dialog's entrance animation to end (so a screenshot shows the dialog, not a fade). */
export async function dialogSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const surface = document.querySelector('.fui-DialogSurface');
    return surface !== null && getComputedStyle(surface).opacity === '1';
  });
}
