/**
 * The formula-kind registry as a whole: what every kind must provide, and that the plan schema and the plan sheets
 * take their shapes from it (so no other module names a kind — tests/repo/formulaKinds.test.ts checks that).
 */
import {
  deriveValue,
  FORMULA_KINDS,
  FORMULAS,
  formulaExample,
  formulaFromOperands,
  type IndicatorFormula,
} from '../../../src/core/plan/formulas';
import { checkPlan } from '../../../src/core/plan/check';
import { testPlan } from '../../support/plans';

/** A formula of `kind` over inputs "x" and "y", in operand order. */
const over = (kind: string) => formulaFromOperands(kind, ['x', 'y']) as IndicatorFormula;

/** The test plan with CT02's formula replaced (its inputs renamed x and y). */
function planWithFormula(formula: unknown) {
  const plan = testPlan() as unknown as { indicators: Record<string, unknown>[] };
  const ct02 = plan.indicators[1] as { inputs: { id: string }[]; formula?: unknown };
  ct02.inputs[0]!.id = 'x';
  ct02.inputs[1]!.id = 'y';
  ct02.formula = formula;
  return plan;
}

describe.each(FORMULA_KINDS)('formula kind "%s"', (kind) => {
  const def = FORMULAS[kind];

  it('names two distinct operands (the plan keeps its two-input limit) and weights by one of them', () => {
    expect(new Set(def.operands).size).toBe(2);
    expect(def.operands as readonly string[]).toContain(def.weight);
  });

  it('has an example that gives back the value asked for', () => {
    for (const value of [10, 40])
      expect(deriveValue(over(kind), formulaExample(over(kind), value, 50))).toBe(value);
  });

  it('is accepted by the plan schema with its operands, and refused without one', () => {
    expect(checkPlan(planWithFormula(over(kind))).ok).toBe(true);
    const [first] = def.operands;
    const missing = { ...over(kind) } as Record<string, unknown>;
    delete missing[first as string];
    const refused = checkPlan(planWithFormula(missing));
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.problems[0]?.path).toEqual(['indicators', 1, 'formula', first]);
  });

  it('round-trips through the plan sheet columns A and B', () => {
    expect(formulaFromOperands(kind, ['x', 'y'])).toEqual({
      kind,
      [def.operands[0]!]: 'x',
      [def.operands[1]!]: 'y',
    });
  });
});

describe('the registry', () => {
  it('refuses a kind it does not have, in the schema and from the plan sheets', () => {
    const refused = checkPlan(planWithFormula({ kind: 'average', before: 'x', after: 'y' }));
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.problems[0]?.path).toEqual(['indicators', 1, 'formula', 'kind']);
    expect(formulaFromOperands('average', ['x', 'y'])).toBeNull();
    expect(formulaFromOperands('toString', ['x', 'y'])).toBeNull();
  });
});
