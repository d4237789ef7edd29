/**
 * Mẫu biểu in Chromium at 320 px: the replace dialog cannot delete sheets by accident ("Hủy" is first, focused and
 * what Enter and Esc do), says whose template and which month it would replace, lists only sheets a user can see,
 * and gives the focus back to the button that opened it; the agency picker takes a full name typed without marks,
 * keeps the tab order and shows long names whole.
 */
import type { Page } from 'playwright-core';
import { SHEETS } from '../../src/core/template/model';
import { screenshot } from './support/browser';
import {
  announced,
  dialogSettled,
  expectNoHorizontalOverflow,
  focused,
  focusedTextMatches,
  insertTemplate,
  noticeText,
  onFake,
  paneHarness,
} from './support/pane';

jest.setTimeout(120_000);

const { pane, pageErrors } = paneHarness();
const stampAgency = (page: Page) =>
  onFake(page, (fake, s: string) => fake.workbook.sheet(s).cell('B6').value, SHEETS.stamp);

async function openDialog(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Chèn vào sổ đang mở' }).click();
  await page.getByRole('alertdialog').waitFor();
  await dialogSettled(page);
}

describe('Mẫu biểu at 320 px', () => {
  it('the replace dialog: "Hủy" by default, names what is replaced, only visible sheets, focus back', async () => {
    const page = await pane({ fake: {}, width: 320 });
    await insertTemplate(page, 'y te', 'Sở Y tế', '2025-07');
    // Now another agency's template for another month, into the same workbook.
    const box = page.getByRole('combobox', { name: 'Cơ quan' });
    await box.fill('');
    await box.pressSequentially('xay dung');
    await page.getByRole('option', { name: 'Sở Xây dựng', exact: true }).click();
    await page.getByLabel('Kỳ báo cáo').selectOption('2025-08');

    await openDialog(page);
    const dialog = page.getByRole('alertdialog');
    const text = await dialog.innerText();
    expect(text).toContain('Sổ đang mở đã có mẫu biểu của Sở Y tế, tháng 7/2025.');
    expect(text).toContain('Thay bằng mẫu biểu của Sở Xây dựng, tháng 8/2025?');
    expect(await page.getByTestId('replace-sheets').innerText()).toBe(
      `Các trang sẽ bị thay: “${SHEETS.instructions}”, “${SHEETS.indicators}”, “${SHEETS.tasks}”.`,
    );
    expect(text).not.toContain(SHEETS.stamp);
    expect(await dialog.getByRole('button').allInnerTexts()).toEqual(['Hủy', 'Thay thế']);
    expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Hủy' });
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'template-replace-dialog-320');

    // Enter on the default button keeps the workbook; the focus returns to the button that opened the dialog.
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    expect(await stampAgency(page)).toBe('so-y-te');
    expect(await focused(page)).toMatchObject({ text: 'Chèn vào sổ đang mở' });
    await announced(page, 'status', 'Đã hủy: sổ đang mở không thay đổi.');

    // Esc does the same.
    await openDialog(page);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await stampAgency(page)).toBe('so-y-te');
    await focusedTextMatches(page, /^Chèn vào sổ đang mở$/);

    // Replacing takes a deliberate Tab to "Thay thế".
    await openDialog(page);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ text: 'Thay thế' });
    await page.keyboard.press('Enter');
    expect(await noticeText(page)).toContain('Sở Xây dựng, kỳ 8/2025');
    expect(await stampAgency(page)).toBe('so-xay-dung');
    await focusedTextMatches(page, /^Chèn vào sổ đang mở$/);
    await announced(page, 'status', /^Đã chèn mẫu biểu của Sở Xây dựng, kỳ 8\/2025/);
    expect(pageErrors()).toEqual([]);
  });

  it('sheets of the user’s own with the template’s names are not called a template', async () => {
    const page = await pane({ fake: {}, width: 320 });
    await onFake(
      page,
      (fake, name: string) => fake.workbook.addSheet(name).setValue('A1', 'Số liệu của tôi'),
      SHEETS.indicators,
    );
    await page.getByRole('combobox', { name: 'Cơ quan' }).pressSequentially('Sở Y tế');
    await page.getByLabel('Kỳ báo cáo').focus();
    await openDialog(page);
    const text = await page.getByRole('alertdialog').innerText();
    expect(text).toContain('không phải mẫu biểu do hệ thống phát hành');
    expect(await page.getByTestId('replace-sheets').innerText()).toBe(
      `Các trang sẽ bị thay: “${SHEETS.indicators}”.`,
    );
    await page.getByRole('button', { name: 'Hủy' }).click();
    expect(
      await onFake(
        page,
        (fake, name: string) => fake.workbook.sheet(name).cell('A1').value,
        SHEETS.indicators,
      ),
    ).toBe('Số liệu của tôi');
    expect(pageErrors()).toEqual([]);
  });

  it('the picker: a full name typed without marks is chosen on leaving; Tab goes on to the month', async () => {
    const page = await pane({ fake: {}, width: 320 });
    const box = page.getByRole('combobox', { name: 'Cơ quan' });
    await box.click();
    await box.pressSequentially('so y te');
    await page.keyboard.press('Tab');
    // The month is next: the arrow is no tab stop and the list does not open again over the buttons.
    expect(await focused(page)).toMatchObject({ tag: 'select' });
    expect(await page.getByRole('listbox').count()).toBe(0);
    expect(await box.inputValue()).toBe('Sở Y tế');
    expect(await page.getByTestId('agency-chosen').innerText()).toBe('Đã chọn: Sở Y tế');
    expect(await page.getByTestId('template-contents').innerText()).toMatch(
      /chỉ tiêu, \d+ nhiệm vụ · hạn nộp/,
    );

    // Clicking away works too, and case does not matter.
    await box.fill('');
    await box.pressSequentially('SO XAY DUNG');
    await page.getByText('Chọn cơ quan và kỳ báo cáo').click();
    expect(await box.inputValue()).toBe('Sở Xây dựng');

    // A part of a name is no choice: the pane asks for an agency from the list.
    await box.fill('');
    await box.pressSequentially('xay');
    await page.getByText('Chọn cơ quan và kỳ báo cáo').click();
    await page.getByRole('button', { name: 'Chèn vào sổ đang mở' }).click();
    await page.getByText('Hãy chọn một cơ quan trong danh sách.').waitFor();
    expect(await box.inputValue()).toBe('xay');
    expect(pageErrors()).toEqual([]);
  });

  it('the picker: Vietnamese names for its parts, long names whole at 320 px', async () => {
    const page = await pane({ fake: {}, width: 320 });
    const arrow = page.getByRole('button', { name: 'Mở danh sách cơ quan' });
    expect(await arrow.getAttribute('tabindex')).toBe('-1');
    const box = page.getByRole('combobox', { name: 'Cơ quan' });
    await box.click();
    await box.pressSequentially('ngan hang');
    const option = page.getByRole('option', { name: 'Ngân hàng Nhà nước chi nhánh Khu vực 3' });
    // Wrapped, not cut: the option is taller than one line and ends inside the pane.
    const { height, right, width } = await option.evaluate((el) => ({
      height: el.getBoundingClientRect().height,
      right: el.getBoundingClientRect().right,
      width: window.innerWidth,
    }));
    expect(height).toBeGreaterThan(30);
    expect(right).toBeLessThanOrEqual(width);
    await screenshot(page, 'template-picker-long-name');
    await option.click();
    expect(await page.getByTestId('agency-chosen').innerText()).toBe(
      'Đã chọn: Ngân hàng Nhà nước chi nhánh Khu vực 3',
    );
    expect(await box.getAttribute('title')).toBe('Ngân hàng Nhà nước chi nhánh Khu vực 3');
    await expectNoHorizontalOverflow(page);
    expect(pageErrors()).toEqual([]);
  });
});
