/**
 * The plan at run time (issue 13): the pane opens on the built-in plan and says so; it switches, without a rebuild,
 * to the plan in the open workbook (the sheets `chitieu plan export` writes) or to a plan file the planner picks, and
 * says which plan and version it uses; the templates it inserts are then the new plan's. A plan with problems is
 * refused with each problem at its sheet!cell, in Vietnamese, and the plan in use stays.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { checkPlan } from '../../src/core/plan/check';
import type { Plan } from '../../src/core/plan/schema';
import { planWorkbook } from '../../src/core/plan/sheets';
import { TABLES } from '../../src/core/plan/sheets/tables';
import { cellAddress } from '../../src/core/sheet/a1';
import type { CellSpec, WorkbookSpec } from '../../src/core/sheet/spec';
import { validate } from '../../src/core/validate';
import { readWorkbook } from '../../src/xlsx/read';
import { writeWorkbook } from '../../src/xlsx/write';
import { ROOT } from './support/dist';
import { tempDir } from '../support/external';
import {
  announced,
  chooseTemplate,
  expectNoHorizontalOverflow,
  insertTemplate,
  onFake,
  paneHarness,
} from './support/pane';

jest.setTimeout(180_000);

const { pane, pageErrors } = paneHarness();
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const examplePlan = ((): Plan => {
  const checked = checkPlan(
    JSON.parse(readFileSync(path.join(ROOT, 'seeds', 'vi-du-2026', 'plan.json'), 'utf8')),
  );
  if (!checked.ok) throw new Error('example plan rejected');
  return checked.plan;
})();
const exampleSheets = (): WorkbookSpec => planWorkbook(examplePlan, '2026-01-05T08:00:00Z', 'test');

/** Writes a workbook spec's values and number formats into the fake workbook, sheet by sheet. */
function putSheets(page: Page, spec: WorkbookSpec): Promise<void> {
  const sheets = spec.sheets.map((s) => ({
    name: s.name,
    cells: s.cells.flatMap((row, r) =>
      row.flatMap((c: CellSpec | null, k) =>
        c && c.v !== undefined && c.v !== null ? [{ at: cellAddress(r, k), v: c.v, fmt: c.fmt ?? null }] : [],
      ),
    ),
  }));
  return onFake(
    page,
    (fake, list: typeof sheets) => {
      for (const s of list) {
        const sheet = fake.workbook.addSheet(s.name);
        for (const c of s.cells) {
          sheet.setValue(c.at, c.v);
          if (c.fmt) sheet.setNumberFormat(c.at, c.fmt);
        }
      }
    },
    sheets,
  );
}

/** Picks seeds/vi-du-2026/plan.json as "ke-hoach-vi-du.json" and waits for the switch to be said. */
async function pickExamplePlanFile(page: Page): Promise<void> {
  await page.getByTestId('plan-file').setInputFiles({
    name: 'ke-hoach-vi-du.json',
    mimeType: 'application/json',
    buffer: readFileSync(path.join(ROOT, 'seeds', 'vi-du-2026', 'plan.json')),
  });
  await announced(page, 'status', /^Đã chuyển sang kế hoạch/);
}

const title = (page: Page) => page.getByTestId('plan-title').innerText();
const meta = (page: Page) => page.getByTestId('plan-meta').innerText();

describe('switching plans in the pane', () => {
  it('opens on the built-in plan, switches to the plan in the open workbook, and back', async () => {
    const page = await pane({ fake: {}, width: 320 });
    await page.getByTestId('plan-bar').waitFor();
    expect(await title(page)).toContain(
      'Kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách nhà nước năm 2025 tỉnh Sơn La',
    );
    expect(await meta(page)).toBe('Năm 2025, phiên bản 1 — kế hoạch có sẵn trong phần bổ trợ.');

    await putSheets(page, exampleSheets());
    await page.getByRole('button', { name: 'Dùng kế hoạch trong sổ đang mở' }).click();
    await announced(page, 'status', /^Đã chuyển sang kế hoạch “Kế hoạch ví dụ năm 2026/);
    expect(await title(page)).toBe(examplePlan.title);
    expect(await meta(page)).toBe(
      'Năm 2026, phiên bản 1 — lấy từ các trang kế hoạch của sổ đang mở. Đây là kế hoạch ví dụ, không phải văn bản ban hành.',
    );
    await expectNoHorizontalOverflow(page);

    // The templates are the new plan's: its agencies, its months, its indicators. (The plan workbook is open, so the
    // template is downloaded: its sheets would take the plan sheets' names. Sở Xây dựng reports the urbanisation
    // rate; a locality's three-input rows wait for issue 11's layout, see tests/core/plan/examplePlan.test.ts.)
    await chooseTemplate(page, 'xay dung', 'Sở Xây dựng', '2026-07');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải tệp .xlsx' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('2026-07_so-xay-dung.xlsx');
    const file = path.join(tempDir('chitieu-plan-dl-'), download.suggestedFilename());
    await download.saveAs(file);
    const read = readWorkbook(new Uint8Array(readFileSync(file)), 'download.xlsx');
    if (!read.ok) throw new Error(`downloaded file unreadable: ${read.issue.code}`);
    const report = validate(read.snapshot, examplePlan);
    expect(report.identity).toMatchObject({
      agencyId: 'so-xay-dung',
      period: '2026-07',
      planId: 'vi-du-2026',
    });
    expect(report.issues.map((i) => i.code)).not.toContain('PLAN_VERSION_CHANGED');

    await page.getByRole('button', { name: 'Dùng kế hoạch có sẵn' }).click();
    expect(await meta(page)).toBe('Năm 2025, phiên bản 1 — kế hoạch có sẵn trong phần bổ trợ.');
    expect(pageErrors()).toEqual([]);
  });

  it('uses a plan file the planner picks, saying which file', async () => {
    const page = await pane({ fake: {}, width: 320 });
    await pickExamplePlanFile(page);
    expect(await meta(page)).toMatch(/^Năm 2026, phiên bản 1 — lấy từ tệp ke-hoach-vi-du\.json\./);
    expect(pageErrors()).toEqual([]);
  });

  it('checks a template of another plan against the plan it carries, without that plan’s file', async () => {
    const page = await pane({ fake: {}, width: 320 });
    await pickExamplePlanFile(page);
    await insertTemplate(page, 'xay dung', 'Sở Xây dựng', '2026-07');
    // The agency's add-in knows only its built-in plan.
    await page.getByRole('button', { name: 'Dùng kế hoạch có sẵn' }).click();
    expect(await meta(page)).toBe('Năm 2025, phiên bản 1 — kế hoạch có sẵn trong phần bổ trợ.');
    await page.getByRole('tab', { name: 'Kiểm tra' }).click();
    await page.getByRole('button', { name: 'Kiểm tra sổ đang mở' }).click();
    await announced(page, 'status', /^Đã kiểm tra Sở Xây dựng, tháng 7\/2026/);
    expect(await page.locator('body').innerText()).not.toContain('Mẫu biểu thuộc kế hoạch');
    expect(pageErrors()).toEqual([]);
  });

  it('refuses a plan workbook with errors at sheet!cell in Vietnamese, keeping the plan in use', async () => {
    const page = await pane({ fake: {}, width: 320 });
    const spec = exampleSheets();
    const sheet = spec.sheets.find((s) => s.name === TABLES.indicators.sheet)!;
    const target = sheet.cells[0]!.findIndex((c) => String(c?.v ?? '').endsWith('(target)'));
    sheet.cells[1]![target] = { v: 'sáu mươi' };
    const address = `${TABLES.indicators.sheet}!${cellAddress(1, target)}`;
    await page.getByTestId('plan-file').setInputFiles({
      name: 'ke-hoach-loi.xlsx',
      mimeType: XLSX,
      buffer: Buffer.from(await writeWorkbook(spec)),
    });
    const refused = page.getByTestId('plan-refused');
    await refused.waitFor();
    const text = await refused.innerText();
    expect(text).toContain('Không dùng được kế hoạch này (1 lỗi); kế hoạch đang dùng giữ nguyên.');
    expect(text).toContain(`${address}: giá trị "sáu mươi" không hợp lệ (số)`);
    expect(text).not.toMatch(/indicators\[|target/);
    expect(await meta(page)).toBe('Năm 2025, phiên bản 1 — kế hoạch có sẵn trong phần bổ trợ.');
    expect(pageErrors()).toEqual([]);
  });

  it('says so when the open workbook has no plan sheets', async () => {
    const page = await pane({ fake: {}, width: 320 });
    await page.getByRole('button', { name: 'Dùng kế hoạch trong sổ đang mở' }).click();
    await page.getByTestId('plan-refused').waitFor();
    expect(await page.getByTestId('plan-refused').innerText()).toContain(
      'Sổ đang mở không có trang “Kế hoạch”',
    );
    expect(pageErrors()).toEqual([]);
  });
});
