/** The consolidated workbook: sheets, provenance, values only, injection neutralised, data carried over months. */
import { consolidate } from '../../../src/core/consolidate/consolidate';
import { dataCsv } from '../../../src/core/consolidate/csv';
import { previousDataRows } from '../../../src/core/consolidate/sheets/data';
import { CONSOLIDATED_SHEETS, inputNames } from '../../../src/core/consolidate/labels';
import type { SubmissionInput } from '../../../src/core/consolidate/types';
import { consolidationWorkbook } from '../../../src/core/consolidate/workbook';
import { sha256Hex } from '../../../src/core/plan/hash';
import type { WorkbookSnapshot } from '../../../src/core/snapshot/types';
import { validate } from '../../../src/core/validate';
import { testPlan } from '../../support/plans';
import {
  cleanSubmission,
  fillIndicator,
  fillTask,
  setPreparer,
  specToSnapshot,
} from '../../support/snapshots';
import type { SheetSpec } from '../../../src/core/sheet/spec';
import {
  fitsPageWidth,
  printedColumns,
  printedRange,
  printScale,
  READABLE_SCALE,
} from '../../../src/core/sheet/print';
import type { Issue } from '../../../src/core/issues/issue';
import { issueMessage } from '../../../src/i18n';
import { columnLetters } from '../../../src/core/sheet/a1';
import { columnIndexes, indicatorColumns } from '../../../src/core/template/model';

/** The indicators sheet's column of the actual (where a typed figure is). */
const actualLetter = columnLetters(columnIndexes(indicatorColumns(2025)).actual);

const plan = testPlan();
const options = {
  generatedAt: '2025-07-19T08:00:00Z',
  generator: 'test',
  describe: (i: Issue) => issueMessage(i, 'vi'),
};

function submission(
  fileName: string,
  agencyId: string,
  edit: (s: WorkbookSnapshot) => void = () => {},
): SubmissionInput {
  const snap = cleanSubmission(plan, agencyId, '2025-07');
  edit(snap);
  return {
    provenance: { fileName, sha256: sha256Hex(fileName), size: 10, savedAt: '2025-07-16T00:00:00Z' },
    report: validate(snap, plan),
  };
}

const build = (inputs: SubmissionInput[]) =>
  consolidationWorkbook(plan, consolidate(plan, '2025-07', inputs), options);
const sheetOf = (wb: ReturnType<typeof build>['workbook'], name: string) =>
  wb.sheets.find((s) => s.name === name)!;
const allText = (wb: ReturnType<typeof build>['workbook']) =>
  wb.sheets
    .flatMap((s) => s.cells.flatMap((r) => r.map((c) => (typeof c?.v === 'string' ? c : null))))
    .filter((c) => c !== null);

/** The index of a table column by its header (row 4 of every table sheet). */
const columnOf = (sheet: SheetSpec, header: string) => {
  const col = sheet.cells[3]?.findIndex((c) => c?.v === header) ?? -1;
  if (col < 0) throw new Error(`no column ${header} in ${sheet.name}`);
  return col;
};

describe('consolidated workbook', () => {
  it('has the Vietnamese sheets in order, data sheets as Excel Tables with frozen headers, and a chart', () => {
    const { workbook } = build([submission('a.xlsx', 'ubnd-a')]);
    expect(workbook.sheets.map((s) => s.name)).toEqual([
      'Tổng quan',
      'Chỉ tiêu theo cơ quan',
      'Tiến độ nhiệm vụ',
      'Nhiệm vụ theo cơ quan',
      'Tình hình nộp',
      'Vấn đề',
      'Xu hướng',
      'Xếp hạng địa phương',
      'Dữ liệu',
      'Nhật ký',
      '_tonghop',
      '_tonghop_thang',
    ]);
    for (const s of workbook.sheets.slice(0, 9)) {
      expect(s.tables).toHaveLength(1);
      expect(s.freeze).toEqual({ rows: 4, cols: 0 });
    }
    expect(sheetOf(workbook, CONSOLIDATED_SHEETS.overview).charts).toHaveLength(1);
    expect(sheetOf(workbook, CONSOLIDATED_SHEETS.stamp).visibility).toBe('veryHidden');
    expect(sheetOf(workbook, CONSOLIDATED_SHEETS.records).visibility).toBe('veryHidden');
  });

  it('writes values only: no formula from any submission reaches the workbook', () => {
    const { workbook } = build([
      submission('a.xlsx', 'ubnd-a', (s) =>
        fillIndicator(s, 'CT05', { actual: { t: 'n', v: 9, f: 'WEBSERVICE("http://x")' } }),
      ),
    ]);
    const formulas = workbook.sheets.flatMap((s) =>
      s.cells.flatMap((r) => r.filter((c) => c?.f !== undefined)),
    );
    expect(formulas).toEqual([]);
  });

  it('writes agency text starting with = + - @ as text, and counts it in the log', () => {
    const { workbook, safety } = build([
      submission('a.xlsx', 'ubnd-a', (s) =>
        fillTask(s, 'BC1', { results: '=HYPERLINK("http://evil","bấm")', proposals: '+84 912 345 678' }),
      ),
    ]);
    const risky = allText(workbook).filter((c) => /^[=+\-@]/.test(String(c.v)));
    expect(risky.length).toBeGreaterThanOrEqual(2);
    for (const c of risky) expect(c.fmt).toBe('@');
    expect(safety.neutralised).toBeGreaterThanOrEqual(2);
    const log = sheetOf(workbook, CONSOLIDATED_SHEETS.log);
    expect(log.cells.at(-1)?.[0]?.v).toContain(`không thành công thức: ${safety.neutralised};`);
  });

  it('gives every value its provenance: file, sheet and cell', () => {
    const { workbook } = build([
      submission('huyen-a.xlsx', 'ubnd-a', (s) => fillIndicator(s, 'CT05', { actual: 12 })),
    ]);
    const values = sheetOf(workbook, CONSOLIDATED_SHEETS.values);
    const row = values.cells.find((r) => r[2]?.v === 'CT05');
    expect(row?.[columnOf(values, 'Thực hiện')]?.v).toBe(12);
    expect(row?.[columnOf(values, 'Tệp')]?.v).toBe('huyen-a.xlsx');
    expect(row?.[columnOf(values, 'Trang')]?.v).toBe('Chỉ tiêu');
    expect(String(row?.[columnOf(values, 'Ô')]?.v)).toMatch(new RegExp(`^${actualLetter}\\d+$`));
  });

  it('shows each agency’s notes on an indicator beside its value, formula-like text written as text', () => {
    const { workbook } = build([
      submission('a.xlsx', 'ubnd-a', (s) => {
        fillIndicator(s, 'CT05', { actual: 12, notes: 'Số liệu ước, chờ Công an xác nhận' });
        fillIndicator(s, 'CT02', { notes: '=1+1' });
      }),
    ]);
    const values = sheetOf(workbook, CONSOLIDATED_SHEETS.values);
    const col = columnOf(values, 'Ghi chú, giải trình');
    const row = (id: string) => values.cells.find((r) => r[2]?.v === id);
    expect(row('CT05')?.[col]?.v).toBe('Số liệu ước, chờ Công an xác nhận');
    expect(row('CT02')?.[col]).toMatchObject({ v: '=1+1', fmt: '@' });
  });

  it('shows who prepared each report and their phone in the submissions sheet', () => {
    const { workbook } = build([
      submission('a.xlsx', 'ubnd-a', (s) => setPreparer(s, 'Nguyễn Văn A', '0912 345 678')),
    ]);
    const sheet = sheetOf(workbook, CONSOLIDATED_SHEETS.submissions);
    const row = sheet.cells.find((r) => r[0]?.v === 'ubnd-a');
    expect(row?.[columnOf(sheet, 'Người lập biểu')]?.v).toBe('Nguyễn Văn A');
    expect(row?.[columnOf(sheet, 'Điện thoại')]?.v).toBe('0912 345 678');
  });

  it('lists every expected agency in the submissions sheet, missing ones included', () => {
    const { workbook } = build([submission('a.xlsx', 'ubnd-a')]);
    const rows = sheetOf(workbook, CONSOLIDATED_SHEETS.submissions).cells.slice(4);
    expect(rows.map((r) => [r[0]?.v, r[2]?.v])).toEqual([
      ['so-tc', 'Chưa nộp'],
      ['so-xd', 'Chưa nộp'],
      ['ubnd-a', 'Đã nộp'],
      ['ubnd-b', 'Chưa nộp'],
    ]);
  });

  it('reads its own "Dữ liệu" sheet back, so months accumulate', () => {
    const { workbook } = build([
      submission('a.xlsx', 'ubnd-a', (s) => fillIndicator(s, 'CT05', { actual: 12 })),
    ]);
    const back = previousDataRows(specToSnapshot(workbook), plan.id, inputNames(plan.indicators));
    expect(back.ok).toBe(true);
    if (back.ok)
      expect(back.rows).toEqual(
        consolidate(plan, '2025-07', [
          submission('a.xlsx', 'ubnd-a', (s) => fillIndicator(s, 'CT05', { actual: 12 })),
        ]).data,
      );
  });

  it('refuses to take data from a workbook that is not a consolidation of this plan', () => {
    const { workbook } = build([]);
    expect(previousDataRows(specToSnapshot(workbook), 'another-plan')).toEqual({
      ok: false,
      problem: { kind: 'otherPlan', found: plan.id },
    });
    const stranger = specToSnapshot({
      ...workbook,
      sheets: workbook.sheets.filter((s) => s.name !== CONSOLIDATED_SHEETS.stamp),
    });
    expect(previousDataRows(stranger, plan.id)).toEqual({ ok: false, problem: { kind: 'notConsolidation' } });
  });

  it('reads back an earlier workbook written before the data sheet had a notes column', () => {
    const { workbook } = build([
      submission('a.xlsx', 'ubnd-a', (s) => fillIndicator(s, 'CT05', { actual: 12, notes: 'ghi chú' })),
    ]);
    const snap = specToSnapshot(workbook);
    const data = snap.sheets.find((s) => s.name === CONSOLIDATED_SHEETS.data)!;
    const notes = data.rows[3]!.findIndex((c) => c?.t === 's' && c.v === 'Ghi chú, giải trình');
    expect(notes).toBeGreaterThan(0);
    for (const r of data.rows) r.splice(notes, 1);
    const back = previousDataRows(snap, plan.id, inputNames(plan.indicators));
    expect(back.ok && back.rows.find((r) => r.indicatorId === 'CT05')).toMatchObject({
      value: 12,
      notes: '',
    });
  });

  it('points at the cell of a damaged data row instead of dropping it', () => {
    const { workbook } = build([
      submission('a.xlsx', 'ubnd-a', (s) => fillIndicator(s, 'CT05', { actual: 12 })),
    ]);
    const snap = specToSnapshot(workbook);
    const data = snap.sheets.find((s) => s.name === CONSOLIDATED_SHEETS.data)!;
    data.rows[4]![6] = { t: 's', v: 'mười hai' };
    expect(previousDataRows(snap, plan.id)).toEqual({
      ok: false,
      problem: { kind: 'badRow', sheet: 'Dữ liệu', cell: 'G5', found: 'mười hai' },
    });
  });
});

describe('CSV of the data', () => {
  it('starts with a BOM and ASCII column names, quotes commas, and neutralises formula-like text', () => {
    const rows = consolidate(plan, '2025-07', [submission('=evil,1.xlsx', 'ubnd-a')]).data;
    const { text, safety } = dataCsv(rows);
    expect(text.startsWith('\uFEFFperiod,agency_id,agency_name,indicator_id')).toBe(true);
    expect(text).toContain(`"'=evil,1.xlsx!Chỉ tiêu!`);
    expect(safety.neutralised).toBe(rows.length);
  });

  it('ends each row with the agency’s notes (column "notes"), neutralised like other agency text', () => {
    const rows = consolidate(plan, '2025-07', [
      submission('a.xlsx', 'ubnd-a', (s) => fillIndicator(s, 'CT05', { actual: 12, notes: '@giải trình' })),
    ]).data;
    const lines = dataCsv(rows).text.split('\r\n');
    expect(lines[0]?.endsWith(',source,notes')).toBe(true);
    expect(lines.find((l) => l.includes(',CT05,'))?.endsWith(",'@giải trình")).toBe(true);
  });
});

describe('consolidated workbook on paper (docs/forms.md)', () => {
  const { workbook } = build([submission('a.xlsx', 'ubnd-a'), submission('b.xlsx', 'so-tc')]);
  const visible = workbook.sheets.filter((s) => s.visibility === 'visible');

  it('prints every sheet on A4 landscape at a readable scale, numbered "Trang X/Y", with the month on top', () => {
    for (const s of visible) {
      expect(printScale(s)).toBeGreaterThanOrEqual(READABLE_SCALE);
      expect(s.print?.footer?.center).toBe('Trang {page}/{pages}');
      expect(s.print?.header).toEqual({ left: s.name, right: 'Tổng hợp tháng 7/2025' });
    }
  });

  it('fits the overview’s printed columns one page wide; provenance and method columns print not', () => {
    const overview = sheetOf(workbook, 'Tổng quan');
    expect(fitsPageWidth(overview)).toBe(true);
    const printedHeaders = printedColumns(overview).map((c) => overview.cells[3]?.[c]?.v);
    expect(printedHeaders).toContain('Đánh giá tiến độ');
    expect(printedHeaders).toContain('Dự báo cả năm');
    expect(printedHeaders).not.toContain('Cách tổng hợp');
  });

  it('prints the overview’s counts under its table, each label over two columns so it cannot run over the numbers', () => {
    const overview = sheetOf(workbook, 'Tổng quan');
    const row = overview.cells.findIndex((r) => r[0]?.v === 'Chưa nộp');
    expect(row).toBeGreaterThan(0);
    expect(overview.merges).toContain(`A${row + 1}:B${row + 1}`);
    expect(printedRange(overview).bottom).toBeGreaterThanOrEqual(row);
  });

  it('hides agency ids (kept for filters and reading back) from sight and from print', () => {
    for (const name of ['Chỉ tiêu theo cơ quan', 'Nhiệm vụ theo cơ quan', 'Tình hình nộp', 'Dữ liệu']) {
      const s = sheetOf(workbook, name);
      expect(s.columns[columnOf(s, 'Mã cơ quan')]?.hidden).toBe(true);
    }
  });
});
