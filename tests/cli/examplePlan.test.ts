/**
 * The second plan (seeds/vi-du-2026, an example of another province) through the whole pipeline as a planner runs it:
 * `chitieu demo --plan` writes its templates, fills and validates them, consolidates June then July with `--into`, and
 * drafts the Word report — read back by python-docx (a second client). The demo says which plan it runs on and does
 * not claim the Sơn La month's late or missing agencies; every indicator, its three-input share included, is judged.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plan } from '../../src/core/plan/schema';
import { chitieu, ROOT } from '../support/cli';
import { docxText } from '../support/docxText';
import { tempDir } from '../support/external';

const planFile = path.join(ROOT, 'seeds', 'vi-du-2026', 'plan.json');
const plan = JSON.parse(readFileSync(planFile, 'utf8')) as Plan;
const dir = path.join(tempDir(), 'example');
let demo: ReturnType<typeof chitieu>;
let text: string;

beforeAll(() => {
  demo = chitieu(['demo', '--plan', planFile, '--period', '2026-07', '--out', dir]);
  text = docxText(path.join(dir, 'bao-cao_2026-07.docx'));
});

describe('the example plan through templates → validate → merge → report', () => {
  it('runs, and says it runs on the plan file it was given', () => {
    expect(demo.code).toBe(0);
    expect(demo.stdout.split('\n')[0]).toBe(
      `Chạy thử trên kế hoạch “${plan.title}” trong tệp ${planFile}, kỳ 2026-07, thư mục ${dir}`,
    );
  });

  it('says the month holds what its files hold: every agency sent one file, none late, none missing', () => {
    expect(demo.stdout).toContain(`2. Các cơ quan điền và nộp 5 tệp trong ${path.join(dir, 'nop-ve')}\n`);
    expect(demo.stdout).toContain('3. Kiểm tra: 5 tệp sạch, 0 tệp có lỗi, 0 tệp không đọc được');
  });

  it('drafts the report under the plan’s own issuer and place', () => {
    expect(text.split('\n')[0]).toMatch(
      /^UBND TỈNH MINH HỌA \/ SỞ TÀI CHÍNH \| CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/,
    );
    expect(text).toMatch(/Minh Họa, ngày +tháng +năm 2026/);
    expect(text).not.toMatch(/Sơn La/i);
  });

  it('reports every indicator of the plan, each with a province figure (the three-input share too)', () => {
    for (const ind of plan.indicators) expect(text).toContain(`${ind.name} (${ind.id})`);
    expect(text).not.toContain('Chưa có số liệu toàn tỉnh');
  });

  it('compares July with June, the month merged before it', () => {
    expect(text).toMatch(/so với lũy kế tháng 6\/2026/);
  });
});
