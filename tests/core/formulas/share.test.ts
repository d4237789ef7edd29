/** Formula kind "share": Σ part / (Σ part + Σ rest) × 100 — the share some inputs make of the total of all of them. */
import {
  deriveValue,
  formulaBase,
  formulaExample,
  formulaExcel,
  formulaInputs,
  type IndicatorFormula,
} from '../../../src/core/plan/formulas';

/** Non-state investment (private and foreign) as a share of all investment (state, private, foreign). */
const nonState: IndicatorFormula = {
  kind: 'share',
  part: ['privateCapital', 'foreignCapital'],
  rest: ['stateCapital'],
};
const typed = { stateCapital: 600, privateCapital: 300, foreignCapital: 100 };

describe('formula kind "share"', () => {
  it('is the parts over the total of every input, × 100, over any number of inputs', () => {
    expect(deriveValue(nonState, typed)).toBe(40);
    expect(formulaInputs(nonState)).toEqual(['privateCapital', 'foreignCapital', 'stateCapital']);
  });

  it('has no value over a total of 0, or while any input is missing', () => {
    expect(deriveValue(nonState, { stateCapital: 0, privateCapital: 0, foreignCapital: 0 })).toBeNull();
    expect(deriveValue(nonState, { ...typed, foreignCapital: null })).toBeNull();
  });

  it('writes the same arithmetic for Excel over the sums of its cells, blank over a total of 0', () => {
    const cell = (id: string) =>
      ({ stateCapital: 'K5', privateCapital: 'M5', foreignCapital: 'O5' })[id] ?? '';
    expect(formulaExcel(nonState, cell)).toBe('IF(((M5+O5)+K5)=0,"",ROUND((M5+O5)/((M5+O5)+K5)*100,6))');
  });

  it('weights agencies’ year estimates by the total province-wide', () => {
    expect(formulaBase(nonState, typed)).toBe(1000);
  });

  it('has an example that gives the value asked for, the part shared among its inputs', () => {
    const example = formulaExample(nonState, 40, 1000);
    expect(example).toEqual({ privateCapital: 200, foreignCapital: 200, stateCapital: 600 });
    expect(deriveValue(nonState, example)).toBe(40);
  });
});
