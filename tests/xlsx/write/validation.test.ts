/** Data validation: rules, blanks, Vietnamese prompts and error messages, over whole ranges. */
import type { ValidationSpec } from '../../../src/core/sheet/spec';
import { writeWorkbook } from '../../../src/xlsx/write';
import { clip, LIST_SOURCE_LIMIT, TEXT_LIMITS } from '../../../src/xlsx/write/validation';
import { loadWithExcelJS, partText, sheetOf } from '../../support/writeFiles';
import { sheet, workbook } from '../../support/writeSpec';

const PROMPT = {
  title: 'CT01: thực hiện',
  text: 'Kết quả thực hiện lũy kế đến kỳ báo cáo. Giá trị từ 0 đến 100.',
};
const ERROR = {
  title: 'Giá trị không hợp lệ',
  text: 'Hãy nhập một số từ 0 đến 100 (không nhập chữ).',
  style: 'stop',
} as const;
const STATUSES = ['Chưa triển khai', 'Đang thực hiện', 'Hoàn thành', 'Hoàn thành chậm'];

async function written(validations: ValidationSpec[]) {
  const bytes = await writeWorkbook(workbook([sheet('Chỉ tiêu', [], { validations })]));
  return { bytes, ws: sheetOf(await loadWithExcelJS(bytes), 'Chỉ tiêu') };
}

describe('data validation rules', () => {
  it('writes a decimal range with its prompt and stop message, over the whole range as one sqref', async () => {
    const { bytes, ws } = await written([
      {
        range: 'J5:J20',
        rule: { kind: 'decimal', min: 0, max: 100 },
        allowBlank: true,
        prompt: PROMPT,
        error: ERROR,
      },
    ]);
    expect(partText(bytes, 'xl/worksheets/sheet1.xml')).toMatch(
      /<dataValidations count="1">.*sqref="J5:J20"/,
    );
    for (const address of ['J5', 'J20'])
      expect(ws.getCell(address).dataValidation).toMatchObject({
        type: 'decimal',
        operator: 'between',
        formulae: [0, 100],
        allowBlank: true,
        showInputMessage: true,
        promptTitle: PROMPT.title,
        prompt: PROMPT.text,
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: ERROR.title,
        error: ERROR.text,
      });
    expect(ws.getCell('J21').dataValidation).toBeUndefined();
  });

  it('writes whole numbers, and shows the error alert even when the spec has no message', async () => {
    const { ws } = await written([
      { range: 'K5', rule: { kind: 'whole', min: 0, max: 100 }, allowBlank: false },
    ]);
    const dv = ws.getCell('K5').dataValidation;
    expect(dv).toMatchObject({ type: 'whole', formulae: [0, 100], showErrorMessage: true });
    expect(dv.allowBlank).toBeFalsy();
    expect(dv.showInputMessage).toBeFalsy();
  });

  it('writes an inline list of Vietnamese choices, quoted and comma-separated', async () => {
    const { bytes, ws } = await written([
      {
        range: 'F5:F9',
        rule: { kind: 'list', values: STATUSES },
        allowBlank: true,
        error: { ...ERROR, style: 'warning' },
      },
    ]);
    expect(partText(bytes, 'xl/worksheets/sheet1.xml')).toContain(
      '<formula1>&quot;Chưa triển khai,Đang thực hiện,Hoàn thành,Hoàn thành chậm&quot;</formula1>',
    );
    expect(ws.getCell('F7').dataValidation).toMatchObject({
      type: 'list',
      formulae: [`"${STATUSES.join(',')}"`],
      errorStyle: 'warning',
    });
  });

  it('writes date bounds as Excel serial numbers', async () => {
    const { bytes, ws } = await written([
      {
        range: 'G5',
        rule: { kind: 'date', min: 45658, max: 46022 },
        allowBlank: true,
        error: { ...ERROR, style: 'information' },
      },
    ]);
    expect(partText(bytes, 'xl/worksheets/sheet1.xml')).toContain(
      '<formula1>45658</formula1><formula2>46022</formula2>',
    );
    const dv = ws.getCell('G5').dataValidation;
    expect(dv.type).toBe('date');
    expect((dv.formulae as Date[]).map((d) => d.toISOString().slice(0, 10))).toEqual([
      '2025-01-01',
      '2025-12-31',
    ]);
    expect(dv.errorStyle).toBe('information');
  });

  it('writes a text-length limit as "less than or equal"', async () => {
    const { ws } = await written([
      { range: 'N5:N9', rule: { kind: 'textLength', max: 2000 }, allowBlank: true },
    ]);
    expect(ws.getCell('N9').dataValidation).toMatchObject({
      type: 'textLength',
      operator: 'lessThanOrEqual',
      formulae: [2000],
    });
  });

  it('shortens prompts and messages longer than Excel allows, with "…"', async () => {
    const long =
      'Số lượng hồ sơ thủ tục hành chính được giải quyết đúng hạn trên môi trường điện tử. '.repeat(5);
    const { ws } = await written([
      {
        range: 'J5',
        rule: { kind: 'decimal', min: 0, max: 1 },
        allowBlank: true,
        prompt: { title: `CT01: ${long}`, text: long },
        error: { title: long, text: long, style: 'stop' },
      },
    ]);
    const dv = ws.getCell('J5').dataValidation;
    expect(dv.promptTitle).toHaveLength(TEXT_LIMITS.promptTitle);
    expect(dv.promptTitle?.endsWith('…')).toBe(true);
    expect(dv.prompt).toHaveLength(TEXT_LIMITS.prompt);
    expect(dv.errorTitle).toHaveLength(TEXT_LIMITS.errorTitle);
    expect(dv.error).toHaveLength(TEXT_LIMITS.error);
    expect(clip('Đạt', 32)).toBe('Đạt');
  });
});

describe('data validation refusals', () => {
  const base = { allowBlank: true } as const;

  it('refuses list values containing a comma (Excel’s separator)', async () => {
    await expect(
      written([{ ...base, range: 'F5', rule: { kind: 'list', values: ['Đạt', 'Gần đạt, cần cố gắng'] } }]),
    ).rejects.toThrow(/validation F5: a list value may not contain a comma/);
  });

  it(`refuses an inline list longer than ${LIST_SOURCE_LIMIT} characters`, async () => {
    const values = Array.from({ length: 30 }, (_, i) => `Trạng thái số ${i + 1}`);
    await expect(written([{ ...base, range: 'F5', rule: { kind: 'list', values } }])).rejects.toThrow(
      /inline list is limited to 255 characters/,
    );
  });

  it('refuses an empty list', async () => {
    await expect(written([{ ...base, range: 'F5', rule: { kind: 'list', values: [] } }])).rejects.toThrow(
      /at least one value/,
    );
  });

  it('refuses overlapping validation ranges', async () => {
    await expect(
      written([
        { ...base, range: 'J5:J20', rule: { kind: 'decimal', min: 0, max: 1 } },
        { ...base, range: 'I10:K10', rule: { kind: 'whole', min: 0, max: 1 } },
      ]),
    ).rejects.toThrow(/validation I10:K10: overlaps validation J5:J20/);
  });

  it('refuses bounds out of order and fractional whole-number bounds', async () => {
    await expect(
      written([{ ...base, range: 'J5', rule: { kind: 'decimal', min: 5, max: 1 } }]),
    ).rejects.toThrow(/min ≤ max/);
    await expect(
      written([{ ...base, range: 'J5', rule: { kind: 'whole', min: 0, max: 1.5 } }]),
    ).rejects.toThrow(/must be integers/);
  });

  it('refuses a range that is not A1', async () => {
    await expect(
      written([{ ...base, range: 'J5:', rule: { kind: 'decimal', min: 0, max: 1 } }]),
    ).rejects.toThrow(/not an A1 range/);
  });
});
