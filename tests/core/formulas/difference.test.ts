/** Formula kind "difference": after − before — e.g. enterprises added since the start of the year. */
import {
  deriveValue,
  formulaExample,
  formulaExcel,
  formulaResult,
  type IndicatorFormula,
} from '../../../src/core/plan/formulas';

const added: IndicatorFormula = { kind: 'difference', after: 'enterprisesNow', before: 'enterprisesJanuary' };

describe('formula kind "difference"', () => {
  it('is after − before, negative when the figure fell', () => {
    expect(deriveValue(added, { enterprisesNow: 2150, enterprisesJanuary: 2000 })).toBe(150);
    expect(deriveValue(added, { enterprisesNow: 1990, enterprisesJanuary: 2000 })).toBe(-10);
  });

  it('has no value while an input is missing', () => {
    expect(deriveValue(added, { enterprisesNow: 2150 })).toBeNull();
  });

  it('gives a figure in its inputs’ unit', () => {
    expect(formulaResult('difference')).toBe('inputs');
  });

  it('writes the same arithmetic for Excel', () => {
    const cell = (id: string) => (id === 'enterprisesNow' ? 'M5' : 'K5');
    expect(formulaExcel(added, cell)).toBe('ROUND(M5-K5,6)');
  });

  it('has an example that gives the value asked for', () => {
    expect(deriveValue(added, formulaExample(added, 150, 2000))).toBe(150);
  });
});
