/**
 * The plan through the year from the command line (docs/plan.md): the roster follows the units in force — the 12
 * district-level committees to June 2025, the communes and wards from July; a plan amended in Excel (`plan export` →
 * a row on "Sửa đổi" → `plan import`) merges the files issued before the amendment against the amended target, its
 * differences listed once; a plan workbook whose unit dates overlap is refused at its cell and nothing is written.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { editWithOpenpyxl, setIndicator } from '../support/agencyEdits';
import { chitieu } from '../support/cli';
import { python, tempDir } from '../support/external';

const dir = tempDir();
const DISTRICT =
  /^2025-\d\d_ubnd-(tp-son-la|moc-chau|van-ho|yen-chau|mai-son|song-ma|sop-cop|thuan-chau|quynh-nhai|muong-la|bac-yen|phu-yen)\.xlsx$/;
const COMMUNE = /^2025-\d\d_ubnd-(xa|phuong)-[a-z-]+\.xlsx$/;

/** The plan workbook, with openpyxl's edit applied (a Python snippet given `wb`). */
function editedPlan(name: string, edit: string): string {
  const xlsx = path.join(dir, `${name}.xlsx`);
  expect(chitieu(['plan', 'export', '--out', xlsx]).code).toBe(0);
  const edited = path.join(dir, `${name}-sua.xlsx`);
  python(
    `\nimport sys, openpyxl\nwb = openpyxl.load_workbook(sys.argv[1])\n${edit}\nwb.save(sys.argv[2])\n`,
    [xlsx, edited],
  );
  return edited;
}

/** The templates `chitieu templates` writes for a month by default (the agencies in force then). */
function templatesFor(period: string): string[] {
  const out = path.join(dir, `all-${period}`);
  const r = chitieu(['templates', '--period', period, '--out', out]);
  expect(r.code).toBe(0);
  return readdirSync(out);
}

describe('the roster of a month', () => {
  it('June 2025 goes to the 12 district-level committees and no commune or ward', () => {
    const files = templatesFor('2025-06');
    expect(files.filter((f) => DISTRICT.test(f))).toHaveLength(12);
    expect(files.filter((f) => COMMUNE.test(f))).toEqual([]);
    expect(files).toContain('2025-06_ubnd-moc-chau.xlsx'); // the thị xã, not the huyện it replaced on 01/02/2025
    expect(files).not.toContain('2025-06_ubnd-huyen-moc-chau.xlsx');
  });

  it('August 2025 goes to the 75 communes and wards and no district-level committee', () => {
    const files = templatesFor('2025-08');
    expect(files.filter((f) => COMMUNE.test(f))).toHaveLength(75);
    expect(files.filter((f) => /^2025-08_ubnd-phuong-/.test(f))).toHaveLength(8);
    expect(files.filter((f) => DISTRICT.test(f))).toEqual([]);
  });
});

describe('an amended plan', () => {
  const amendedJson = path.join(dir, 'ke-hoach-v2.json');
  const inbox = path.join(dir, 'inbox');
  const tplDir = path.join(dir, 'tpl-v1');
  const agencies = ['ubnd-xa-yen-chau', 'ubnd-phuong-to-hieu', 'ubnd-xa-song-ma'];
  let doc: { indicators: { id: string; forecast: { target: number } }[]; files: { status: string }[] };
  let issuesSheet: string[];

  beforeAll(() => {
    // Templates issued under version 1, filled and sent back.
    const r = chitieu(['templates', '--period', '2025-08', '--agency', ...agencies, '--out', tplDir]);
    expect(r.code).toBe(0);
    agencies.forEach((a, k) =>
      editWithOpenpyxl(path.join(tplDir, `2025-08_${a}.xlsx`), path.join(inbox, `${a}.xlsx`), [
        setIndicator('CT07', 'Giá trị 1', 40 + k),
        setIndicator('CT07', 'Giá trị 2', 50),
      ]),
    );
    // Then the plan is amended in Excel: CT07's target 85 → 90 from 01/08/2025.
    const edited = editedPlan(
      'v2',
      `ws = wb['Sửa đổi']\nws.append([2, '01/08/2025', 'Nghị quyết sửa đổi (ví dụ kiểm thử)', 'CT07', 'target', 90])`,
    );
    const imported = chitieu(['plan', 'import', edited, '--out', amendedJson]);
    expect(imported.code).toBe(0);
    const out = path.join(dir, 'tong-hop.xlsx');
    const merged = chitieu([
      'merge',
      inbox,
      '--period',
      '2025-08',
      '--plan',
      amendedJson,
      '--out',
      out,
      '--json',
    ]);
    doc = JSON.parse(merged.stdout) as typeof doc;
    issuesSheet = JSON.parse(
      python(
        `
import sys, json, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])['Vấn đề']
print(json.dumps([' | '.join(str(c) for c in r if c is not None) for r in ws.iter_rows(values_only=True)]))
`,
        [out],
      ),
    ) as string[];
  });

  it('merges every file issued before the amendment', () => {
    expect(doc.files.map((f) => f.status)).toEqual(['merged', 'merged', 'merged']);
  });

  it('judges them against the amended target', () => {
    expect(doc.indicators.find((i) => i.id === 'CT07')?.forecast.target).toBe(90);
  });

  it('lists what the amendment changed once, in Vietnamese words, not once per file', () => {
    const changed = issuesSheet.filter((row) => row.includes('CT07: kế hoạch năm đã sửa từ 85 thành 90'));
    expect(changed).toHaveLength(1);
    expect(issuesSheet.filter((row) => row.includes('kế hoạch đã được sửa đổi (phiên bản 2)'))).toHaveLength(
      1,
    );
  });
});

describe('a plan workbook with errors', () => {
  it('whose units overlap is refused at the cell of the later unit’s start, in Vietnamese, and nothing is written', () => {
    // xã Đoàn Kết (row 2 of the communes) starting 15/06/2025, before thị xã Mộc Châu ends on 30/06/2025.
    const edited = editedPlan(
      'overlap',
      `
ws = wb['Cơ quan']
head = [c.value for c in ws[1]]
col = next(i for i, h in enumerate(head) if h and h.endswith('(from)')) + 1
row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == 'ubnd-xa-doan-ket')
ws.cell(row, col).value = '15/06/2025'
`,
    );
    const out = path.join(dir, 'never.json');
    const r = chitieu(['plan', 'import', edited, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'Cơ quan!F36: UBND xã Đoàn Kết (mã ubnd-xa-doan-ket) bắt đầu 15/06/2025 trong khi đơn vị trước đó, ' +
        'UBND thị xã Mộc Châu (mã ubnd-moc-chau), còn hoạt động đến 30/06/2025: cùng địa bàn bị báo cáo hai lần',
    );
    expect(r.stdout).not.toMatch(/unit_dates_overlap|agencies\[/);
    expect(existsSync(out)).toBe(false);
  });
});
