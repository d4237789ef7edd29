/**
 * The formula-kind registry as a whole: what every kind must provide, and that the plan schema, the checker and the
 * plan sheets take their shapes from it (so no other module names a kind — tests/repo/formulaKinds.test.ts checks
 * that). Every kind is tried here over the same two inputs "x" and "y".
 */
import {
  deriveValue,
  FORMULA_KINDS,
  formulaExample,
  formulaFromOperands,
  formulaInputs,
  formulaResult,
  kindOperands,
  type FormulaKind,
  type IndicatorFormula,
} from '../../../src/core/plan/formulas';
import { checkPlan } from '../../../src/core/plan/check';
import { testPlan } from '../../support/plans';

/** Each input with the operand it fills: a kind of one operand takes both, else one each, in operand order. */
function operandsOf(kind: FormulaKind): { id: string; operand: string }[] {
  const ops = kindOperands(kind);
  return ['x', 'y'].map((id, i) => ({ id, operand: (ops.length === 1 ? ops[0] : ops[i])?.operand ?? '' }));
}

/** A formula of `kind` over inputs "x" and "y". */
const over = (kind: FormulaKind) => formulaFromOperands(kind, operandsOf(kind)) as IndicatorFormula;

/** The test plan with CT02's formula replaced (its inputs renamed x and y, its measure what the kind gives). */
function planWithFormula(formula: unknown, kind: FormulaKind) {
  const plan = testPlan() as unknown as { indicators: Record<string, unknown>[] };
  const ct02 = plan.indicators[1] as { inputs: { id: string }[]; formula?: unknown; measure: string };
  ct02.inputs[0]!.id = 'x';
  ct02.inputs[1]!.id = 'y';
  ct02.formula = formula;
  ct02.measure = formulaResult(kind) === 'percent' ? 'percent' : 'amount';
  return plan;
}

describe.each(FORMULA_KINDS)('formula kind "%s"', (kind) => {
  it('names distinct operands, each reading one input or a list', () => {
    const names = kindOperands(kind).map((o) => o.operand);
    expect(new Set(names).size).toBe(names.length);
    for (const o of kindOperands(kind)) expect(['one', 'many']).toContain(o.arity);
  });

  it('has an example that gives back the value asked for', () => {
    for (const value of [10, 40])
      expect(deriveValue(over(kind), formulaExample(over(kind), value, 50))).toBe(value);
  });

  it('reads each of its inputs once', () => {
    expect(formulaInputs(over(kind))).toEqual(['x', 'y']);
  });

  it('is accepted by the plan schema with its operands, and refused without one', () => {
    expect(checkPlan(planWithFormula(over(kind), kind)).ok).toBe(true);
    const [first] = kindOperands(kind);
    const missing = { ...over(kind) } as Record<string, unknown>;
    delete missing[first!.operand];
    const refused = checkPlan(planWithFormula(missing, kind));
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.problems[0]?.path).toEqual(['indicators', 1, 'formula', first!.operand]);
  });

  it('is refused on an indicator whose measure does not fit what it gives', () => {
    const plan = planWithFormula(over(kind), kind);
    const ct02 = plan.indicators[1] as { measure: string };
    ct02.measure = ct02.measure === 'percent' ? 'amount' : 'percent';
    const refused = checkPlan(plan);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.problems.map((p) => p.path)).toContainEqual(['indicators', 1, 'measure']);
  });

  it('is built back from the plan sheets’ operand of each input', () => {
    expect(formulaFromOperands(kind, operandsOf(kind))).toEqual(over(kind));
  });
});

describe('the registry', () => {
  it('refuses a kind it does not have, in the schema and from the plan sheets', () => {
    const refused = checkPlan(planWithFormula({ kind: 'average', before: 'x', after: 'y' }, 'ratio'));
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.problems[0]?.path).toEqual(['indicators', 1, 'formula', 'kind']);
    expect(formulaFromOperands('average', operandsOf('ratio'))).toBeNull();
    expect(formulaFromOperands('toString', operandsOf('ratio'))).toBeNull();
  });

  it('refuses an input the formula does not read, and one it reads twice', () => {
    const unused = planWithFormula({ kind: 'ratio', numerator: 'x', denominator: 'x' }, 'ratio');
    const refused = checkPlan(unused);
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.problems.map((p) => [p.code, p.path])).toEqual([
        ['input_read_twice', ['indicators', 1, 'formula']],
        ['input_unused', ['indicators', 1, 'inputs', 1, 'id']],
      ]);
  });

  it('lifts the two-input limit: a kind with a list operand reads any number of inputs', () => {
    const plan = planWithFormula({ kind: 'share', part: ['x', 'y'], rest: ['z'] }, 'share');
    const ct02 = plan.indicators[1] as { inputs: { id: string; name: string; unit: string }[] };
    ct02.inputs.push({ id: 'z', name: 'Z', unit: 'tỷ đồng' });
    expect(checkPlan(plan).ok).toBe(true);
  });
});
