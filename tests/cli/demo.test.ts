/** `chitieu demo`: the README's main job — one month end to end on the built-in plan. */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { chitieu } from '../support/cli';
import { tempDir } from '../support/external';

describe('chitieu demo', () => {
  const dir = path.join(tempDir(), 'demo');
  let run: ReturnType<typeof chitieu>;
  beforeAll(() => {
    run = chitieu(['demo', '--out', dir]);
  });

  it('finishes and prints the path of the consolidated workbook', () => {
    expect(run.code).toBe(0);
    const last = run.stdout.trim().split('\n').at(-1) ?? '';
    expect(last).toContain(path.join(dir, 'tong-hop_2025-07.xlsx'));
    expect(existsSync(path.join(dir, 'tong-hop_2025-07.xlsx'))).toBe(true);
  });

  it('shows the month’s situations: a resubmission, a damaged file, a late and a missing agency, another period', () => {
    expect(run.stdout).toMatch(/1 bị thay thế/);
    expect(run.stdout).toMatch(/1 khác kỳ/);
    expect(run.stdout).toMatch(/1 bị từ chối/);
    expect(run.stdout).toMatch(/muộn 2\)/);
    expect(run.stdout).toContain('UBND huyện Sốp Cộp');
    expect(run.stdout).not.toContain('ubnd-sop-cop');
  });

  it('leaves the templates and the agencies’ files for the user to open, the month before’s too', () => {
    expect(readdirSync(path.join(dir, 'mau-bieu')).length).toBeGreaterThan(30);
    expect(readdirSync(path.join(dir, 'nop-ve')).length).toBeGreaterThan(30);
    expect(readdirSync(path.join(dir, 'nop-ve-thang-06')).length).toBeGreaterThan(30);
  });

  it('speaks of progress and forecast apart, and of tasks by their official classes', () => {
    expect(run.stdout).toMatch(/tiến độ: \d+ đạt, \d+ gần đạt, \d+ chưa đạt, \d+ chưa đến mốc/);
    expect(run.stdout).toMatch(/dự báo cả năm: \d+ ước đạt, \d+ ước gần đạt, \d+ khó đạt/);
    expect(run.stdout).toMatch(/Nhiệm vụ: \d+ hoàn thành đúng hạn/);
  });

  it('consolidates the month before first, so the workbook holds both months', () => {
    expect(run.stdout).toContain('Tháng trước (2025-06)');
    const merged = chitieu([
      'merge',
      path.join(dir, 'nop-ve'),
      '--into',
      path.join(dir, 'tong-hop_2025-07.xlsx'),
      '--json',
    ]);
    const doc = JSON.parse(merged.stdout) as { period: string };
    expect(doc.period).toBe('2025-07');
  });
});
