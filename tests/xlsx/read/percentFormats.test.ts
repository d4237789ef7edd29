/**
 * Numbers in a percent format: Excel keeps "8,5%" typed by a user as 0.085 with a format such as "0.0%". The reader
 * marks such cells `percent`, so validation reads them as the percentage points the user saw — also in a real
 * template filled by openpyxl and resaved by LibreOffice.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SnapshotCell } from '../../../src/core/snapshot/types';
import { HEADER_ROW, SHEETS } from '../../../src/core/template/model';
import { builtinIsPercent, formatIsPercent } from '../../../src/core/text/numFmt';
import { validate } from '../../../src/core/validate';
import { writeWorkbook } from '../../../src/xlsx/write';
import { libreOfficeConvert, python, tempDir } from '../../support/external';
import { buildXlsx, styles, worksheet } from '../../support/hostile';
import { testPlan } from '../../support/plans';
import { addressOf, sheet, specToSnapshot, templateSpec } from '../../support/snapshots';
import { snapshotOf } from './expect';

function firstRow(cells: string, stylesXml: string): (SnapshotCell | null)[] {
  const bytes = buildXlsx({
    sheets: [{ name: 'A', xml: worksheet(`<row r="1">${cells}</row>`) }],
    styles: stylesXml,
  });
  return snapshotOf(bytes).sheets[0]?.rows[0] ?? [];
}

describe('numbers in percent formats', () => {
  const xfs = styles([0, 9, 10, 164, 165, 166], {
    164: '0.0%',
    165: '0.0" %"',
    166: '#,##0.0',
  });

  it('marks numbers in the built-in formats 0% and 0.00% and in a custom 0.0%', () => {
    expect(
      firstRow(
        '<c r="A1" s="1"><v>0.85</v></c><c r="B1" s="2"><v>0.085</v></c><c r="C1" s="3"><v>0.085</v></c>',
        xfs,
      ),
    ).toEqual([
      { t: 'n', v: 0.85, percent: true },
      { t: 'n', v: 0.085, percent: true },
      { t: 'n', v: 0.085, percent: true },
    ]);
  });

  it('leaves numbers in other formats unmarked, also where a quoted "%" is only a label', () => {
    expect(
      firstRow(
        '<c r="A1" s="0"><v>8.5</v></c><c r="B1" s="4"><v>8.5</v></c><c r="C1" s="5"><v>8.5</v></c>',
        xfs,
      ),
    ).toEqual([
      { t: 'n', v: 8.5 },
      { t: 'n', v: 8.5 },
      { t: 'n', v: 8.5 },
    ]);
  });

  it('keeps the formula of a percent formula result', () => {
    expect(firstRow('<c r="A1" s="3"><f>B2/C2</f><v>0.5</v></c>', xfs)).toEqual([
      { t: 'n', v: 0.5, percent: true, f: 'B2/C2' },
    ]);
  });
});

describe('percent format codes', () => {
  it.each([
    [9, true],
    [10, true],
    [0, false],
    [2, false],
    [14, false],
  ])('built-in format %i shows a percentage: %s', (id, percent) => {
    expect(builtinIsPercent(id)).toBe(percent);
  });

  it.each([
    ['0%', true],
    ['0.0%', true],
    ['#,##0.00%;[Red]-#,##0.00%', true],
    ['[$-42A]0.0%', true],
    ['0.0', false],
    ['0.0" %"', false],
    ['0.0\\%', false],
    ['General', false],
    ['[Red]0.0', false],
  ])('format %s shows a percentage: %s', (code, percent) => {
    expect(formatIsPercent(code)).toBe(percent);
  });
});

describe('a template filled with percent formats by a second client', () => {
  const plan = testPlan();
  const spec = templateSpec(plan, 'so-tc', '2025-07');
  const blank = specToSnapshot(spec);
  const firstTask = sheet(blank, SHEETS.tasks).rows.find((r, i) => i > HEADER_ROW && r[0]?.t === 's')?.[0];
  const taskId = firstTask?.t === 's' ? firstTask.v : '';
  const actualCell = addressOf(blank, SHEETS.indicators, 'CT01', 'actual');
  const percentCell = addressOf(blank, SHEETS.tasks, taskId, 'percent');
  let filled: string;
  let dir: string;

  beforeAll(async () => {
    dir = tempDir('chitieu-percent-');
    const template = path.join(dir, 'template.xlsx');
    writeFileSync(template, await writeWorkbook(spec));
    filled = path.join(dir, 'filled.xlsx');
    // What Excel stores when an agency types "8,5%" and "85%": the fraction, with a percent format.
    python(
      `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
for sheet, cell, value, fmt in json.loads(sys.argv[3]):
    wb[sheet][cell].value = value
    wb[sheet][cell].number_format = fmt
wb.save(sys.argv[2])
`,
      [
        template,
        filled,
        JSON.stringify([
          [SHEETS.indicators, actualCell, 0.085, '0.0%'],
          [SHEETS.tasks, percentCell, 0.85, '0%'],
        ]),
      ],
    );
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const expectPercentagePoints = (file: string) => {
    const report = validate(snapshotOf(readFileSync(file)), plan);
    expect(report.indicators.find((i) => i.indicatorId === 'CT01')?.actual).toBe(8.5);
    expect(report.tasks.find((t) => t.taskId === taskId)?.percent).toBe(85);
    expect(report.issues.filter((i) => i.code === 'VALUE_PERCENT_FORMAT')).toEqual([
      expect.objectContaining({ cell: actualCell, found: 0.085, expected: 8.5 }),
      expect.objectContaining({ cell: percentCell, found: 0.85, expected: 85 }),
    ]);
    expect(report.issues.map((i) => i.code)).not.toContain('VALUE_FRACTION_PERCENT');
  };

  it('reads the values as the percentages the agency saw (openpyxl)', () => {
    expectPercentagePoints(filled);
  });

  it('reads them the same after a LibreOffice resave', () => {
    expectPercentagePoints(libreOfficeConvert(filled, 'xlsx', path.join(dir, 'lo')));
  });
});
