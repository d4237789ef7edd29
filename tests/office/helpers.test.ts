/** The adapter's pure parts: addresses, units, payload estimates, request packing, style grouping, clash planning. */
import type { CellSpec, ValidationSpec } from '../../src/core/sheet/spec';
import { parseAddressList, parseSheetAddress } from '../../src/office/address';
import { packRequests } from '../../src/office/batches';
import { cellChunks } from '../../src/office/cellChunks';
import { parseMemory, serializeMemory } from '../../src/office/highlightMemory';
import { planInsert } from '../../src/office/insertPlan';
import { jsonBytes } from '../../src/office/payload';
import { toCell } from '../../src/office/snapshotCells';
import { styleRects } from '../../src/office/styleRects';
import { columnWidthPoints } from '../../src/office/units';
import { officeValidation } from '../../src/office/validation';
import { emptySheet } from './specs';

describe('Office addresses', () => {
  it('drop a quoted sheet name, quotes and "!" inside it included', () => {
    expect(parseSheetAddress("'Chỉ tiêu'!B2:T40")).toEqual({ top: 1, left: 1, bottom: 39, right: 19 });
    expect(parseSheetAddress("'It''s a!b'!C3")).toEqual({ top: 2, left: 2, bottom: 2, right: 2 });
  });

  it('split a RangeAreas list on commas outside quoted names', () => {
    expect(parseAddressList("'a, b'!A1:B1, 'a, b'!D4")).toEqual([
      { top: 0, left: 0, bottom: 0, right: 1 },
      { top: 3, left: 3, bottom: 3, right: 3 },
    ]);
  });
});

describe('column widths', () => {
  it.each([
    [9.140625, 48],
    [10, 52.5],
    [16, 84],
    [0, 0],
  ])('a file width of %p characters shows as %p points, as in the CLI’s .xlsx', (chars, points) =>
    expect(columnWidthPoints(chars)).toBe(points),
  );
});

describe('payload estimate', () => {
  it.each([
    [[['Sở Tài chính', -5.25, true, null]]],
    [[['"quoted" \\ and \u0001 control', '😀 emoji', 'tiếng Việt']]],
    [{ decimal: { formula1: 0, formula2: 1e12, operator: 'Between' } }],
  ])('equals the UTF-8 length of the JSON of %j', (value) => {
    expect(jsonBytes(value)).toBe(new TextEncoder().encode(JSON.stringify(value)).length);
  });
});

describe('packing requests', () => {
  const step = (bytes: number) => ({ bytes, queue: () => undefined });

  it('keeps steps in order and starts a new request before the budget would be passed', () => {
    const requests = packRequests([step(40), step(40), step(40), step(10)], 100);
    expect(requests.map((r) => r.map((s) => s.bytes))).toEqual([
      [40, 40],
      [40, 10],
    ]);
  });

  it('sends a step bigger than the budget alone rather than dropping it', () => {
    expect(packRequests([step(10), step(500), step(10)], 100).map((r) => r.length)).toEqual([1, 1, 1]);
  });
});

describe('cell chunks', () => {
  const sheet = (cells: (CellSpec | null)[][]) => ({ ...emptySheet('S'), cells });

  it('cut whole rows at the cell limit and address each chunk', () => {
    const cells = Array.from({ length: 5 }, (_, r) => [{ v: r }, { v: r * 2 }]);
    expect(cellChunks(sheet(cells), 4).map((c) => c.address)).toEqual(['A1:B2', 'A3:B4', 'A5:B5']);
  });

  it('write formulas with "=" through formulas and leave empty cells as null', () => {
    const [chunk] = cellChunks(sheet([[{ f: 'A2*2' }, null, { v: 3 }]]));
    expect(chunk).toMatchObject({ formulas: true, values: [['=A2*2', null, 3]], numberFormat: null });
  });

  it('give text the "@" format and leave numbers in theirs', () => {
    const [chunk] = cellChunks(sheet([[{ v: '-abc' }, { v: -5, fmt: '0.0' }, { v: 'x', fmt: '@' }]]));
    expect(chunk).toMatchObject({ numberFormat: [['@', '0.0', '@']], textCells: 1 });
  });

  it('never put a formula into a Text cell, where it would stay text', () => {
    const [chunk] = cellChunks(sheet([[{ f: 'A2', fmt: '@' }, { v: 'x' }]]));
    expect(chunk?.numberFormat).toEqual([[null, '@']]);
  });

  it('refuse a number Excel cannot hold', () => {
    expect(() => cellChunks(sheet([[{ v: Number.NaN }]]))).toThrow('S!A1');
  });
});

describe('style rectangles', () => {
  it('join equal runs of consecutive rows into one rectangle', () => {
    const row = (): (CellSpec | null)[] => [{ s: 'fixed' }, { s: 'input' }, { s: 'input' }, null];
    expect(styleRects([row(), row(), row()])).toEqual([
      { style: 'fixed', range: { top: 0, bottom: 2, left: 0, right: 0 } },
      { style: 'input', range: { top: 0, bottom: 2, left: 1, right: 2 } },
    ]);
  });

  it('start a new rectangle where a run changes width', () => {
    const rects = styleRects([[{ s: 'a' }, { s: 'a' }], [{ s: 'a' }]]);
    expect(rects.map((r) => r.range)).toEqual([
      { top: 0, bottom: 0, left: 0, right: 1 },
      { top: 1, bottom: 1, left: 0, right: 0 },
    ]);
  });
});

describe('planning an insert', () => {
  const spec = {
    sheets: [
      emptySheet('Chỉ tiêu'),
      { ...emptySheet('Dữ liệu'), tables: [{ name: 'T1', range: 'A1:B2', style: 's' }] },
    ],
    styles: {},
    properties: { title: '', creator: '', created: '' },
  };

  it('compares sheet names without regard to case', () => {
    expect(planInsert(spec, ['CHỈ TIÊU'], [], false)).toEqual({
      ok: false,
      sheets: ['CHỈ TIÊU'],
      tables: [],
    });
  });

  it('writes every new sheet and table under a free temporary name, and names where the old ones go aside', () => {
    expect(
      planInsert(spec, ['Chỉ tiêu', '(tạm 1) Chỉ tiêu'], [{ name: 'T1', sheet: 'Chỉ tiêu' }], true),
    ).toEqual({
      ok: true,
      plan: {
        temporary: ['(tạm 2) Chỉ tiêu', '(tạm 3) Dữ liệu'],
        temporaryTables: [[], ['Tam1_T1']],
        replaced: [{ name: 'Chỉ tiêu', asideAs: '(cũ 4) Chỉ tiêu' }],
        replacedTables: [{ name: 'T1', asideAs: 'Cu2_T1' }],
      },
    });
  });

  it('keeps temporary sheet names within Excel’s 31 characters, never ending in an apostrophe', () => {
    // 22 characters, then the apostrophe that would be the 31st character of "(tạm 1) …".
    const long = { ...spec, sheets: [emptySheet("Mười-một-chữ-và-mười-x'y")] };
    const plan = planInsert(long, [], [], false);
    if (!plan.ok) throw new Error('unexpected clash');
    expect(plan.plan.temporary).toEqual(['(tạm 1) Mười-một-chữ-và-mười-x']);
  });

  it('accepts a clashing table that goes away with its replaced sheet', () => {
    expect(planInsert(spec, ['Dữ liệu'], [{ name: 't1', sheet: 'Dữ liệu' }], true).ok).toBe(true);
  });
});

describe('reading a cell', () => {
  it.each([
    [[45855, 'Double', 45855, 'dd/mm/yyyy'], { t: 'd', v: '2025-07-17' }],
    [[45855.5, 'Double', 45855.5, 'dd/mm/yyyy hh:mm'], { t: 'd', v: '2025-07-17T12:00:00' }],
    [[-5, 'Double', -5, '0.0'], { t: 'n', v: -5 }],
    [[0.085, 'Double', 0.085, '0.0%'], { t: 'n', v: 0.085, percent: true }],
    [[8.5, 'Double', 8.5, '0.0"%"'], { t: 'n', v: 8.5 }],
    [['#N/A', 'Error', '=NA()', 'General'], { t: 'e', v: '#N/A', f: 'NA()' }],
    [['', 'Empty', '=IF(A1="","",1)', 'General'], { t: 's', v: '', f: 'IF(A1="","",1)' }],
    [['=SUM(A1)', 'String', '=SUM(A1)', '@'], { t: 's', v: '=SUM(A1)' }],
    [[true, 'Boolean', true, 'General'], { t: 'b', v: true }],
    [['', 'Empty', '', 'General'], null],
  ])('%j → %j', ([value, type, formula, format], expected) => {
    expect(toCell(value, type as string, formula, format)).toEqual(expected);
  });
});

describe('validation texts', () => {
  const v = (title: string, text: string): ValidationSpec => ({
    range: 'A1',
    rule: { kind: 'list', values: ['Có', 'Không'] },
    allowBlank: true,
    prompt: { title, text },
  });

  it('are shortened to Excel’s 32 and 255 characters, and counted', () => {
    const out = officeValidation(v('t'.repeat(40), 'm'.repeat(300)));
    expect([out.prompt?.title.length, out.prompt?.message.length, out.shortened]).toEqual([32, 255, 2]);
  });

  it('refuse a list item with a comma (Excel would split it)', () => {
    expect(() =>
      officeValidation({ ...v('a', 'b'), rule: { kind: 'list', values: ['Đạt, vượt', 'Chưa'] } }),
    ).toThrow('comma');
  });
});

describe('highlight memory', () => {
  it('reads back what it stored', () => {
    const entries = [
      { sheet: 'Chỉ tiêu', cell: 'J5', fill: null },
      { sheet: 'A', cell: 'B2', fill: '#FFF2CC' },
    ];
    expect(parseMemory(serializeMemory(entries))).toEqual({ entries, damaged: false });
  });

  it('drops a malformed entry and says the memory was damaged', () => {
    const text = JSON.stringify({
      version: 1,
      cells: [
        ['A', 'B2', 'red'],
        ['A', 'B3', null],
      ],
    });
    expect(parseMemory(text)).toEqual({ entries: [{ sheet: 'A', cell: 'B3', fill: null }], damaged: true });
  });
});
