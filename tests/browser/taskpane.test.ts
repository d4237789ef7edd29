/**
 * The built task pane (dist/, production) in Debian's Chromium against the strict fake Excel host, which replaces
 * Office.js from the CDN. Each scenario drives the UI as a user does (keyboard-reachable controls, by their labels)
 * and checks the fake workbook; screenshots land in tests/artifacts/screenshots/.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { CONSOLIDATED_SHEETS } from '../../src/core/consolidate/labels';
import { periodInfo } from '../../src/core/plan/period';
import { cellAddress } from '../../src/core/sheet/a1';
import { layout, resolveTemplateRequest } from '../../src/core/template/layout';
import { HEADER_ROW, indicatorColumns, SHEETS } from '../../src/core/template/model';
import { validate } from '../../src/core/validate';
import { HIGHLIGHT_FILL } from '../../src/office/highlightMemory';
import { readWorkbook } from '../../src/xlsx/read';
import type { FakeOffice } from '../support/fake-excel';
import { launchChromium, openPane, screenshot, type Pane, type PaneOptions } from './support/browser';
import { DIST, ensureDist } from './support/dist';
import { buildFakeOfficeBundle } from './support/fakeOfficeBundle';
import { seedPlan, submission, truncated } from './support/seed';
import { serveStatic, type StaticServer } from './support/server';

jest.setTimeout(120_000);

/** The page's window as the fake entry leaves it. */
interface FakeWindow {
  __fake: FakeOffice;
}

const { plan } = seedPlan();
const PERIOD = '2025-07';
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
  for (const pane of open.splice(0)) await pane.page.context().close();
});

async function pane(options: PaneOptions): Promise<Page> {
  const p = await openPane(browser, server.url, fakeBundle, options);
  open.push(p);
  return p.page;
}

/** Page errors of the last pane opened, except the expected failure to reach the (routed) CDN. */
function pageErrors(ignoreCdn = false): string[] {
  const errors = open.at(-1)?.errors ?? [];
  return ignoreCdn ? errors.filter((e) => !/Failed to load resource/.test(e)) : errors;
}

/** Runs `fn` on the fake host inside the page. */
function onFake<T, A>(page: Page, fn: (fake: FakeOffice, arg: A) => T, arg: A): Promise<T> {
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
async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }));
  expect(scroll).toBeLessThanOrEqual(width);
}

/** The success message of the tab on screen (hidden tabs keep theirs). */
async function successNotice(page: Page): Promise<string> {
  const bar = page.locator('[role="tabpanel"]:not([hidden]) [data-testid="notice"][data-intent="success"]');
  await bar.waitFor();
  return (await bar.innerText()).trim();
}

/** Chooses an agency by typing part of its name (without marks) and picking the option, then a month. */
async function chooseTemplate(page: Page, typed: string, agencyName: string, period: string): Promise<void> {
  const box = page.getByRole('combobox', { name: 'Cơ quan' });
  await box.click();
  await box.pressSequentially(typed);
  await page.getByRole('option', { name: new RegExp(agencyName) }).click();
  await page.getByLabel('Kỳ báo cáo').selectOption(period);
}

async function insertTemplate(page: Page, typed: string, agencyName: string): Promise<string> {
  await chooseTemplate(page, typed, agencyName, PERIOD);
  await page.getByRole('button', { name: 'Chèn vào sổ đang mở' }).click();
  return successNotice(page);
}

describe('task pane in Chromium against the fake Excel host', () => {
  it('(a) outside Excel: a clear message in Vietnamese and English instead of a blank page', async () => {
    const noOffice = await pane({ fake: null });
    const vi = noOffice.getByTestId('host-outsideOffice-vi');
    await vi.waitFor();
    expect(await vi.innerText()).toContain('Trang chủ → Chỉ tiêu KT-XH');
    expect(await noOffice.getByTestId('host-outsideOffice-en').innerText()).toContain(
      'Open the add-in from Excel',
    );
    expect(await noOffice.getByRole('tab').count()).toBe(0);
    await screenshot(noOffice, 'outside-excel');
    expect(pageErrors(true)).toEqual([]);

    const noHost = await pane({ fake: { host: null } });
    await noHost.getByTestId('host-outsideOffice-vi').waitFor();
    expect(pageErrors()).toEqual([]);

    const old = await pane({ fake: { excelApi: '1.7' } });
    const tooOld = old.getByTestId('host-tooOld-vi');
    await tooOld.waitFor();
    expect(await tooOld.innerText()).toMatch(/Excel 2019.*ExcelApi 1\.8/s);
    await screenshot(old, 'excel-too-old');
    expect(pageErrors()).toEqual([]);
  });

  it('(a) a pane whose JavaScript cannot run (old embedded browser, blocked download) still says something', async () => {
    const page = await pane({ fake: {} });
    await page.context().route('**/taskpane.*.js', (route) => route.abort('blockedbyclient'));
    await page.reload();
    await page.waitForFunction(
      () => {
        const fallback = document.querySelector('#root .fallback');
        return fallback !== null && getComputedStyle(fallback).opacity === '1';
      },
      undefined,
      { timeout: 15_000 },
    );
    const text = await page.locator('#root .fallback').innerText();
    expect(text).toContain('Chỉ tiêu KT-XH chưa khởi động được');
    expect(text).toContain('could not start');
    await screenshot(page, 'fallback-no-javascript');
  });

  it('(b) Mẫu biểu: inserts the template with its very hidden stamp in ≤ 3 syncs; a clash asks before replacing', async () => {
    const page = await pane({ fake: {} });
    await page.getByRole('tab', { name: 'Mẫu biểu' }).waitFor();
    await chooseTemplate(page, 'y te', 'Sở Y tế', PERIOD);
    await onFake(page, (fake) => fake.resetCounters(), null);
    await page.getByRole('button', { name: 'Chèn vào sổ đang mở' }).click();
    expect(await successNotice(page)).toContain('Sở Y tế');

    const after = await onFake(
      page,
      (fake) => ({
        names: fake.workbook.sheetNames(),
        stamp: fake.workbook.sheet('_stamp').visibility,
        agency: fake.workbook.sheet('_stamp').cell('B6').value,
        period: fake.workbook.sheet('_stamp').cell('B8').value,
        generator: fake.workbook.sheet('_stamp').cell('B10').value,
        syncs: fake.counters.syncs,
        runs: fake.counters.runs,
      }),
      null,
    );
    expect(after.names).toEqual([
      'Sheet1',
      SHEETS.instructions,
      SHEETS.indicators,
      SHEETS.tasks,
      SHEETS.stamp,
    ]);
    expect(after).toMatchObject({ stamp: 'VeryHidden', agency: 'so-y-te', period: PERIOD, runs: 1 });
    expect(String(after.generator)).toMatch(/^chitieu .* \(add-in\)$/);
    expect(after.syncs).toBeLessThanOrEqual(3);
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'template');

    // Again: the sheets exist, so the pane asks; replacing keeps one set of sheets.
    await page.getByRole('button', { name: 'Chèn vào sổ đang mở' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('“Chỉ tiêu”');
    // Let the dialog's entrance animation finish before the screenshot.
    await page.waitForFunction(() => {
      const surface = document.querySelector('.fui-DialogSurface');
      return surface !== null && getComputedStyle(surface).opacity === '1';
    });
    await screenshot(page, 'template-replace-dialog');
    await dialog.getByRole('button', { name: 'Thay thế' }).click();
    await successNotice(page);
    expect(await onFake(page, (fake) => fake.workbook.sheetNames().length, null)).toBe(5);
    expect(pageErrors()).toEqual([]);
  });

  it('(b) Mẫu biểu: downloads the same template as an .xlsx (ExcelJS loaded only then)', async () => {
    const page = await pane({ fake: {} });
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('.js')) scripts.push(path.basename(new URL(r.url()).pathname));
    });
    await chooseTemplate(page, 'xay dung', 'Sở Xây dựng', PERIOD);
    expect(scripts.some((s) => s.startsWith('xlsx-writer'))).toBe(false);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải tệp .xlsx' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${PERIOD}_so-xay-dung.xlsx`);
    const file = path.join(
      await fs.mkdtemp(path.join(os.tmpdir(), 'chitieu-dl-')),
      download.suggestedFilename(),
    );
    await download.saveAs(file);
    expect(await successNotice(page)).toContain(`${PERIOD}_so-xay-dung.xlsx`);
    expect(scripts.some((s) => s.startsWith('xlsx-writer'))).toBe(true);

    const read = readWorkbook(new Uint8Array(await fs.readFile(file)), 'download.xlsx');
    if (!read.ok) throw new Error(`downloaded file unreadable: ${read.issue.code}`);
    const report = validate(read.snapshot, plan);
    expect(report.identity).toMatchObject({ agencyId: 'so-xay-dung', period: PERIOD, planId: plan.id });
    expect(report.issues.map((i) => i.code)).not.toContain('PLAN_VERSION_CHANGED');
    expect(read.snapshot.sheets.map((s) => [s.name, s.state])).toEqual([
      [SHEETS.instructions, 'visible'],
      [SHEETS.indicators, 'visible'],
      [SHEETS.tasks, 'visible'],
      [SHEETS.stamp, 'veryHidden'],
    ]);
    expect(pageErrors()).toEqual([]);
  });

  it('(c) Kiểm tra: lists issues at their cells, selects a cell on click, colours and restores cells', async () => {
    const page = await pane({ fake: {}, width: 350 });
    await insertTemplate(page, 'xay dung', 'Sở Xây dựng');

    // The cell of CT12's actual, from the same layout the pane used.
    const request = resolveTemplateRequest(plan, 'so-xay-dung', PERIOD);
    const info = periodInfo(plan, PERIOD);
    if (!request.ok || !info) throw new Error('no template');
    const spec = layout(plan, request.agency, info, { generatedAt: 'x', generator: 'x' });
    const sheet = spec.sheets.find((s) => s.name === SHEETS.indicators);
    const actualCol = indicatorColumns(plan.year).findIndex((c) => c.key === 'actual');
    const row = sheet?.cells.findIndex((r, i) => i > HEADER_ROW && r[0]?.v === 'CT12') ?? -1;
    expect(row).toBeGreaterThan(HEADER_ROW);
    const cell = cellAddress(row, actualCol);

    await onFake(
      page,
      (fake, a: { sheet: string; cell: string }) => {
        fake.workbook.sheet(a.sheet).setValue(a.cell, '20,6');
        fake.workbook.sheet(a.sheet).setFill(a.cell, '#FFF2CC');
      },
      { sheet: SHEETS.indicators, cell },
    );
    // By keyboard: arrow to the next tab, activate it, then the button.
    await page.getByRole('tab', { name: 'Mẫu biểu' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByTestId('panel-validate').waitFor();
    await page.getByRole('button', { name: 'Kiểm tra sổ đang mở' }).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('issue-list').waitFor();
    expect(await page.getByTestId('status-summary').innerText()).toContain('Sở Xây dựng');

    const numericText = page.locator(
      `[data-cell="${SHEETS.indicators}!${cell}"][data-code="VALUE_NUMERIC_TEXT"]`,
    );
    expect(await numericText.innerText()).toContain('20,6');
    expect(await page.locator('[data-code="INPUT_MISSING"][data-cell]').count()).toBeGreaterThan(0);
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'validate');

    await numericText.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (a) => {
        const s = (window as unknown as FakeWindow).__fake.workbook.selection;
        return s?.sheet === a.sheet && s.address === a.cell;
      },
      { sheet: SHEETS.indicators, cell },
    );

    await page.getByRole('switch', { name: 'Tô màu ô có vấn đề' }).click();
    expect(await successNotice(page)).toMatch(/Đã tô màu \d+ ô/);
    const fillOf = () =>
      onFake(
        page,
        (fake, a: { sheet: string; cell: string }) => fake.workbook.sheet(a.sheet).cell(a.cell).fill,
        {
          sheet: SHEETS.indicators,
          cell,
        },
      );
    expect(await fillOf()).toBe(HIGHLIGHT_FILL.warning);
    expect(await page.getByRole('switch', { name: 'Tô màu ô có vấn đề' }).isChecked()).toBe(true);
    await screenshot(page, 'validate-highlighted');

    await page.getByRole('button', { name: 'Bỏ tô màu' }).click();
    expect(await successNotice(page)).toMatch(/Đã bỏ tô màu \d+ ô/);
    expect(await fillOf()).toBe('#FFF2CC');
    expect(pageErrors()).toEqual([]);
  });

  it('(d) Tổng hợp: reads files in a worker with progress, summarises, writes and re-writes the consolidation', async () => {
    const [xd, yt] = await Promise.all([
      submission(plan, 'so-xay-dung', PERIOD),
      submission(plan, 'so-y-te', PERIOD),
    ]);
    const damaged = truncated(
      await submission(plan, 'ubnd-bac-yen', PERIOD),
      0.6,
      `${PERIOD}_ubnd-bac-yen.xlsx`,
    );

    const page = await pane({ fake: {}, width: 450 });
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('.js')) scripts.push(path.basename(new URL(r.url()).pathname));
    });
    await page.getByRole('tab', { name: 'Tổng hợp' }).waitFor();
    expect(scripts.some((s) => s.startsWith('consolidate'))).toBe(false);
    await page.getByRole('tab', { name: 'Tổng hợp' }).click();
    const input = page.getByLabel('Tệp báo cáo (.xlsx)');
    await input.waitFor();
    expect(scripts.some((s) => s.startsWith('consolidate'))).toBe(true);

    await input.setInputFiles([xd, yt, damaged]);
    await page.getByTestId('consolidation-summary').waitFor();
    const states = await page
      .locator('[data-testid="file-progress"] li')
      .evaluateAll((items) =>
        items.map((li) => [li.getAttribute('data-file'), li.getAttribute('data-state')]),
      );
    expect(states).toEqual([
      [xd.name, 'read'],
      [yt.name, 'read'],
      [damaged.name, 'failed'],
    ]);
    expect(scripts.some((s) => s.startsWith('xlsx-reader'))).toBe(true);
    const counts = await page.getByTestId('file-counts').innerText();
    expect(counts).toContain('3 tệp: 2 tổng hợp');
    expect(counts).toContain('1 bị từ chối');
    expect(await page.getByTestId('not-merged').innerText()).toContain(damaged.name);
    const missing = await page.getByTestId('missing-agencies').innerText();
    expect(missing).toContain('Sở Tư pháp');
    expect(missing).not.toContain('Sở Y tế');
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'consolidate');

    await page.getByRole('button', { name: 'Ghi vào sổ đang mở' }).click();
    expect(await successNotice(page)).toMatch(/Đã ghi \d+ trang tổng hợp/);
    const written = await onFake(
      page,
      (fake, dataSheet: string) => ({
        names: fake.workbook.sheetNames(),
        dataCells: fake.workbook.sheet(dataSheet).cells.size,
      }),
      CONSOLIDATED_SHEETS.data,
    );
    for (const name of Object.values(CONSOLIDATED_SHEETS)) expect(written.names).toContain(name);
    expect(written.dataCells).toBeGreaterThan(20);
    await screenshot(page, 'consolidate-written');

    // Re-running replaces the sheets (and keeps the data of the month once, not twice).
    await page.getByRole('button', { name: 'Đóng' }).click();
    await page.getByRole('button', { name: 'Ghi vào sổ đang mở' }).click();
    await successNotice(page);
    const again = await onFake(
      page,
      (fake, dataSheet: string) => ({
        names: fake.workbook.sheetNames(),
        dataCells: fake.workbook.sheet(dataSheet).cells.size,
      }),
      CONSOLIDATED_SHEETS.data,
    );
    expect(again.names).toEqual(written.names);
    expect(again.dataCells).toBe(written.dataCells);

    // The next month, written into the same workbook: "Dữ liệu" keeps July and adds August (the CLI's --into).
    await input.setInputFiles([await submission(plan, 'so-y-te', '2025-08')]);
    await page.getByText('Kết quả tổng hợp kỳ 8/2025').waitFor();
    await page.getByRole('button', { name: 'Ghi vào sổ đang mở' }).click();
    expect(await successNotice(page)).toContain('2 tháng');
    const periods = await onFake(
      page,
      (fake, dataSheet: string) =>
        [...new Set([...fake.workbook.sheet(dataSheet).cells.values()].map((c) => c.value))]
          .filter((v): v is string => typeof v === 'string' && /^\d{4}-\d{2}$/.test(v))
          .sort(),
      CONSOLIDATED_SHEETS.data,
    );
    expect(periods).toEqual([PERIOD, '2025-08']);
    expect(pageErrors()).toEqual([]);
  });

  it('(g) an Office failure is shown by its error code, in the language on screen', async () => {
    // Excel refuses any request over 2 KB: the insert fails with RequestPayloadSizeLimitExceeded.
    const page = await pane({ fake: { requestLimitBytes: 2048 } });
    await chooseTemplate(page, 'y te', 'Sở Y tế', PERIOD);
    await page.getByRole('button', { name: 'Chèn vào sổ đang mở' }).click();
    const error = page.locator('[role="tabpanel"]:not([hidden]) [data-testid="notice"][data-intent="error"]');
    await error.waitFor();
    const text = await error.innerText();
    expect(text).toContain('Dữ liệu quá lớn cho một lần gửi tới Excel.');
    expect(text).toContain('Mã lỗi: RequestPayloadSizeLimitExceeded');
    await screenshot(page, 'office-error');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    expect(await error.innerText()).toContain('Too much data for one request to Excel.');
    expect(pageErrors()).toEqual([]);
  });

  it('(e) the EN/VI switch changes the UI text and is remembered', async () => {
    const page = await pane({ fake: {} });
    await page.getByRole('tab', { name: 'Mẫu biểu' }).waitFor();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('tab', { name: 'Template' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Check' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Insert into the open workbook' }).count()).toBe(1);
    await page.getByLabel('Reporting month').selectOption('2025-07');
    expect(
      await page.getByLabel('Reporting month').evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text),
    ).toBe('July 2025');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await screenshot(page, 'english');

    await page.reload();
    await page.getByRole('tab', { name: 'Consolidate' }).waitFor();
    await page.getByRole('button', { name: 'Chuyển sang tiếng Việt' }).click();
    await page.getByRole('tab', { name: 'Tổng hợp' }).waitFor();
    expect(pageErrors()).toEqual([]);
  });

  it('(f) follows a dark Office theme', async () => {
    const luminance = (page: Page) =>
      page.getByTestId('app').evaluate((el) => {
        const [r, g, b] = (getComputedStyle(el).backgroundColor.match(/\d+/g) ?? []).map(Number);
        return (0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0)) / 255;
      });
    const dark = await pane({ fake: { theme: 'dark' } });
    await dark.getByRole('tab', { name: 'Mẫu biểu' }).waitFor();
    await dark.locator('[data-testid="app"][data-theme="dark"]').waitFor();
    expect(await luminance(dark)).toBeLessThan(0.3);
    await screenshot(dark, 'dark');

    // Office's theme changed (File → Account) while the pane was open: read again when the pane regains focus.
    await dark.evaluate(() => {
      const office = (window as unknown as { Office: { context: { officeTheme: { isDarkTheme: boolean } } } })
        .Office;
      office.context.officeTheme = { ...office.context.officeTheme, isDarkTheme: false };
      window.dispatchEvent(new Event('focus'));
    });
    await dark.locator('[data-testid="app"][data-theme="light"]').waitFor();

    const light = await pane({ fake: { theme: 'light' } });
    await light.getByRole('tab', { name: 'Mẫu biểu' }).waitFor();
    expect(await light.getByTestId('app').getAttribute('data-theme')).toBe('light');
    expect(await luminance(light)).toBeGreaterThan(0.8);
    expect(pageErrors()).toEqual([]);
  });
});
