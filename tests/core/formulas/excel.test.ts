/**
 * Every formula kind's Excel formula, recalculated by a real spreadsheet (LibreOffice headless), gives exactly what
 * core computes — the template shows agencies the same number the validator judges. One workbook, a sheet per kind.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  deriveValue,
  FORMULA_KINDS,
  formulaExcel,
  formulaFromOperands,
  kindOperands,
  type FormulaKind,
  type IndicatorFormula,
} from '../../../src/core/plan/formulas';
import type { CellSpec, SheetSpec } from '../../../src/core/sheet/spec';
import { readWorkbook } from '../../../src/xlsx/read';
import { writeWorkbook } from '../../../src/xlsx/write';
import { libreOfficeConvert, tempDir } from '../../support/external';

/** Input pairs (x, y) in operand order: ordinary, equal, a zero divisor either way, negative change, decimals. */
const SAMPLES: [number, number][] = [
  [130, 400],
  [400, 130],
  [50, 50],
  [0, 70],
  [70, 0],
  [1200.5, 1338.25],
  [3, 1],
];

/** A formula of `kind` over "x" then "y": a kind of one (list) operand reads both; else one operand each. */
function formulaOf(kind: FormulaKind): IndicatorFormula {
  const ops = kindOperands(kind);
  const inputs = ['x', 'y'].map((id, i) => ({ id, operand: (ops.length === 1 ? ops[0] : ops[i])?.operand }));
  return formulaFromOperands(kind, inputs) as IndicatorFormula;
}

function sheetOf(kind: FormulaKind): SheetSpec {
  const formula = formulaOf(kind);
  const cells: CellSpec[][] = SAMPLES.map(([x, y], r) => [
    { v: x },
    { v: y },
    {
      f: `IF(OR(NOT(ISNUMBER(A${r + 1})),NOT(ISNUMBER(B${r + 1}))),"",${formulaExcel(formula, (id) => (id === 'x' ? `A${r + 1}` : `B${r + 1}`))})`,
    },
  ]);
  return {
    name: kind,
    visibility: 'visible',
    cells,
    columns: [{ width: 10 }, { width: 10 }, { width: 14 }],
    merges: [],
    validations: [],
    conditionalFormats: [],
    tables: [],
    charts: [],
  };
}

describe('formula kinds in a real spreadsheet', () => {
  it('each kind’s formula, recalculated by LibreOffice, equals core’s value (blank where core has none)', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'formulas.xlsx');
    const spec = {
      sheets: FORMULA_KINDS.map(sheetOf),
      styles: {},
      properties: { title: 'formulas', creator: 'test', created: '2025-07-01T00:00:00Z' },
    };
    writeFileSync(file, await writeWorkbook(spec));
    const recalculated = libreOfficeConvert(file, 'xlsx', path.join(dir, 'lo'));
    const read = readWorkbook(new Uint8Array(readFileSync(recalculated)), 'lo.xlsx');
    if (!read.ok) throw new Error(`unreadable: ${read.issue.code}`);
    for (const kind of FORMULA_KINDS) {
      const rows = read.snapshot.sheets.find((s) => s.name === kind)?.rows ?? [];
      const shown = SAMPLES.map((_, r) => {
        const cell = rows[r]?.[2] ?? null;
        return cell?.t === 'n' ? cell.v : cell?.t === 's' && cell.v === '' ? null : cell;
      });
      const computed = SAMPLES.map(([x, y]) => deriveValue(formulaOf(kind), { x, y }));
      expect({ kind, values: shown }).toEqual({ kind, values: computed });
    }
  });
});
