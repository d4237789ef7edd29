/**
 * Tổng hợp → "Tải dự thảo báo cáo (.docx)" in Chromium against the fake Excel host: the Word writer loads only then,
 * the draft downloads with the month's name, python-docx reads it (a second client), and it compares with the month
 * before once that month is written in the open workbook — the same rule as `chitieu report` (docs/report.md, C5).
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { docxText } from '../support/docxText';
import { noticeText, paneHarness } from './support/pane';
import { onDisk, seedPlan, submission } from './support/seed';

jest.setTimeout(180_000);

const { plan } = seedPlan();
const { pane, pageErrors } = paneHarness();

/** Clicks the download and returns the text of the .docx downloaded, and its name. */
async function downloadReport(page: Page): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải dự thảo báo cáo (.docx)' }).click(),
  ]);
  const file = path.join(
    await fs.mkdtemp(path.join(os.tmpdir(), 'chitieu-report-')),
    download.suggestedFilename(),
  );
  await download.saveAs(file);
  return { name: download.suggestedFilename(), text: docxText(file) };
}

describe('Tổng hợp: the draft report', () => {
  it('downloads the month’s report; with the month before written in the workbook, it compares with it', async () => {
    const page = await pane({ fake: {} });
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('.js')) scripts.push(path.basename(new URL(r.url()).pathname));
    });
    await page.getByRole('tab', { name: 'Tổng hợp' }).click();
    const input = page.getByLabel('Tệp báo cáo (.xlsx)');
    await input.waitFor({ state: 'attached' });
    const july = await Promise.all(['so-tai-chinh', 'so-y-te'].map((id) => submission(plan, id, '2025-07')));
    await input.setInputFiles(onDisk(july, '2025-07-16'));
    await page.getByTestId('consolidation-heading').waitFor();
    expect(scripts.some((s) => s.startsWith('docx-writer'))).toBe(false);

    // July alone in a new workbook: no month before, said once.
    const first = await downloadReport(page);
    expect(first.name).toBe('bao-cao_2025-07.docx');
    expect(await noticeText(page, 'success')).toContain('Đã tạo dự thảo báo cáo bao-cao_2025-07.docx');
    expect(scripts.some((s) => s.startsWith('docx-writer'))).toBe(true);
    expect(first.text).toMatch(/^UBND TỈNH SƠN LA \/ SỞ TÀI CHÍNH \| CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
    expect(first.text).toContain('chưa có số liệu tháng 6/2025 nên báo cáo này chưa so sánh với tháng trước');
    for (const ind of plan.indicators) expect(first.text).toContain(`(${ind.id})`);

    // July written into the workbook, then August read: its report compares with July.
    await page.getByRole('button', { name: 'Đóng' }).click();
    await page.getByRole('button', { name: 'Ghi vào sổ đang mở' }).click();
    expect(await noticeText(page, 'success')).toMatch(/Đã ghi \d+ trang tổng hợp/);
    await page.getByRole('button', { name: 'Đóng' }).click();
    await page.getByRole('button', { name: 'Bỏ hết' }).click();
    const august = await Promise.all(
      ['so-tai-chinh', 'so-y-te'].map((id) => submission(plan, id, '2025-08')),
    );
    await input.setInputFiles(onDisk(august, '2025-08-16'));
    await page.getByText('Tổng hợp tháng 8/2025').waitFor();
    const second = await downloadReport(page);
    expect(second.name).toBe('bao-cao_2025-08.docx');
    expect(second.text).toMatch(/so với (lũy kế )?tháng 7\/2025/);
    expect(second.text).not.toContain('chưa so sánh với tháng trước');
    expect(pageErrors()).toEqual([]);
  });
});
