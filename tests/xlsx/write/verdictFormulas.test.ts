/**
 * The template's verdict formulas agree with the verdict model: a sheet of cases written by our writer, recalculated
 * by LibreOffice (a second client evaluating the formulas), read back, and compared with judgeProgress and
 * judgeForecast without history — the only knowledge a sheet has.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CellSpec } from '../../../src/core/sheet/spec';
import {
  FORECAST_TEXT,
  forecastFormula,
  judgeForecast,
  judgeProgress,
  PROGRESS_TEXT,
  progressFormula,
  shownMilestone,
  type JudgedIndicator,
} from '../../../src/core/verdict';
import { readWorkbook } from '../../../src/xlsx/read';
import { writeWorkbook } from '../../../src/xlsx/write';
import { DISBURSEMENT, indicator, windowOf } from '../../core/verdict/support';
import { libreOfficeConvert, tempDir } from '../../support/external';
import { sheet, workbook } from '../../support/writeSpec';

interface Case {
  name: string;
  ind: JudgedIndicator;
  period: string;
  actual: number | string;
  estimate: number | string;
}

const houses = indicator({
  valueKind: 'cumulative',
  milestones: [{ date: '2025-05-31', value: 100, label: 'T5' }],
});
const disbursement = indicator({ valueKind: 'cumulative', milestones: DISBURSEMENT });
const revenue = indicator({ valueKind: 'cumulative', target: 4305, tolerance: 86 });
const cases: Case[] = [
  { name: 'level met', ind: indicator(), period: '2025-07', actual: 100, estimate: 101 },
  { name: 'level near', ind: indicator(), period: '2025-07', actual: 96, estimate: 96 },
  { name: 'level missed', ind: indicator(), period: '2025-07', actual: 90, estimate: 80 },
  {
    name: 'atMost near',
    ind: indicator({ direction: 'atMost', target: 20, tolerance: 2 }),
    period: '2025-07',
    actual: 21.5,
    estimate: 19,
  },
  {
    name: 'about met',
    ind: indicator({ direction: 'about', target: 20.6, tolerance: 0.3 }),
    period: '2025-07',
    actual: 20.8,
    estimate: 21.1,
  },
  {
    name: 'about missed',
    ind: indicator({ direction: 'about', target: 20.6, tolerance: 0.3 }),
    period: '2025-07',
    actual: 21.3,
    estimate: 20.6,
  },
  { name: 'due milestone near', ind: disbursement, period: '2025-07', actual: 48, estimate: 97 },
  { name: 'future milestone', ind: disbursement, period: '2025-05', actual: 30, estimate: 90 },
  { name: 'passed milestone below', ind: houses, period: '2025-07', actual: 88.9, estimate: 100 },
  { name: 'passed milestone above', ind: disbursement, period: '2025-08', actual: 55, estimate: 96 },
  { name: 'annual already met', ind: revenue, period: '2025-07', actual: 4480.9, estimate: 4199.2 },
  {
    name: 'running total between checkpoints',
    ind: revenue,
    period: '2025-07',
    actual: 3000,
    estimate: 4250,
  },
  { name: 'text typed', ind: indicator(), period: '2025-07', actual: 'chưa có', estimate: '' },
  // A derived indicator's formula shows "" until its inputs are typed: a blank form shows no verdict, not #VALUE!.
  { name: 'derived, inputs not typed yet', ind: revenue, period: '2025-07', actual: '=""', estimate: '' },
];

const at = (col: string, row: number) => `${col}${row + 1}`;

function row(c: Case, r: number): CellSpec[] {
  const window = windowOf(c.period);
  const milestone = shownMilestone(c.ind, window);
  const cells = {
    value: at('A', r),
    actual: at('A', r),
    target: at('C', r),
    tolerance: at('D', r),
    milestone: at('E', r),
  };
  const typed = (v: number | string): CellSpec => (v === '' ? {} : v === '=""' ? { f: '""' } : { v });
  return [
    typed(c.actual),
    typed(c.estimate),
    { v: c.ind.target },
    { v: c.ind.tolerance },
    milestone ? { v: milestone.value } : {},
    { f: progressFormula(c.ind, window, cells) },
    { f: forecastFormula(c.ind, { ...cells, value: at('B', r) }) },
  ];
}

const reading = (v: number | string) =>
  typeof v === 'number'
    ? ({ state: 'ok', value: v } as const)
    : v === '' || v === '=""'
      ? ({ state: 'missing' } as const)
      : ({ state: 'invalid' } as const);

describe('verdict formulas recalculated by LibreOffice', () => {
  let shown: { progress: string; forecast: string }[] = [];
  let errors: string[] = [];

  beforeAll(async () => {
    const dir = tempDir();
    const file = path.join(dir, 'verdicts.xlsx');
    writeFileSync(file, await writeWorkbook(workbook([sheet('Cases', cases.map(row))])));
    const recalculated = libreOfficeConvert(file, 'xlsx:Calc MS Excel 2007 XML', path.join(dir, 'out'));
    const read = readWorkbook(new Uint8Array(readFileSync(recalculated)), 'verdicts.xlsx');
    if (!read.ok) throw new Error(read.issue.code);
    const rows = read.snapshot.sheets[0]?.rows ?? [];
    const text = (cell: { t: string; v?: unknown } | null | undefined) =>
      cell && cell.t === 's' ? String(cell.v) : '';
    shown = cases.map((_, r) => ({ progress: text(rows[r]?.[5]), forecast: text(rows[r]?.[6]) }));
    errors = cases.flatMap((c, r) =>
      [rows[r]?.[5], rows[r]?.[6]].flatMap((cell) =>
        cell?.t === 'e' ? [`${c.name}: ${String(cell.v)}`] : [],
      ),
    );
  }, 120000);

  it.each(cases.map((c, i) => [c.name, i] as const))(
    '%s: the sheet shows the model’s verdicts',
    (_name, i) => {
      const c = cases[i] as Case;
      const progress = judgeProgress({
        indicator: c.ind,
        window: windowOf(c.period),
        actual: reading(c.actual),
      });
      const forecast = judgeForecast({
        indicator: c.ind,
        actual: reading(c.actual),
        yearEstimate: reading(c.estimate),
      });
      const expected = {
        progress:
          progress.status === 'invalid' || progress.status === 'missing'
            ? ''
            : PROGRESS_TEXT[progress.status],
        forecast:
          forecast.status === 'invalid' || forecast.status === 'missing'
            ? ''
            : FORECAST_TEXT[forecast.status],
      };
      expect(shown[i]).toEqual(expected);
    },
  );

  it('no verdict cell shows an error (#VALUE! on a blank form was a bug of AND over ROUND(""))', () => {
    expect(errors).toEqual([]);
  });
});
