/** `chitieu plan check | export | import`: the seed plan round-trips through Excel; problems point at sheet!cell. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chitieu, ROOT } from '../support/cli';
import { python, tempDir } from '../support/external';

const seed = path.join(ROOT, 'seeds/sonla-2025/plan.json');
const dir = tempDir();

describe('chitieu plan', () => {
  it('check accepts the seed plan and prints its counts and hash', () => {
    const r = chitieu(['plan', 'check', seed]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /kế hoạch hợp lệ — \d+ cơ quan, \d+ chỉ tiêu, 47 nhiệm vụ; mã nội dung [0-9a-f]{16}/,
    );
  });

  it('check lists every schema error with its exact path', () => {
    const broken = JSON.parse(readFileSync(seed, 'utf8')) as {
      indicators: { target: unknown; lead: string }[];
    };
    broken.indicators[0]!.target = 'tám';
    broken.indicators[1]!.lead = 'so-khong-co';
    const file = path.join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify(broken));
    const r = chitieu(['plan', 'check', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/indicators\[0\] \(CT01\)\.target: sai kiểu dữ liệu/);
  });

  it('check reports a JSON syntax error instead of crashing', () => {
    const file = path.join(dir, 'syntax.json');
    writeFileSync(file, '{ "id": ');
    const r = chitieu(['plan', 'check', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('không phải JSON hợp lệ');
  });

  it('a folder given as the plan file is one line naming it and the full command, exit 2', () => {
    const r = chitieu(['plan', 'check', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`chitieu plan check: "${dir}" là một thư mục; hãy cho tên tệp`);
  });

  it('export then import is lossless', () => {
    const xlsx = path.join(dir, 'plan.xlsx');
    const json = path.join(dir, 'plan.json');
    expect(chitieu(['plan', 'export', '--out', xlsx]).code).toBe(0);
    expect(chitieu(['plan', 'import', xlsx, '--out', json]).code).toBe(0);
    expect(JSON.parse(readFileSync(json, 'utf8'))).toEqual(JSON.parse(readFileSync(seed, 'utf8')));
  });

  it('a workbook edited in another program (openpyxl) still imports, and its errors point at sheet!cell', () => {
    const xlsx = path.join(dir, 'plan2.xlsx');
    chitieu(['plan', 'export', '--out', xlsx]);
    const edited = path.join(dir, 'plan2-edited.xlsx');
    python(
      `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb['Chỉ tiêu']
ws['H2'] = 'tám phần trăm'
ws['N3'] = 'so-khong-co'
wb.save(sys.argv[2])
`,
      [xlsx, edited],
    );
    const r = chitieu(['plan', 'import', edited, '--out', path.join(dir, 'never.json')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Chỉ tiêu!H2: giá trị "tám phần trăm" không hợp lệ (số)');
  });
});
