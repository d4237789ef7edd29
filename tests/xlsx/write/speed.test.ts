/** Writing speed: 3 sheets × 100 rows × 20 columns with styles, number formats, validations and a formula column. */
import type { CellSpec, SheetSpec, ValidationSpec } from '../../../src/core/sheet/spec';
import { writeWorkbook } from '../../../src/xlsx/write';
import { sheet, workbook } from '../../support/writeSpec';

function bigSheet(name: string): SheetSpec {
  const header: CellSpec[] = Array.from({ length: 20 }, (_, c) => ({ v: `Cột ${c + 1}`, s: 'header' }));
  const rows: CellSpec[][] = Array.from({ length: 100 }, (_, r) =>
    Array.from({ length: 20 }, (_, c): CellSpec => {
      if (c === 0) return { v: `CT${String(r + 1).padStart(3, '0')}`, s: 'fixed' };
      if (c === 1) return { v: `Chỉ tiêu số ${r + 1}: tỷ lệ hồ sơ giải quyết đúng hạn`, s: 'cell' };
      if (c === 19) return { f: `IF(C${r + 2}>=D${r + 2},"Đạt","Chưa đạt")`, s: 'cell' };
      return c % 2 === 0
        ? { v: r * c + 0.5, s: 'input', fmt: '#,##0.0' }
        : { v: r + c, s: 'cellNumber', fmt: '0' };
    }),
  );
  const validations: ValidationSpec[] = [];
  for (let r = 2; r <= 101; r++)
    for (const col of ['C', 'E', 'G', 'I', 'K'])
      validations.push({
        range: `${col}${r}`,
        rule: { kind: 'decimal', min: 0, max: 1e12 },
        allowBlank: true,
        prompt: { title: `CT${r - 1}: số liệu`, text: 'Nhập số liệu lũy kế đến kỳ báo cáo.' },
        error: { title: 'Giá trị không hợp lệ', text: 'Hãy nhập một số.', style: 'stop' },
      });
  return sheet(name, [header, ...rows], {
    columns: Array.from({ length: 20 }, () => ({ width: 12 })),
    validations,
    conditionalFormats: [
      { range: 'T2:T101', rules: [{ kind: 'textEquals', text: 'Đạt', style: 'statusMet' }] },
    ],
    freeze: { rows: 1, cols: 2 },
    protect: true,
  });
}

describe('speed', () => {
  it('writes 3 sheets × 100 rows × 20 columns with styles and validations well within a second', async () => {
    const spec = workbook([bigSheet('Một'), bigSheet('Hai'), bigSheet('Ba')]);
    await writeWorkbook(spec); // warm-up: module load, JIT
    const times: number[] = [];
    let size = 0;
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      size = (await writeWorkbook(spec)).length;
      times.push(performance.now() - start);
    }
    const median = [...times].sort((a, b) => a - b)[2] as number;
    console.log(
      `write: 3 × 100 × 20 cells, 1,500 validations: median ${median.toFixed(0)} ms, ${size} bytes`,
    );
    expect(median).toBeLessThan(1000);
  });
});
