/** The "Dữ liệu" sheet's measure words: an input by its Vietnamese name, read back to its id; older words still read. */
import { inputNames, measureCode, measureText } from '../../../src/core/consolidate/labels';
import { testPlan } from '../../support/plans';

const plan = testPlan();
const derived = plan.indicators.find((i) => (i.inputs ?? []).length > 0);
const input = derived?.inputs?.[0];
const names = inputNames(plan.indicators);

describe('measure words of the data sheet', () => {
  it('writes an input by its name in the plan, never its id', () => {
    expect(derived && input).toBeTruthy();
    const text = measureText(`input:${input?.id}`, derived?.id ?? '', names);
    expect(text).toBe(`Đầu vào: ${input?.name}`);
    expect(text).not.toContain(input?.id ?? '?');
  });

  it('reads the name back to the input', () => {
    expect(measureCode(`Đầu vào: ${input?.name}`, derived?.id ?? '', names)).toBe(`input:${input?.id}`);
  });

  it('reads the words of workbooks written before inputs were named ("Đầu vào: <id>")', () => {
    expect(measureCode(`Đầu vào: ${input?.id}`, derived?.id ?? '', names)).toBe(`input:${input?.id}`);
  });

  it('does not read a name the indicator has no input of', () => {
    expect(measureCode('Đầu vào: Số liệu không có trong kế hoạch', derived?.id ?? '', names)).toBeNull();
  });
});
