/** Formula kind "reduction": (1 − after / before) × 100 — e.g. the cut in the days a procedure takes. */
import {
  deriveValue,
  formulaExample,
  formulaExcel,
  formulaBase,
  type IndicatorFormula,
} from '../../../src/core/plan/formulas';

const cut: IndicatorFormula = { kind: 'reduction', before: 'baselineDays', after: 'currentDays' };

describe('formula kind "reduction"', () => {
  it('is (1 − after / before) × 100', () => {
    expect(deriveValue(cut, { baselineDays: 120, currentDays: 78 })).toBe(35);
  });

  it('is negative when "after" grew', () => {
    expect(deriveValue(cut, { baselineDays: 100, currentDays: 110 })).toBe(-10);
  });

  it('has no value over a "before" of 0, or while an input is missing', () => {
    expect(deriveValue(cut, { baselineDays: 0, currentDays: 5 })).toBeNull();
    expect(deriveValue(cut, { baselineDays: 100, currentDays: null })).toBeNull();
  });

  it('writes the same arithmetic for Excel, blank over a "before" of 0', () => {
    const cell = (id: string) => (id === 'baselineDays' ? 'K5' : 'M5');
    expect(formulaExcel(cut, cell)).toBe('IF(K5=0,"",ROUND((1-M5/K5)*100,6))');
  });

  it('weights agencies’ year estimates by "before" province-wide', () => {
    expect(formulaBase(cut, { baselineDays: 120, currentDays: 78 })).toBe(120);
  });

  it('has an example that gives the value asked for, a cut of at most 95 %', () => {
    expect(formulaExample(cut, 40, 10)).toEqual({ baselineDays: 100, currentDays: 60 });
    expect(deriveValue(cut, formulaExample(cut, 99, 10, Math.round))).toBe(95);
  });
});
