/** Figures as data drawn with table cells — docs/report.md, row L16. */
import type { FigureBlock, TableBlock } from '../../../src/core/report';
import { BAR_STEPS, barSteps, figureBlocks, TONE_FILLS } from '../../../src/core/report';

const figure = (values: number[], scaleMax?: number): FigureBlock => ({
  kind: 'figure',
  caption: 'Hình 1',
  display: 'bars',
  bars: values.map((v, i) => ({ label: `T${i + 1}`, value: v, valueText: String(v), tone: 'met' })),
  ...(scaleMax === undefined ? {} : { scaleMax }),
});

function tableOf(f: FigureBlock): TableBlock {
  const t = figureBlocks(f)[1];
  if (t?.kind !== 'table') throw new Error('no table');
  return t;
}

describe('figures', () => {
  it('L16: a bar fills its share of the scale in 20 steps, the axis starting at zero', () => {
    expect(barSteps(figure([25, 50, 100], 100))).toEqual([5, 10, 20]);
    expect(barSteps(figure([84, 100], 100))).toEqual([17, 20]);
  });

  it('L16: without a scale, the largest value fills the bar — not the smallest', () => {
    expect(barSteps(figure([84, 90, 42]))).toEqual([19, 20, 9]);
  });

  it('L16: zero, negative and missing scales draw no bar; values above the scale are cut at full', () => {
    expect(barSteps(figure([0, -5, 10], 5))).toEqual([0, 0, 20]);
    expect(barSteps(figure([0, 0]))).toEqual([0, 0]);
  });

  it('L16: every bar row spans the same grid — label, 20 steps, value — filled by the verdict', () => {
    const t = tableOf(figure([25, 0, 100], 100));
    expect(t.columns).toHaveLength(BAR_STEPS + 2);
    const bars = t.rows.filter((r) => r.cells.length > 1);
    expect(bars).toHaveLength(3);
    for (const r of bars) expect(r.cells.reduce((n, c) => n + (c.colSpan ?? 1), 0)).toBe(BAR_STEPS + 2);
    expect(bars[0]?.cells[1]).toMatchObject({ colSpan: 5, fill: TONE_FILLS.met });
    expect(bars[1]?.cells[1]).toMatchObject({ colSpan: 20 });
    expect(bars[1]?.cells[1]?.fill).toBeUndefined();
  });

  it('L16: the caption comes first, bold and kept with the figure', () => {
    const [caption] = figureBlocks(figure([1]));
    expect(caption).toMatchObject({ kind: 'paragraph', align: 'center', keepWithNext: true });
  });

  it('L16: the table display is two columns under a header row, values right-aligned', () => {
    const t = tableOf({
      ...figure([40, 52]),
      display: 'table',
      labelHeader: 'Tháng',
      valueHeader: 'Số đơn vị',
    });
    expect(t).toMatchObject({ borders: 'grid', columns: [70, 30] });
    expect(t.headerRows).toHaveLength(1);
    expect(t.rows.map((r) => r.cells[1]?.content[0])).toEqual([
      expect.objectContaining({ align: 'right', runs: [expect.objectContaining({ text: '40' })] }),
      expect.objectContaining({ align: 'right', runs: [expect.objectContaining({ text: '52' })] }),
    ]);
  });
});
