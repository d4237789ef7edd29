/**
 * The verdicts an officer signs, in Chromium at 320 px (docs/verdicts.md): Tổng hợp's summary gives the province's
 * two verdicts per indicator — progress to date and the forecast, each with what it was judged against — and the
 * task classes, counts first; each agency's report shows the date it was received, which the officer confirms or
 * corrects by keyboard (a late file turned on time, and back), re-judged at once and announced; a wrong date is a
 * message at the field. Kiểm tra's verdict badges fit at 320 px in both languages, long words and all. axe-core finds
 * nothing in these states.
 */
import type { Page } from 'playwright-core';
import { CONSOLIDATED_SHEETS } from '../../src/core/consolidate/labels';
import { SHEETS, indicatorColumns } from '../../src/core/template/model';
import { axeViolations } from './support/axe';
import { screenshot } from './support/browser';
import {
  announced,
  expectNoHorizontalOverflow,
  focused,
  insertTemplate,
  onFake,
  paneHarness,
} from './support/pane';
import { onDisk, seedPlan, submission, type UploadFile } from './support/seed';

jest.setTimeout(180_000);

const { plan } = seedPlan();
const { pane, pageErrors } = paneHarness();
const PERIOD = '2025-07';
const WIDTH = 320;

/** GRDP growth 7,8 % (near the target 8) with an estimate of 8,2; budget revenue already above its year target. */
const FINANCE = {
  indicators: {
    CT01: { actual: 7.8, yearEstimate: 8.2, notes: 'Do giá nông sản giảm.' },
    CT02: { actual: 4480.9, yearEstimate: 4199.2, notes: '' },
  },
};

let files: Record<'finance' | 'health' | 'construction' | 'justice', UploadFile>;
beforeAll(async () => {
  const [finance, health, construction, justice] = await Promise.all([
    submission(plan, 'so-tai-chinh', PERIOD, FINANCE),
    submission(plan, 'so-y-te', PERIOD, { reportDate: '2025-07-16' }),
    submission(plan, 'so-xay-dung', PERIOD),
    submission(plan, 'so-tu-phap', PERIOD),
  ]);
  files = { finance, health, construction, justice };
});

async function consolidate(page: Page, paths: string[]): Promise<void> {
  await page.getByRole('tab', { name: 'Tổng hợp' }).click();
  const input = page.getByTestId('consolidate-files');
  await input.waitFor({ state: 'attached' });
  await input.setInputFiles(paths);
  await page.getByTestId('consolidation-heading').waitFor();
}

/** Every element matching `selector` lies within the pane's width and shows all of its text (nothing cut). */
async function expectAllVisible(page: Page, selector: string): Promise<number> {
  const boxes = await page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return {
        left: r.left,
        right: r.right,
        clipped: el.scrollWidth > el.clientWidth + 1,
        text: el.textContent,
      };
    }),
  );
  for (const b of boxes) {
    expect(b).toMatchObject({ clipped: false });
    expect(b.left).toBeGreaterThanOrEqual(0);
    expect(b.right).toBeLessThanOrEqual(WIDTH);
  }
  return boxes.length;
}

const sumOfCounts = (page: Page, testId: string) =>
  page
    .getByTestId(testId)
    .locator('[data-status]')
    .evaluateAll((badges) => badges.reduce((n, b) => n + Number(/^\d+/.exec(b.textContent ?? '')?.[0]), 0));

describe('Tổng hợp: the province’s verdicts', () => {
  it('counts first, then each indicator’s two verdicts with what each was judged against, and the task classes', async () => {
    const page = await pane({ fake: {}, width: WIDTH });
    await consolidate(page, onDisk([files.finance, files.health, files.construction], '2025-07-16'));
    const summary = page.getByTestId('consolidation-summary');

    // The tallies: every indicator once in each, every task once; progress and forecast apart.
    expect(await summary.getByTestId('progress-tally').innerText()).toMatch(
      /^Tiến độ đến kỳ \(13 chỉ tiêu\):/,
    );
    expect(await sumOfCounts(page, 'progress-tally')).toBe(13);
    expect(await sumOfCounts(page, 'forecast-tally')).toBe(13);
    expect(await sumOfCounts(page, 'task-tally')).toBe(plan.tasks.length);
    expect(await summary.getByTestId('forecast-tally').innerText()).toContain('Ước đạt');

    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'verdicts-summary-compact');

    // Each indicator behind its heading (13: starts closed, one tab stop).
    const each = page.getByRole('button', { name: 'Từng chỉ tiêu (13)' });
    expect(await each.getAttribute('aria-expanded')).toBe('false');
    await each.click();
    const grdp = page.getByTestId('indicator-CT01');
    expect(await grdp.locator('[data-verdict-line]').allInnerTexts()).toEqual([
      'Tiến độ: Gần đạt 7,8 so với kế hoạch năm 8',
      'Dự báo: Ước đạt ước 8,2 so với kế hoạch năm 8',
    ]);
    // Already above the year target: met, whatever the agency's estimate says — and the forecast says why.
    expect(await page.getByTestId('indicator-CT02').locator('[data-verdict-line]').allInnerTexts()).toEqual([
      'Tiến độ: Đạt 4.480,9 so với kế hoạch năm 4.305',
      'Dự báo: Ước đạt đã thực hiện 4.480,9, vượt kế hoạch năm 4.305',
    ]);
    // An indicator most agencies have not reported yet says so.
    expect(await page.getByTestId('indicator-CT03').innerText()).toMatch(
      /Mới có số liệu của \d+\/\d+ cơ quan\./,
    );

    // Tasks by class, each class a heading with its count.
    await page.getByRole('button', { name: `Từng nhiệm vụ (${plan.tasks.length})` }).click();
    const classes = await page.getByTestId('province-tasks').locator('h4').allInnerTexts();
    expect(classes).toContainEqual(expect.stringMatching(/^Chưa có báo cáo của cơ quan chủ trì \(\d+\)$/));
    const listed = await page.getByTestId('province-tasks').locator('[data-task]').count();
    expect(listed).toBe(plan.tasks.length);

    // Compact at 320 px: nothing sideways, no badge or line cut.
    await expectNoHorizontalOverflow(page);
    expect(await expectAllVisible(page, '[data-testid="consolidation-summary"] .fui-Badge')).toBeGreaterThan(
      26,
    );
    await screenshot(page, 'verdicts-summary-vi');
    expect(await axeViolations(page, 'verdicts-summary-vi')).toEqual([]);

    // The same in English.
    await page.getByRole('contentinfo').getByRole('button', { name: 'English' }).click();
    expect(await grdp.locator('[data-verdict-line]').allInnerTexts()).toEqual([
      'Progress: near 7.8 against the annual target 8',
      'Forecast: likely met estimate 8.2 against the annual target 8',
    ]);
    expect(await summary.getByTestId('progress-tally').innerText()).toMatch(
      /^Progress to date \(13 indicators\):/,
    );
    await expectNoHorizontalOverflow(page);
    await expectAllVisible(page, '[data-testid="consolidation-summary"] .fui-Badge');
    await screenshot(page, 'verdicts-summary-en');
    expect(await axeViolations(page, 'verdicts-summary-en')).toEqual([]);
    expect(pageErrors()).toEqual([]);
  });
});

describe('Tổng hợp: the date each file was received', () => {
  it('a file late on its own date is confirmed on time by keyboard, then goes back to late; a wrong date is said at the field', async () => {
    const page = await pane({ fake: {}, width: WIDTH });
    const onTime = onDisk([files.construction, files.justice], '2025-07-16');
    const late = onDisk([files.health], '2025-07-20');
    await consolidate(page, [...onTime, ...late]);
    const name = files.health.name;

    // Late by the file's own date, which nobody confirmed: the one file that needs a look.
    expect(await page.getByTestId('file-counts').innerText()).toBe(
      '3/3 tệp được tổng hợp · 1 tệp cần xem lại',
    );
    const row = page.locator(`[data-testid="file-list"] li[data-file="${name}"]`);
    expect(await row.getAttribute('data-outcome')).toBe('mergedLate');
    expect(await row.getByTestId('received-line').innerText()).toBe(
      'Ngày nhận: 20/07/2025 (theo ngày của tệp trên máy này, chưa xác nhận) · muộn 3 ngày',
    );
    expect(await row.getByTestId('report-date-line').innerText()).toBe(
      'Ngày báo cáo của cơ quan: 16/07/2025',
    );
    expect(await page.getByTestId('agency-counts').innerText()).toContain('(muộn 1)');
    expect(await page.getByTestId('late-agencies').innerText()).toContain(
      'Sở Y tế: muộn 3 ngày (nhận 20/07/2025, theo ngày của tệp trên máy này, chưa xác nhận)',
    );

    // By keyboard: the button opens the form, the focus in the date (the date used so far).
    const trigger = page.getByRole('button', { name: `Xác nhận ngày nhận tệp ${name}` });
    await trigger.focus();
    await page.keyboard.press('Enter');
    const field = row.getByRole('textbox', { name: 'Ngày Sở Tài chính nhận tệp' });
    expect(await focused(page)).toMatchObject({ tag: 'input', testId: 'received-input' });
    expect(await field.inputValue()).toBe('20/07/2025');
    expect(await trigger.getAttribute('aria-expanded')).toBe('true');

    // A date that does not exist: a Vietnamese message at the field (an alert), the focus kept, nothing changed.
    await field.fill('31/06/2025');
    await page.keyboard.press('Enter');
    const message = row.getByRole('alert');
    await message.waitFor();
    expect(await message.innerText()).toMatch(
      /^Ngày không hợp lệ\. Hãy nhập theo dạng ngày\/tháng\/năm, ví dụ \d\d\/\d\d\/\d{4}\.$/,
    );
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await focused(page)).toMatchObject({ testId: 'received-input' });
    expect(await row.getByTestId('received-line').innerText()).toContain('muộn 3 ngày');
    await screenshot(page, 'received-date-wrong');
    expect(await axeViolations(page, 'received-date-wrong')).toEqual([]);
    // Before the month's data window: refused too.
    await field.fill('10/06/2025');
    await page.keyboard.press('Enter');
    await row.getByText('Ngày nhận không thể trước ngày 15/06/2025 (ngày đầu của kỳ số liệu).').waitFor();

    // The date Sở Tài chính really received it: on time; announced; the focus back on the button.
    await field.fill('16/7/2025');
    await page.keyboard.press('Enter');
    await announced(
      page,
      'status',
      `Tệp ${name} — Ngày nhận: 16/07/2025 (đã xác nhận) · đúng hạn. Kết quả tổng hợp được tính lại theo ngày này.`,
    );
    const change = page.getByRole('button', { name: `Sửa ngày nhận tệp ${name}` });
    expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Sửa ngày nhận' });
    expect(await change.getAttribute('aria-expanded')).toBe('false');
    expect(await row.getAttribute('data-outcome')).toBe('merged');
    expect(await row.getByTestId('received-line').innerText()).toBe(
      'Ngày nhận: 16/07/2025 (đã xác nhận) · đúng hạn',
    );
    // The consolidation follows: no file needs a look, nobody is late.
    expect(await page.getByTestId('file-counts').innerText()).toBe(
      '3/3 tệp được tổng hợp · 0 tệp cần xem lại',
    );
    expect(await page.getByTestId('agency-counts').innerText()).toContain('(muộn 0)');
    expect(await page.getByTestId('late-agencies').count()).toBe(0);
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'received-date-confirmed');
    expect(await axeViolations(page, 'received-date-confirmed')).toEqual([]);

    // Written into the workbook: the submissions sheet says the date was confirmed.
    await page.getByRole('button', { name: 'Ghi vào sổ đang mở' }).click();
    await announced(page, 'status', /^Đã ghi \d+ trang tổng hợp/);
    const written = await onFake(
      page,
      (fake, sheet: string) =>
        [...fake.workbook.sheet(sheet).cells.values()]
          .map((c) => c.value)
          .filter((v) => typeof v === 'string'),
      CONSOLIDATED_SHEETS.submissions,
    );
    expect(written).toContain('Đã xác nhận');

    // Escape closes the form without a change, the focus back on the button.
    await change.click();
    await page.keyboard.press('Escape');
    expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Sửa ngày nhận' });
    expect(await row.getByTestId('received-line').innerText()).toContain('đã xác nhận');

    // And back: the confirmed date cleared, the file's own date is used again — late, and needing a look.
    await change.click();
    await row.getByRole('button', { name: 'Bỏ ngày đã xác nhận' }).click();
    await announced(
      page,
      'status',
      new RegExp(`^Tệp ${name.replace(/\./g, '\\.')} — Ngày nhận: 20/07/2025 .* · muộn 3 ngày\\.`),
    );
    expect(await row.getAttribute('data-outcome')).toBe('mergedLate');
    expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Xác nhận ngày nhận' });
    expect(await page.getByTestId('file-counts').innerText()).toBe(
      '3/3 tệp được tổng hợp · 1 tệp cần xem lại',
    );
    expect(await page.getByTestId('agency-counts').innerText()).toContain('(muộn 1)');

    // A late date confirmed: late it stays, by the confirmed day count; nothing left to look at.
    await page.getByRole('button', { name: `Xác nhận ngày nhận tệp ${name}` }).click();
    await field.fill('19/07/2025');
    await row.getByRole('button', { name: 'Dùng ngày này' }).click();
    await announced(page, 'status', /Ngày nhận: 19\/07\/2025 \(đã xác nhận\) · muộn 2 ngày/);
    expect(await page.getByTestId('file-counts').innerText()).toBe(
      '3/3 tệp được tổng hợp · 0 tệp cần xem lại',
    );
    expect(await page.getByTestId('late-agencies').innerText()).toContain(
      'Sở Y tế: muộn 2 ngày (nhận 19/07/2025, đã xác nhận)',
    );
    expect(pageErrors()).toEqual([]);
  });

  it('in English: the same form, its names and its message', async () => {
    const page = await pane({ fake: {}, width: WIDTH });
    await page.getByRole('contentinfo').getByRole('button', { name: 'English' }).click();
    await page.getByRole('tab', { name: 'Consolidate' }).click();
    const input = page.getByTestId('consolidate-files');
    await input.waitFor({ state: 'attached' });
    await input.setInputFiles(onDisk([files.health], '2025-07-20'));
    await page.getByTestId('consolidation-heading').waitFor();
    const name = files.health.name;
    await page.getByRole('button', { name: `Confirm date received of ${name}` }).click();
    const field = page.getByRole('textbox', { name: 'Date the Finance Department received the file' });
    await field.fill('');
    await page.keyboard.press('Enter');
    expect(await page.getByRole('alert').filter({ hasText: 'Type the date' }).innerText()).toMatch(
      /^Type the date received, e\.g\. \d\d\/\d\d\/\d{4}\.$/,
    );
    await expectNoHorizontalOverflow(page);
    expect(await axeViolations(page, 'received-date-en')).toEqual([]);
    await field.fill('17/07/2025');
    await page.keyboard.press('Enter');
    await announced(page, 'status', /Received: 17\/07\/2025 \(confirmed\) · on time/);
    expect(pageErrors()).toEqual([]);
  });
});

/** Types a value into a template cell of the fake workbook: the row of indicator `id`, column `key`. */
function typeInto(page: Page, id: string, key: string, value: number): Promise<void> {
  const col = indicatorColumns(plan.year).findIndex((c) => c.key === key);
  return onFake(
    page,
    (fake, a: { sheet: string; id: string; col: number; value: number }) => {
      const sheet = fake.workbook.sheet(a.sheet);
      for (let r = 0; r < 200; r++)
        if (sheet.cellAt(r, 0)?.value === a.id) {
          sheet.setValue(`${String.fromCharCode(65 + a.col)}${r + 1}`, a.value);
          return;
        }
      throw new Error(`no row ${a.id}`);
    },
    { sheet: SHEETS.indicators, id, col, value },
  );
}

describe('Kiểm tra: the verdict badges at 320 px', () => {
  it.each(['vi', 'en'] as const)(
    'fit, long words and all, with what each was judged against (%s)',
    async (lang) => {
      const page = await pane({ fake: {}, width: WIDTH });
      await insertTemplate(page, 'tai chinh', 'Sở Tài chính', PERIOD);
      // GRDP growth typed as a fraction (a slip: not judged), the estimate too; budget revenue between checkpoints.
      await typeInto(page, 'CT01', 'actual', 0.078);
      await typeInto(page, 'CT01', 'yearEstimate', 0.082);
      await typeInto(page, 'CT02', 'actual', 3000);
      await typeInto(page, 'CT02', 'yearEstimate', 4400);
      if (lang === 'en') await page.getByRole('contentinfo').getByRole('button', { name: 'English' }).click();
      await page.getByRole('tab', { name: lang === 'vi' ? 'Kiểm tra' : 'Check' }).click();
      await page
        .getByRole('button', { name: lang === 'vi' ? 'Kiểm tra sổ đang mở' : 'Check the open workbook' })
        .click();
      await page.getByTestId('status-summary').waitFor();

      const lines = (id: string) =>
        page.getByTestId(`indicator-${id}`).locator('[data-verdict-line]').allInnerTexts();
      expect(await lines('CT01')).toEqual(
        lang === 'vi'
          ? ['Tiến độ: Số liệu lỗi, chưa đánh giá', 'Dự báo: Số liệu lỗi, chưa đánh giá']
          : ['Progress: figure with an error, not judged', 'Forecast: estimate with an error, not judged'],
      );
      expect(await lines('CT02')).toEqual(
        lang === 'vi'
          ? [
              'Tiến độ: Chưa đến mốc đánh giá đạt 69,7 % kế hoạch năm',
              'Dự báo: Ước đạt ước 4.400 so với kế hoạch năm 4.305',
            ]
          : [
              'Progress: not due yet 69.7 % of the annual target',
              'Forecast: likely met estimate 4,400 against the annual target 4,305',
            ],
      );
      await expectNoHorizontalOverflow(page);
      const items = await page.locator('[data-testid="status-summary"] [data-testid^="indicator-"]').count();
      expect(await expectAllVisible(page, '[data-testid="status-summary"] [data-verdict]')).toBe(2 * items);
      expect(
        await expectAllVisible(page, '[data-testid="status-summary"] [data-basis]'),
      ).toBeGreaterThanOrEqual(2);
      await screenshot(page, `verdicts-validate-${lang}`);
      expect(await axeViolations(page, `verdicts-validate-${lang}`)).toEqual([]);
      expect(pageErrors()).toEqual([]);
    },
  );
});
