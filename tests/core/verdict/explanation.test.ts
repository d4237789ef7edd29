/** Explanations owed — docs/verdicts.md, rows E1–E4. */
import { needsExplanation } from '../../../src/core/verdict';

describe('explanations', () => {
  it('E1: a missed or near progress with an empty notes cell needs an explanation', () => {
    expect(needsExplanation('missed', 'met', '')).toBe(true);
    expect(needsExplanation('near', 'met', '  ')).toBe(true);
  });

  it('E2: a missed or near forecast needs one too', () => {
    expect(needsExplanation('met', 'missed', '')).toBe(true);
    expect(needsExplanation('notDue', 'near', '')).toBe(true);
  });

  it('E3: met on both counts needs none', () => {
    expect(needsExplanation('met', 'met', '')).toBe(false);
    expect(needsExplanation('notDue', 'missing', '')).toBe(false);
  });

  it('E4: an explanation given is enough', () => {
    expect(needsExplanation('missed', 'missed', 'Do thiếu vốn đối ứng')).toBe(false);
  });
});
