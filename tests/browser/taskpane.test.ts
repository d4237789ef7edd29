/**
 * The built task pane (dist/, production) in Debian's Chromium against the strict fake Excel host, which replaces
 * Office.js from the CDN. Each scenario drives the UI as a user does (keyboard-reachable controls, by their labels)
 * and checks the fake workbook; screenshots land in tests/artifacts/screenshots/.
 */
import { CARRIED_PLAN_SHEET } from '../../src/core/stamps/plan';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { CONSOLIDATED_SHEETS } from '../../src/core/consolidate/labels';
import { periodInfo } from '../../src/core/plan/period';
import { cellAddress } from '../../src/core/sheet/a1';
import { layout, resolveTemplateRequest } from '../../src/core/template/layout';
import { HEADER_ROW, indicatorColumns, SHEETS } from '../../src/core/template/model';
import { validate } from '../../src/core/validate';
import { HIGHLIGHT_FILL } from '../../src/office/highlightMemory';
import { readWorkbook } from '../../src/xlsx/read';
import { screenshot } from './support/browser';
import {
  announced,
  chooseTemplate,
  dialogSettled,
  expectNoHorizontalOverflow,
  insertTemplate,
  noticeText,
  onFake,
  paneHarness,
  type FakeWindow,
} from './support/pane';
import { onDisk, seedPlan, submission, truncated } from './support/seed';

jest.setTimeout(120_000);

const { plan } = seedPlan();
const PERIOD = '2025-07';
const { pane, pageErrors } = paneHarness();
const successNotice = (page: Page) => noticeText(page, 'success');

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
    // First the splash; once the fallback's delay has passed, the fallback instead of it.
    expect(await page.getByTestId('splash').innerText()).toBe('Đang khởi động Chỉ tiêu KT-XH…');
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
    expect(await page.getByTestId('splash').isVisible()).toBe(false);
    await screenshot(page, 'fallback-no-javascript');
  });

  it('(b) Mẫu biểu: inserts the template with its very hidden stamp in ≤ 3 syncs; a clash asks before replacing', async () => {
    const page = await pane({ fake: {} });
    await page.getByRole('tab', { name: 'Mẫu biểu' }).waitFor();
    await chooseTemplate(page, 'y te', 'Sở Y tế', PERIOD);
    await onFake(page, (fake) => fake.resetCounters(), null);
    await page.getByRole('button', { name: 'Chèn vào sổ đang mở' }).click();
    expect(await successNotice(page)).toContain('Sở Y tế');
    expect(await announced(page, 'status', /Đã chèn/)).toContain('Sở Y tế, kỳ 7/2025');

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
      CARRIED_PLAN_SHEET,
    ]);
    expect(after).toMatchObject({ stamp: 'VeryHidden', agency: 'so-y-te', period: PERIOD, runs: 1 });
    expect(String(after.generator)).toMatch(/^chitieu .* \(add-in\)$/);
    expect(after.syncs).toBeLessThanOrEqual(3);
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'template');

    // Again: the sheets exist, so the pane asks (tests/browser/template.test.ts has the dialog's details);
    // replacing keeps one set of sheets and says so.
    await page.getByRole('button', { name: 'Chèn vào sổ đang mở' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await dialogSettled(page);
    await screenshot(page, 'template-replace-dialog');
    await dialog.getByRole('button', { name: 'Thay thế' }).click();
    expect(await successNotice(page)).toContain('Sở Y tế');
    await announced(page, 'status', /Đã chèn mẫu biểu của Sở Y tế/);
    expect(await onFake(page, (fake) => fake.workbook.sheetNames().length, null)).toBe(6);
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
    await announced(page, 'status', `Đã tạo tệp ${PERIOD}_so-xay-dung.xlsx.`);
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
      // Sở Xây dựng leads road indicators the localities report: it sees them, read-only (issue 11).
      [SHEETS.led, 'visible'],
      [SHEETS.stamp, 'veryHidden'],
      [CARRIED_PLAN_SHEET, 'veryHidden'],
    ]);
    expect(pageErrors()).toEqual([]);
  });

  it('(c) Kiểm tra: lists issues at their cells, selects a cell on click, colours and restores cells', async () => {
    const page = await pane({ fake: {}, width: 350 });
    await insertTemplate(page, 'xay dung', 'Sở Xây dựng', PERIOD);

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
    expect(await announced(page, 'status', /^Đã kiểm tra Sở Xây dựng, tháng 7\/2025: \d+ lỗi/)).toBeTruthy();

    // The typed text-number is found by searching for what was typed; its group opens with the search.
    await page.getByLabel('Tìm trong các vấn đề').fill('20,6');
    const numericText = page.locator(
      `[data-cell="${SHEETS.indicators}!${cell}"][data-code="VALUE_NUMERIC_TEXT"]`,
    );
    expect(await numericText.innerText()).toContain('20,6');
    await page.getByRole('button', { name: 'Bỏ lọc' }).click();
    await page.getByRole('button', { name: /^Chưa nhập ô bắt buộc \(\d+\)$/ }).click();
    expect(await page.locator('[data-code="INPUT_MISSING"][data-cell]').count()).toBeGreaterThan(0);
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'validate');

    await page.getByLabel('Tìm trong các vấn đề').fill('20,6');
    await numericText.focus();
    await page.keyboard.press('Enter');
    await announced(page, 'status', `Đã chọn ô ${cell} trang ${SHEETS.indicators}.`);
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
      await submission(plan, 'ubnd-xa-bac-yen', PERIOD),
      0.6,
      `${PERIOD}_ubnd-xa-bac-yen.xlsx`,
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

    // Saved on disk on the 16th, as attachments received on time are (their date is the date received).
    await input.setInputFiles(onDisk([xd, yt, damaged], '2025-07-16'));
    await page.getByTestId('consolidation-heading').waitFor();
    expect(scripts.some((s) => s.startsWith('xlsx-reader'))).toBe(true);
    expect(await page.getByTestId('file-counts').innerText()).toBe(
      '2/3 tệp được tổng hợp · 1 tệp cần xem lại',
    );
    // Collapsed to the file that needs a look: unreadable, with one plain reason and no English parser text.
    const rows = page.locator('[data-testid="file-list"] li');
    expect(
      await rows.evaluateAll((items) =>
        items.map((li) => [li.getAttribute('data-file'), li.getAttribute('data-outcome')]),
      ),
    ).toEqual([[damaged.name, 'unreadable']]);
    expect(await rows.first().innerText()).toContain('Không đọc được');
    await page.getByRole('switch', { name: 'Hiện cả 3 tệp' }).click();
    expect(await rows.evaluateAll((items) => items.map((li) => li.getAttribute('data-outcome')))).toEqual([
      'merged',
      'merged',
      'unreadable',
    ]);
    await page.getByRole('button', { name: 'Chưa nộp (93)' }).click();
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
    await announced(page, 'status', /^Đã ghi \d+ trang tổng hợp/);
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
    await page.getByRole('button', { name: 'Bỏ hết' }).click();
    await input.setInputFiles([await submission(plan, 'so-y-te', '2025-08')]);
    await page.getByText('Tổng hợp tháng 8/2025').waitFor();
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
    expect(await error.innerText()).toContain('Dữ liệu quá lớn cho một lần gửi tới Excel.');
    expect(await announced(page, 'alert', /./)).toBe('Dữ liệu quá lớn cho một lần gửi tới Excel.');
    // The code is a technical detail: one click away, under "Chi tiết".
    expect(await error.innerText()).not.toContain('RequestPayloadSizeLimitExceeded');
    await error.getByRole('button', { name: 'Chi tiết' }).click();
    expect(await error.innerText()).toContain('Mã lỗi: RequestPayloadSizeLimitExceeded');
    await screenshot(page, 'office-error');
    await page.getByRole('button', { name: 'English' }).click();
    expect(await error.innerText()).toContain('Too much data for one request to Excel.');
    expect(pageErrors()).toEqual([]);
  });

  it('(e) the EN/VI switch changes the UI text and is remembered', async () => {
    const page = await pane({ fake: {} });
    await page.getByRole('tab', { name: 'Mẫu biểu' }).waitFor();
    // The switch sits in the footer with the help link (Office's own menu has the top right corner).
    const footer = page.getByRole('contentinfo');
    expect(await footer.getByRole('link', { name: 'Hướng dẫn' }).getAttribute('href')).toBe('help.html');
    await footer.getByRole('button', { name: 'English' }).click();
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
    await page.getByRole('contentinfo').getByRole('button', { name: 'Tiếng Việt' }).click();
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

    // Opened again: dark from the first paint — while Office.js is still downloading from the CDN (held back here),
    // before any of the bundle runs — not white until the pane has asked Office.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await dark.route('https://appsforoffice.microsoft.com/**', async (route) => {
      await held;
      await route.fallback();
    });
    await dark.reload({ waitUntil: 'commit' });
    await dark.waitForFunction(() => document.documentElement.getAttribute('data-theme') === 'dark');
    expect(
      await dark.evaluate(() => ({
        background: getComputedStyle(document.documentElement).backgroundColor,
        pane: document.querySelector('[data-testid="app"]') !== null,
      })),
    ).toEqual({ background: 'rgb(41, 41, 41)', pane: false });
    release();
    await dark.locator('[data-testid="app"][data-theme="dark"]').waitFor();
    await dark.unroute('https://appsforoffice.microsoft.com/**');

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
