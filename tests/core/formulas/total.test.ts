/** Formula kind "total": Σ terms, in the unit the inputs share — e.g. investment from every source. */
import {
  deriveValue,
  formulaBase,
  formulaExample,
  formulaExcel,
  formulaResult,
  type IndicatorFormula,
} from '../../../src/core/plan/formulas';

const total: IndicatorFormula = {
  kind: 'total',
  terms: ['stateCapital', 'privateCapital', 'foreignCapital'],
};

describe('formula kind "total"', () => {
  it('adds up every term, rounded to 6 decimals', () => {
    expect(
      deriveValue(total, { stateCapital: 600.1, privateCapital: 300.2, foreignCapital: 0.0000004 }),
    ).toBe(900.3);
  });

  it('has no value while a term is missing (a blank is not 0)', () => {
    expect(deriveValue(total, { stateCapital: 600, privateCapital: 300 })).toBeNull();
  });

  it('gives a figure in its inputs’ unit, not a percentage: no base to weight estimates by', () => {
    expect(formulaResult('total')).toBe('inputs');
    expect(formulaBase(total, { stateCapital: 1, privateCapital: 1, foreignCapital: 1 })).toBeNull();
  });

  it('writes the same arithmetic for Excel', () => {
    const cell = (id: string) =>
      ({ stateCapital: 'K5', privateCapital: 'M5', foreignCapital: 'O5' })[id] ?? '';
    expect(formulaExcel(total, cell)).toBe('ROUND((K5+M5+O5),6)');
  });

  it('has an example that adds up to the value asked for', () => {
    expect(deriveValue(total, formulaExample(total, 900, 100, Math.round))).toBe(900);
  });
});
