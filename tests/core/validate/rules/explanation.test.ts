/** Rule explanation: a near or missed verdict comes with an explanation — docs/verdicts.md, E1–E4. */
import { explanation } from '../../../../src/core/validate/rules/indicator/explanation';
import { SHEETS } from '../../../../src/core/template/model';
import { testPlan } from '../../../support/plans';
import { addressOf, cleanSubmission, fillIndicator } from '../../../support/snapshots';
import { checkWith, indicatorRow } from './rows';

const plan = testPlan();
const row = (values: Parameters<typeof fillIndicator>[2]) => {
  const snap = cleanSubmission(plan, 'so-tc', '2025-07');
  fillIndicator(snap, 'CT01', values);
  return { snap, row: indicatorRow(plan, snap, 'CT01') };
};

describe('rule explanation', () => {
  it('E1: a missed progress with an empty notes cell is a warning at that cell, naming the verdict', () => {
    const { snap, row: r } = row({ actual: 6, yearEstimate: 8.2 });
    expect(checkWith(explanation, r)).toEqual([
      expect.objectContaining({
        code: 'EXPLANATION_MISSING',
        severity: 'warning',
        cell: addressOf(snap, SHEETS.indicators, 'CT01', 'notes'),
        found: 'Chưa đạt',
      }),
    ]);
  });

  it('E2: a forecast that is hard to meet needs one too', () => {
    expect(checkWith(explanation, row({ actual: 8.2, yearEstimate: 6 }).row)).toMatchObject([
      { code: 'EXPLANATION_MISSING', found: 'Khó đạt' },
    ]);
  });

  it('E3: met on both counts needs none', () => {
    expect(checkWith(explanation, row({ actual: 8.2, yearEstimate: 8.4 }).row)).toEqual([]);
  });

  it('E4: an explanation given is enough', () => {
    expect(checkWith(explanation, row({ actual: 6, yearEstimate: 6, notes: 'Do thiên tai.' }).row)).toEqual(
      [],
    );
  });
});
