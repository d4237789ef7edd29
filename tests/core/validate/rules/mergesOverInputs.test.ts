/** Rule mergesOverInputs: a merged range over input cells is reported at the merge. */
import { mergesOverInputs } from '../../../../src/core/validate/rules/merges';
import { checkWith } from './rows';

const input = (row: number, col: number, subject: string) => ({
  range: { top: row, bottom: row, left: col, right: col },
  subject,
});

describe('rule mergesOverInputs', () => {
  const inputs = [input(4, 10, 'CT01'), input(5, 10, 'CT02')];

  it('reports each merge that covers an input cell, naming the first row it covers', () => {
    const issues = checkWith(mergesOverInputs, { sheet: 'Chỉ tiêu', merges: ['K5:K6', 'A1:T1'], inputs });
    expect(issues).toMatchObject([{ code: 'MERGE_OVER_INPUT', cell: 'K5:K6', subject: 'CT01' }]);
  });

  it('ignores merges away from the inputs, and ranges it cannot read', () => {
    expect(checkWith(mergesOverInputs, { sheet: 'Chỉ tiêu', merges: ['A1:T1', 'nonsense'], inputs })).toEqual(
      [],
    );
  });
});
