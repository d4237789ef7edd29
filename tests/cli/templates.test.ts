/** `chitieu templates`: one real .xlsx per agency, read back by ExcelJS, openpyxl and LibreOffice. */
import ExcelJS from 'exceljs';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkPlan } from '../../src/core/plan/check';
import { planHash } from '../../src/core/plan/hash';
import { periodInfo } from '../../src/core/plan/period';
import { indicatorsReportedBy } from '../../src/core/plan/resolve';
import { agenciesInForce } from '../../src/core/plan/units';
import type { Plan } from '../../src/core/plan/schema';
import { SHEETS } from '../../src/core/template/model';
import { validate } from '../../src/core/validate';
import { readWorkbook } from '../../src/xlsx/read';
import { editWithOpenpyxl, setIndicator } from '../support/agencyEdits';
import { chitieu, ROOT } from '../support/cli';
import { libreOfficeConvert, python, tempDir } from '../support/external';

const plan = (() => {
  const checked = checkPlan(JSON.parse(readFileSync(path.join(ROOT, 'seeds/sonla-2025/plan.json'), 'utf8')));
  if (!checked.ok) throw new Error('seed plan invalid');
  return checked.plan as Plan;
})();

const out = tempDir();
let run: ReturnType<typeof chitieu>;
beforeAll(() => {
  run = chitieu(['templates', '--period', '2025-07', '--out', out]);
});

describe('chitieu templates', () => {
  it('writes one template per agency in force for the month, named by period and agency id', () => {
    expect(run.code).toBe(0);
    const inForce = agenciesInForce(plan, periodInfo(plan, '2025-07')!);
    expect(inForce.length).toBeLessThan(plan.agencies.length); // the district-level committees ended on 30/06
    expect(readdirSync(out).sort()).toEqual(inForce.map((a) => `2025-07_${a.id}.xlsx`).sort());
    expect(run.stdout).toContain(`Đã ghi ${inForce.length} mẫu biểu kỳ 2025-07`);
  });

  it('writes only the agencies asked for', () => {
    const dir = tempDir();
    const r = chitieu([
      'templates',
      '--period',
      '2025-07',
      '--agency',
      'so-xay-dung',
      'so-y-te',
      '--out',
      dir,
    ]);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['2025-07_so-xay-dung.xlsx', '2025-07_so-y-te.xlsx']);
  });

  it('an unknown agency id gets one line listing the valid ids, exit code 2, and no file', () => {
    const dir = tempDir();
    const r = chitieu(['templates', '--period', '2025-07', '--agency', 'so-khong-co', '--out', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('không có cơ quan "so-khong-co"');
    expect(r.stderr).toContain('so-xay-dung');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each(['2025-13', '07/2025', '2024-07', ''])(
    'a malformed or foreign period %j gets one line and exit code 2',
    (period) => {
      const r = chitieu(['templates', '--period', period, '--out', tempDir()]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('2025-01 … 2025-12');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    },
  );

  /** A folder already holding Sở Y tế's file for July, with the given content. */
  const folderWithReport = (content: string) => {
    const dir = tempDir();
    const report = path.join(dir, '2025-07_so-y-te.xlsx');
    writeFileSync(report, content);
    return { dir, report };
  };
  const templatesInto = (dir: string, ...extra: string[]) =>
    chitieu(['templates', '--period', '2025-07', '--agency', 'so-y-te', ...extra, '--out', dir]);

  it('keeps an existing file (a filled report sent back under the template name) and says so', () => {
    const { dir, report } = folderWithReport('báo cáo đã điền');
    const r = templatesInto(dir, 'so-xay-dung');
    expect(r.code).toBe(0);
    expect(readFileSync(report, 'utf8')).toBe('báo cáo đã điền');
    expect(existsSync(path.join(dir, '2025-07_so-xay-dung.xlsx'))).toBe(true);
    expect(r.stdout).toContain('Giữ nguyên 1 tệp đã có');
    expect(r.stdout).toContain('2025-07_so-y-te.xlsx');
  });

  it('replaces existing files with --overwrite', () => {
    const { dir, report } = folderWithReport('mẫu cũ');
    const r = templatesInto(dir, '--overwrite');
    expect(r.code).toBe(0);
    expect(readFileSync(report).subarray(0, 2).toString()).toBe('PK');
  });

  it('speaks English with --lang en', () => {
    const r = chitieu(['--lang', 'en', 'templates', '--period', '2025-13', '--out', tempDir()]);
    expect(r.stderr).toContain('reporting period "2025-13" is invalid');
  });
});

describe('a template read back with ExcelJS', () => {
  const load = async (agencyId: string) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(path.join(out, `2025-07_${agencyId}.xlsx`)) as unknown as ExcelJS.Buffer);
    return wb;
  };

  it('carries the agency’s targets in the indicators sheet', async () => {
    const wb = await load('so-xay-dung');
    const ws = wb.getWorksheet(SHEETS.indicators)!;
    const ids = indicatorsReportedBy(plan, 'so-xay-dung').map((i) => i.id);
    const rows = ids.map((id) => {
      let found: ExcelJS.Row | undefined;
      ws.eachRow((row) => {
        if (row.getCell(1).value === id) found = row;
      });
      return found;
    });
    rows.forEach((row, i) =>
      expect(row?.getCell(4).value).toBe(plan.indicators.find((x) => x.id === ids[i])?.target),
    );
  });

  it('has data validation with Vietnamese prompts on the input cells', async () => {
    const ws = (await load('so-xay-dung')).getWorksheet(SHEETS.indicators)!;
    const model = (
      ws as unknown as {
        dataValidations: { model: Record<string, { type: string; promptTitle?: string; error?: string }> };
      }
    ).dataValidations.model;
    const rules = Object.values(model);
    expect(rules.length).toBeGreaterThan(5);
    expect(rules.some((r) => r.type === 'decimal' && (r.error ?? '').includes('Hãy nhập một số'))).toBe(true);
  });

  it('protects every visible sheet (no password) and leaves input cells unlocked', async () => {
    const wb = await load('so-xay-dung');
    for (const name of [SHEETS.instructions, SHEETS.indicators, SHEETS.tasks]) {
      const ws = wb.getWorksheet(name)!;
      expect((ws as unknown as { sheetProtection: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
    }
  });

  it('has the stamp very hidden, with plan id and hash, agency and period', async () => {
    const ws = (await load('so-xay-dung')).getWorksheet(SHEETS.stamp)!;
    expect(ws.state).toBe('veryHidden');
    const values = new Map<string, unknown>();
    ws.eachRow((row) => values.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(values.get('planId')).toBe(plan.id);
    expect(values.get('planHash')).toBe(planHash(plan));
    expect(values.get('agencyId')).toBe('so-xay-dung');
    expect(values.get('period')).toBe('2025-07');
  });
});

describe('a template filled by a second client', () => {
  /** Fills cells by indicator id and column header with openpyxl (which keeps the formulas, without results). */
  const fillWithOpenpyxl = (
    src: string,
    dest: string,
    fills: Record<string, Record<string, number | string>>,
  ) =>
    editWithOpenpyxl(
      src,
      dest,
      Object.entries(fills).flatMap(([id, values]) =>
        Object.entries(values).map(([header, value]) => setIndicator(id, header, value)),
      ),
    );

  it('recalculated by LibreOffice shows the progress verdict core judges', () => {
    const dir = tempDir();
    const filled = path.join(dir, 'filled.xlsx');
    fillWithOpenpyxl(path.join(out, '2025-07_so-xay-dung.xlsx'), filled, {
      CT12: { 'Thực hiện lũy kế đến kỳ': 20.5 },
      CT08: { 'Giá trị 1': 200, 'Giá trị 2': 80 },
      CT03: { 'Giá trị 1': 1000, 'Giá trị 2': 720 },
    });
    const recalculated = libreOfficeConvert(filled, 'xlsx', path.join(dir, 'lo'));
    const statuses = JSON.parse(
      python(
        `
import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1], data_only=True)['${SHEETS.indicators}']
top = next(r[0].row for r in ws.iter_rows(max_col=1) if r[0].value == 'Mã')
header = {str(c.value).strip(): c.column for c in ws[top] if c.value}
print(json.dumps({r[0].value: ws.cell(row=r[0].row, column=header['Đánh giá tiến độ']).value for r in ws.iter_rows(min_row=top + 1) if r[0].value}))
`,
        [recalculated],
      ),
    ) as Record<string, string | null>;
    const report = validate(
      (readWorkbook(new Uint8Array(readFileSync(recalculated)), 'lo.xlsx') as { ok: true; snapshot: never })
        .snapshot,
      plan,
    );
    const expected = Object.fromEntries(
      report.indicators.map((r) => [
        r.indicatorId,
        { met: 'Đạt', near: 'Gần đạt', missed: 'Chưa đạt' }[r.progress.status as 'met'] ?? null,
      ]),
    );
    expect(statuses).toMatchObject({ CT12: 'Đạt', CT08: 'Chưa đạt', CT03: 'Gần đạt' });
    for (const id of ['CT12', 'CT08', 'CT03']) expect(statuses[id]).toBe(expected[id]);
  });

  it('resaved by LibreOffice still carries a readable stamp (very hidden becomes hidden)', () => {
    const dir = tempDir();
    const resaved = libreOfficeConvert(path.join(out, '2025-07_so-y-te.xlsx'), 'xlsx', dir);
    const read = readWorkbook(new Uint8Array(readFileSync(resaved)), 'resaved.xlsx');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.snapshot.sheets.find((s) => s.name === SHEETS.stamp)?.state).toBe('hidden');
    expect(validate(read.snapshot, plan).identity).toMatchObject({
      agencyId: 'so-y-te',
      period: '2025-07',
      planId: plan.id,
    });
  });
});

describe('--help', () => {
  it.each([
    ['templates'],
    ['validate'],
    ['merge'],
    ['plan'],
    ['plan', 'check'],
    ['plan', 'export'],
    ['plan', 'import'],
    ['demo'],
  ])('chitieu %s --help explains the command and exits 0', (...cmd) => {
    const r = chitieu([...cmd, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: chitieu');
  });

  it.each([['templates'], ['validate'], ['merge'], ['plan', 'check']])(
    'chitieu %s --help lists --lang among the global options',
    (...cmd) => {
      expect(chitieu([...cmd, '--help']).stdout).toMatch(/Global Options:[\s\S]*--lang <lang>/);
    },
  );

  it.each([['validate'], ['merge']])('chitieu %s --help states the exit codes', (cmd) => {
    expect(chitieu([cmd, '--help']).stdout).toContain('1  có lỗi số liệu (data errors)');
  });

  it('marks required options as required', () => {
    expect(chitieu(['templates', '--help']).stdout).toMatch(/--period <YYYY-MM>\s+bắt buộc/);
  });

  it('an unknown option is a usage error (exit 2), not a crash', () => {
    const r = chitieu(['templates', '--period', '2025-07', '--out', tempDir(), '--nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("không có tùy chọn '--nope'");
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a missing required option is named, in Vietnamese by default and in English with --lang en', () => {
    expect(chitieu(['templates', '--out', tempDir()]).stderr).toContain(
      "thiếu tùy chọn bắt buộc '--period <YYYY-MM>'",
    );
    expect(chitieu(['--lang', 'en', 'templates', '--out', tempDir()]).stderr).toContain(
      "required option '--period <YYYY-MM>' not specified",
    );
  });

  it('the output folder is created when missing', () => {
    const dir = path.join(tempDir(), 'a', 'b');
    expect(chitieu(['templates', '--period', '2025-07', '--agency', 'so-y-te', '--out', dir]).code).toBe(0);
    expect(existsSync(path.join(dir, '2025-07_so-y-te.xlsx'))).toBe(true);
  });
});
