/** A titled sheet holding one Excel Table (filters, frozen header, status colours): the consolidation's building block. */
import { cellAddress, columnLetters } from '../sheet/a1';
import type { CellScalar, CellSpec, ConditionalFormatSpec, SheetSpec } from '../sheet/spec';
import { safeTextCell, type TextSafety } from '../text/safeText';
import { FORMATS, STYLES } from '../template/styles';
import { fitRowHeights } from '../sheet/rowHeights';

/** How a column's values are written. `userText` is text that came from an agency's file (kept as text, counted). */
export type ColumnKind = 'text' | 'userText' | 'number' | 'integer' | 'percent' | 'date';

/** One column of a table sheet. */
export interface TableColumn<R> {
  header: string;
  width: number;
  kind: ColumnKind;
  value: (row: R) => CellScalar | undefined;
  /** Number format overriding the kind's default. */
  fmt?: string;
}

/** Colour rules: text in a column → style. */
export type StatusColours = { column: number; words: [text: string, style: string][] }[];

/** Zero-based index of the table's header row. */
export const TABLE_HEADER_ROW = 3;

const DEFAULT_FORMAT: Partial<Record<ColumnKind, string>> = {
  number: FORMATS.decimal,
  integer: FORMATS.count,
  percent: FORMATS.percentPoints,
  date: FORMATS.date,
};

/** Builds the sheet: title, subtitle, a blank row, then the table (an empty table gets one "(không có)" row). */
export function tableSheet<R>(spec: {
  name: string;
  title: string;
  subtitle: string;
  tableName: string;
  columns: TableColumn<R>[];
  rows: readonly R[];
  safety: TextSafety;
  colours?: StatusColours;
  tabColor?: string;
}): SheetSpec {
  const { columns, safety } = spec;
  const width = columns.length;
  const pad = (cell: CellSpec): (CellSpec | null)[] => [cell, ...Array<null>(width - 1).fill(null)];
  const cells: (CellSpec | null)[][] = [
    pad({ v: spec.title, s: 'title' }),
    pad({ v: spec.subtitle, s: 'subtitle' }),
    [],
  ];
  cells.push(columns.map((c) => ({ v: c.header, s: 'header' })));
  for (const row of spec.rows) cells.push(columns.map((c) => cellFor(c, row, safety)));
  if (spec.rows.length === 0)
    cells.push(columns.map((_, i) => (i === 0 ? { v: '(không có)', s: 'cell' } : { s: 'cell' })));
  const lastRow = cells.length - 1;
  const conditionalFormats: ConditionalFormatSpec[] = (spec.colours ?? []).map(({ column, words }) => ({
    range: `${columnLetters(column)}${TABLE_HEADER_ROW + 2}:${columnLetters(column)}${lastRow + 1}`,
    rules: words.map(([text, style]) => ({ kind: 'textEquals', text, style })),
  }));
  const sheet: SheetSpec = {
    name: spec.name,
    visibility: 'visible',
    cells,
    columns: columns.map((c) => ({ width: c.width })),
    rowHeights: { 0: 24, [TABLE_HEADER_ROW]: 32 },
    merges: [`A1:${cellAddress(0, width - 1)}`, `A2:${cellAddress(1, width - 1)}`],
    validations: [],
    conditionalFormats,
    tables: [
      {
        name: spec.tableName,
        range: `A${TABLE_HEADER_ROW + 1}:${cellAddress(lastRow, width - 1)}`,
        style: 'TableStyleLight9',
      },
    ],
    charts: [],
    freeze: { rows: TABLE_HEADER_ROW + 1, cols: 0 },
    print: {
      orientation: 'landscape',
      fitToWidth: true,
      titleRows: `${TABLE_HEADER_ROW + 1}:${TABLE_HEADER_ROW + 1}`,
    },
    ...(spec.tabColor ? { tabColor: spec.tabColor } : {}),
  };
  fitRowHeights(sheet, STYLES, TABLE_HEADER_ROW + 1);
  return sheet;
}

function cellFor<R>(column: TableColumn<R>, row: R, safety: TextSafety): CellSpec {
  const value = column.value(row);
  const fmt = column.fmt ?? DEFAULT_FORMAT[column.kind];
  if (value === undefined || value === null || value === '') return { s: 'cell' };
  if (typeof value === 'string') {
    if (column.kind === 'userText') return safeTextCell(value, safety, 'cell');
    return { v: value, s: 'cell' };
  }
  return { v: value, s: 'cellNumber', ...(fmt ? { fmt } : {}) };
}
