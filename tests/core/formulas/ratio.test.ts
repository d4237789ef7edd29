/** Formula kind "ratio": numerator / denominator × 100 — e.g. the share of allocated capital disbursed. */
import {
  deriveValue,
  formulaExample,
  formulaExcel,
  formulaBase,
  type IndicatorFormula,
} from '../../../src/core/plan/formulas';

const disbursement: IndicatorFormula = { kind: 'ratio', numerator: 'disbursed', denominator: 'allocated' };

describe('formula kind "ratio"', () => {
  it('is numerator / denominator × 100, rounded to 6 decimals', () => {
    expect(deriveValue(disbursement, { allocated: 400, disbursed: 130 })).toBe(32.5);
    expect(deriveValue(disbursement, { allocated: 3, disbursed: 1 })).toBe(33.333333);
  });

  it('has no value over a denominator of 0', () => {
    expect(deriveValue(disbursement, { allocated: 0, disbursed: 0 })).toBeNull();
  });

  it('has no value while an input is missing', () => {
    expect(deriveValue(disbursement, { allocated: 400, disbursed: null })).toBeNull();
    expect(deriveValue(disbursement, { disbursed: 130 })).toBeNull();
  });

  it('writes the same arithmetic for Excel, blank over a denominator of 0', () => {
    const cell = (id: string) => (id === 'disbursed' ? 'K5' : 'M5');
    expect(formulaExcel(disbursement, cell)).toBe('IF(M5=0,"",ROUND(K5/M5*100,6))');
  });

  it('weights agencies’ year estimates by their denominators province-wide', () => {
    expect(formulaBase(disbursement, { allocated: 400, disbursed: 130 })).toBe(400);
  });

  it('has an example that gives the value asked for, capped at 100 %', () => {
    const typed = formulaExample(disbursement, 32.5, 400);
    expect(typed).toEqual({ allocated: 400, disbursed: 130 });
    expect(deriveValue(disbursement, formulaExample(disbursement, 130, 400))).toBe(100);
  });
});
