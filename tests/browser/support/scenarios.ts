/**
 * The batches and workbooks the pane is tried on at scale: a month's 40 files as they really arrive (every agency,
 * a file sent twice, reports of other months, damaged attachments, an .ods, a workbook that is no template — the
 * last written by openpyxl, a second client), a batch with nothing usable, and a checked workbook with hundreds or
 * thousands of problems.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Plan } from '../../../src/core/plan/schema';
import { indicatorColumns, SHEETS } from '../../../src/core/template/model';
import { python, tempDir } from '../../support/external';
import { onFake } from './pane';
import { submission, truncated, type UploadFile } from './seed';
import { periodInfo } from '../../../src/core/plan/period';
import { agenciesInForce } from '../../../src/core/plan/units';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A workbook with a sheet of figures but no template stamp, written by openpyxl. */
export function plainWorkbook(name: string): UploadFile {
  const file = path.join(tempDir('chitieu-plain-'), 'plain.xlsx');
  python(
    [
      'import sys, openpyxl',
      'wb = openpyxl.Workbook()',
      'ws = wb.active',
      'ws.title = "Báo cáo"',
      'ws.append(["Chỉ tiêu", "Thực hiện"])',
      'ws.append(["Tăng trưởng GRDP", 8.2])',
      'wb.save(sys.argv[1])',
    ].join('\n'),
    [file],
  );
  return { name, mimeType: XLSX, buffer: readFileSync(file) };
}

/** Files that cannot be used at all: two cut short, an .ods (not .xlsx) and a workbook that is no template. */
export async function unusableFiles(plan: Plan, period: string): Promise<UploadFile[]> {
  const good = await submission(plan, 'ubnd-xa-bac-yen', period);
  return [
    truncated(good, 0.6, `${period}_ubnd-xa-bac-yen.xlsx`),
    truncated(await submission(plan, 'ubnd-xa-phu-yen', period), 0.3, `${period}_ubnd-xa-phu-yen.xlsx`),
    {
      name: 'bao-cao-so-noi-vu.ods',
      mimeType: 'application/vnd.oasis.opendocument.spreadsheet',
      buffer: Buffer.from('Không phải bảng tính .xlsx'),
    },
    plainWorkbook('bao-cao-tu-lam.xlsx'),
  ];
}

/** The expected outcome of each of the 40 files, by name, for the assertions. */
export interface Batch {
  files: UploadFile[];
  /** Agencies whose report for the period is in the batch (merged). */
  merged: string[];
  duplicate: string;
  /** The file `duplicate` is a copy of. */
  duplicateOf: string;
  otherPeriod: string[];
  unusable: string[];
}

/**
 * Forty files for one month: a report from each of the 31 first agencies in force for the period (the provincial
 * agencies, then communes and wards) but two communes (whose files are damaged), one of them sent twice under
 * another name, four reports of other months, and the unusable four.
 */
export async function fortyFiles(plan: Plan, period: string): Promise<Batch> {
  const skip = new Set(['ubnd-xa-bac-yen', 'ubnd-xa-phu-yen']);
  const agencies = agenciesInForce(plan, periodInfo(plan, period)!)
    .filter((a) => !skip.has(a.id))
    .slice(0, 31);
  const reports = await Promise.all(agencies.map((a) => submission(plan, a.id, period)));
  const twin = reports.find((f) => f.name.includes('so-y-te'));
  if (!twin) throw new Error('no so-y-te report');
  const duplicate = { ...twin, name: `${period}_so-y-te (gửi lại).xlsx` };
  const others = await Promise.all([
    submission(plan, 'so-tu-phap', '2025-08'),
    submission(plan, 'thanh-tra', '2025-06'),
    submission(plan, 'so-gddt', '2025-08'),
    submission(plan, 'ubnd-song-ma', '2025-06'),
  ]);
  const unusable = await unusableFiles(plan, period);
  const files = [...reports, duplicate, ...others, ...unusable];
  if (files.length !== 40) throw new Error(`the batch has ${files.length} files, not 40`);
  return {
    files,
    merged: reports.map((f) => f.name),
    duplicate: duplicate.name,
    duplicateOf: twin.name,
    otherPeriod: others.map((f) => f.name),
    unusable: unusable.map((f) => f.name),
  };
}

/**
 * Adds rows an agency should not have typed below the template's rows on "Chỉ tiêu" (a figure in the actual column
 * each): rows without an id, rows with ids not in the template, and repeats of a real id — one issue per row.
 */
export function addStrayRows(
  page: Page,
  plan: Plan,
  counts: { withoutId: number; unknownId: number; repeated: number; repeatedId: string },
): Promise<void> {
  const actual = indicatorColumns(plan.year).findIndex((c) => c.key === 'actual');
  return onFake(
    page,
    (fake, a: typeof counts & { sheet: string; actual: number }) => {
      const sheet = fake.workbook.sheet(a.sheet);
      const used = sheet.usedValuesRange();
      let row = (used?.bottom ?? 0) + 3;
      const column = String.fromCharCode(65 + a.actual);
      const put = (id: string | null) => {
        row += 1;
        if (id !== null) sheet.setValue(`A${row}`, id);
        sheet.setValue(`${column}${row}`, 12.5);
      };
      for (let i = 0; i < a.withoutId; i++) put(null);
      for (let i = 0; i < a.unknownId; i++) put(`XX${String(i + 1).padStart(4, '0')}`);
      for (let i = 0; i < a.repeated; i++) put(a.repeatedId);
    },
    { ...counts, sheet: SHEETS.indicators, actual },
  );
}
