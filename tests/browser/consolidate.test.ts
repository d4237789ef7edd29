/**
 * Tổng hợp in Chromium at 320 px with a month's real batch: 40 files (every agency, one sent twice, four of other
 * months, four unusable). The summary and the write action come first and stay on screen; the list is collapsed to
 * the files that need a look, each with one outcome and one plain reason; a batch with nothing usable says so; reading
 * can be stopped and resumed; single files can be added and removed; each outcome is announced and focused.
 */
import type { Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { announced, expectNoHorizontalOverflow, focused, noticeText, paneHarness } from './support/pane';
import { fortyFiles, unusableFiles, type Batch } from './support/scenarios';
import { onDisk, seedPlan, submission } from './support/seed';

jest.setTimeout(180_000);

const { plan } = seedPlan();
const { pane, pageErrors } = paneHarness();
const PERIOD = '2025-07';
/** The day the files reached Sở Tài chính (their date on disk): on time, before the 18th. */
const RECEIVED = '2025-07-16';
let batch: Batch;

beforeAll(async () => {
  batch = await fortyFiles(plan, PERIOD);
});

async function openTab(page: Page) {
  await page.getByRole('tab', { name: 'Tổng hợp' }).click();
  const input = page.getByLabel('Tệp báo cáo (.xlsx)');
  await input.waitFor({ state: 'attached' });
  return input;
}

/** [file, outcome] of the rows shown. */
const rows = (page: Page) =>
  page
    .locator('[data-testid="file-list"] li')
    .evaluateAll((items) =>
      items.map((li) => [li.getAttribute('data-file'), li.getAttribute('data-outcome')]),
    );

describe('Tổng hợp at 320 px', () => {
  it('40 files: summary and write first (sticky), the files needing a look, one badge and one reason each', async () => {
    const page = await pane({ fake: {}, width: 320 });
    const input = await openTab(page);
    await input.setInputFiles(onDisk(batch.files, RECEIVED));
    await announced(page, 'status', 'Đang đọc 40 tệp…');
    await page.getByTestId('consolidation-heading').waitFor({ timeout: 120_000 });

    const merged = batch.merged.length;
    const said = await announced(page, 'status', /^Đã đọc 40 tệp/);
    expect(said).toBe(`Đã đọc 40 tệp: ${merged} được tổng hợp, ${40 - merged} cần xem lại.`);
    expect(await focused(page)).toMatchObject({ tag: 'h2', text: 'Tổng hợp tháng 7/2025' });
    expect(await page.getByTestId('file-counts').innerText()).toBe(
      `${merged}/40 tệp được tổng hợp · ${40 - merged} tệp cần xem lại`,
    );

    // Only the files that need a look, in the order chosen, each with its one outcome. Of the two identical files
    // the consolidation keeps the one whose name sorts first (core/consolidate: order-independent).
    const [, twin] = [batch.duplicate, batch.duplicateOf].sort((a, b) => a.localeCompare(b));
    expect(await rows(page)).toEqual([
      [twin, 'duplicate'],
      ...batch.otherPeriod.map((name) => [name, 'otherPeriod']),
      [batch.unusable[0], 'unreadable'],
      [batch.unusable[1], 'unreadable'],
      [batch.unusable[2], 'unreadable'],
      [batch.unusable[3], 'rejected'],
    ]);
    const list = page.getByTestId('file-list');
    for (const li of await list.locator('li').all()) {
      // One badge; one reason; no green "read" on a file that was not used; nothing internal.
      expect(await li.locator('.fui-Badge').count()).toBe(1);
      const text = await li.innerText();
      expect(text).not.toMatch(/Đã đọc|Đã tổng hợp|_stamp|SHA|chitieu|TypeError/);
    }
    const noTemplate = list.locator(`li[data-file="${batch.unusable[3]}"]`);
    expect(await noTemplate.innerText()).toContain('Bị từ chối');
    expect(await noTemplate.innerText()).toContain('không phải mẫu biểu do hệ thống phát hành');
    expect(await list.locator(`li[data-file="${batch.otherPeriod[0]}"]`).innerText()).toContain(
      'Tệp là báo cáo tháng 8/2025, không phải tháng 7/2025',
    );
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'consolidate-40');

    // The write action stays in reach while the list scrolls; its outcome lands right under it.
    await page.getByRole('switch', { name: 'Hiện cả 40 tệp' }).click();
    expect(await page.locator('[data-testid="file-list"] li').count()).toBe(40);
    await page.mouse.wheel(0, 6000);
    const write = page.getByRole('button', { name: 'Ghi vào sổ đang mở' });
    const box = await write.boundingBox();
    expect(box && box.y >= 0 && box.y < 200).toBe(true);
    await screenshot(page, 'consolidate-40-scrolled');
    await write.click();
    const written = await noticeText(page);
    expect(written).toMatch(/^Đã ghi \d+ trang tổng hợp/);
    await announced(page, 'status', /^Đã ghi \d+ trang tổng hợp/);
    const notice = await page
      .locator('[data-testid="consolidation-bar"] [data-testid="notice"]')
      .boundingBox();
    expect(notice && notice.y >= 0 && notice.y < 400).toBe(true);
    expect(pageErrors()).toEqual([]);
  });

  it('only unusable files: it says nothing is usable (an alert), asks for no month, offers no write', async () => {
    const page = await pane({ fake: {}, width: 320 });
    const input = await openTab(page);
    await input.setInputFiles(await unusableFiles(plan, PERIOD));
    const message = page.getByTestId('nothing-usable');
    await message.waitFor();
    expect(await message.innerText()).toBe('Không có tệp dùng được');
    expect(await page.getByTestId('nothing-usable-reason').innerText()).toContain(
      'Không có tệp nào dùng được để tổng hợp.',
    );
    await announced(page, 'alert', /^Không có tệp nào dùng được để tổng hợp/);
    expect(await focused(page)).toMatchObject({ tag: 'h2', testId: 'nothing-usable' });
    expect(await page.getByLabel('Kỳ tổng hợp').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Ghi vào sổ đang mở' }).count()).toBe(0);
    expect((await rows(page)).map(([, o]) => o)).toEqual([
      'unreadable',
      'unreadable',
      'unreadable',
      'rejected',
    ]);
    await screenshot(page, 'consolidate-nothing-usable');
    expect(pageErrors()).toEqual([]);
  });

  it('stops reading, keeps the unread files, and reads them on request', async () => {
    const page = await pane({ fake: {}, width: 320 });
    const input = await openTab(page);
    await input.setInputFiles(onDisk(batch.files, RECEIVED));
    // Stopped once a few files are read (the list shows only files needing a look, so the bar tells how far).
    await page.waitForFunction(() => {
      const m = /Đang đọc tệp (\d+)\/40/.exec(
        document.querySelector('[data-testid="consolidation-bar"] h2')?.textContent ?? '',
      );
      return m !== null && Number(m[1]) >= 3;
    });
    await page.getByRole('button', { name: 'Dừng đọc' }).click();
    const said = await announced(page, 'status', /^Đã dừng đọc/);
    const [, done, left] = /đã đọc (\d+)\/40 tệp, (\d+) tệp chưa đọc/.exec(said) ?? [];
    expect(Number(done) + Number(left)).toBe(40);
    expect(Number(left)).toBeGreaterThan(0);
    // The files not read stay listed, as "not read", and the focus is on the result, not on the page.
    expect((await rows(page)).filter(([, o]) => o === 'notRead')).toHaveLength(Number(left));
    expect((await focused(page)).tag).toBe('h2');
    await screenshot(page, 'consolidate-stopped');

    await page.getByRole('button', { name: `Đọc tiếp ${left} tệp` }).click();
    await announced(page, 'status', /^Đã đọc 40 tệp/);
    expect(await page.getByTestId('file-counts').innerText()).toMatch(/^\d+\/40 tệp được tổng hợp/);
    expect(pageErrors()).toEqual([]);
  });

  it('adds and removes single files; the summary follows; the focus stays in the list', async () => {
    const page = await pane({ fake: {}, width: 320 });
    const input = await openTab(page);
    const [yt, xd] = await Promise.all([
      submission(plan, 'so-y-te', PERIOD),
      submission(plan, 'so-xay-dung', PERIOD),
    ]);
    const [damaged] = await unusableFiles(plan, PERIOD);
    if (!damaged) throw new Error('no damaged file');
    // Files on disk, so that choosing one again hands the page the same file (name, size and date).
    const [ytFile, damagedFile, xdFile] = onDisk([yt, damaged, xd], RECEIVED);
    if (!ytFile || !damagedFile || !xdFile) throw new Error('files not written');
    await input.setInputFiles([ytFile, damagedFile]);
    await announced(page, 'status', /^Đã đọc 2 tệp: 1 được tổng hợp/);

    // Adding reads only the new file; the same file again is not added twice.
    await input.setInputFiles([xdFile, ytFile]);
    await announced(page, 'status', 'Đang đọc 1 tệp… 1 tệp đã có trong danh sách nên không thêm lại.');
    await announced(page, 'status', /^Đã đọc 3 tệp: 2 được tổng hợp/);
    expect(await page.getByTestId('file-counts').innerText()).toBe(
      '2/3 tệp được tổng hợp · 1 tệp cần xem lại',
    );

    // Removing the damaged file: announced, counts follow, the focus goes to the list's heading (no file left in view).
    await page.getByRole('button', { name: `Bỏ tệp ${damaged.name}` }).click();
    await announced(page, 'status', `Đã bỏ tệp ${damaged.name}.`);
    expect(await page.getByTestId('file-counts').innerText()).toBe(
      '2/2 tệp được tổng hợp · 0 tệp cần xem lại',
    );
    expect(await focused(page)).toMatchObject({ tag: 'h3' });
    expect(await page.getByText('Tất cả các tệp đều được tổng hợp, không có lỗi.').count()).toBe(1);

    // With the whole list shown, removing one moves the focus to the next file's button.
    await page.getByRole('switch', { name: 'Hiện cả 2 tệp' }).click();
    await page.getByRole('button', { name: `Bỏ tệp ${yt.name}` }).click();
    expect(await focused(page)).toMatchObject({ text: 'Bỏ' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      `Bỏ tệp ${xd.name}`,
    );
    expect(await page.getByTestId('file-counts').innerText()).toBe(
      '1/1 tệp được tổng hợp · 0 tệp cần xem lại',
    );
    expect(pageErrors()).toEqual([]);
  });
});
