/** Formula kind "growth": (after / before − 1) × 100 — e.g. revenue against the same period of last year. */
import {
  deriveValue,
  formulaExample,
  formulaExcel,
  formulaBase,
  type IndicatorFormula,
} from '../../../src/core/plan/formulas';

const growth: IndicatorFormula = { kind: 'growth', before: 'lastYear', after: 'thisYear' };

describe('formula kind "growth"', () => {
  it('is (after / before − 1) × 100', () => {
    expect(deriveValue(growth, { lastYear: 1200, thisYear: 1338 })).toBe(11.5);
  });

  it('is negative when the value fell', () => {
    expect(deriveValue(growth, { lastYear: 200, thisYear: 150 })).toBe(-25);
  });

  it('has no value over a "before" of 0, or while an input is missing', () => {
    expect(deriveValue(growth, { lastYear: 0, thisYear: 5 })).toBeNull();
    expect(deriveValue(growth, { lastYear: 100 })).toBeNull();
  });

  it('writes the same arithmetic for Excel, blank over a "before" of 0', () => {
    const cell = (id: string) => (id === 'lastYear' ? 'K5' : 'M5');
    expect(formulaExcel(growth, cell)).toBe('IF(K5=0,"",ROUND((M5/K5-1)*100,6))');
  });

  it('weights agencies’ year estimates by "before" province-wide', () => {
    expect(formulaBase(growth, { lastYear: 1200, thisYear: 1338 })).toBe(1200);
  });

  it('has an example that gives the value asked for', () => {
    expect(deriveValue(growth, formulaExample(growth, 11.5, 120))).toBe(11.5);
  });
});
