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
    expect(run.stdout).toMatch(/muộn 1\)/);
    expect(run.stdout).toContain('ubnd-sop-cop');
  });

  it('leaves the templates and the agencies’ files for the user to open', () => {
    expect(readdirSync(path.join(dir, 'mau-bieu')).length).toBeGreaterThan(30);
    expect(readdirSync(path.join(dir, 'nop-ve')).length).toBeGreaterThan(30);
  });
});
