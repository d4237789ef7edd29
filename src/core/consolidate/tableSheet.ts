/**
 * A titled sheet holding one Excel Table (filters, frozen header, status colours): the consolidation's building block.
 * Columns are addressed by key: each carries its header, width, kind, format and colours, and whoever needs a
 * column's place (a chart, a reader of the sheet) asks for it by key — never by index or letter.
 */
import { cellAddress } from '../sheet/a1';
import type { CellScalar, CellSpec, ConditionalFormatSpec, SheetSpec } from '../sheet/spec';
import { safeTextCell, type TextSafety } from '../text/safeText';
import { FORMATS, STYLES } from '../template/styles';
import { fitRowHeights } from '../sheet/rowHeights';
import { FORM_MARGINS, groupBreaks, READABLE_SCALE } from '../sheet/print';

/** How a column's values are written. `userText` is text that came from an agency's file (kept as text, counted). */
export type ColumnKind = 'text' | 'userText' | 'number' | 'integer' | 'percent' | 'date';

/** Text a column shows → the style that colours it (a conditional format over the column's data cells). */
export type ColumnColours = readonly (readonly [text: string, style: string])[];

/** One column of a table sheet. */
export interface TableColumn<R, K extends string = string> {
  key: K;
  header: string;
  width: number;
  kind: ColumnKind;
  value: (row: R) => CellScalar | undefined;
  /** Number format overriding the kind's default; a function when it depends on the row (an indicator's measure). */
  fmt?: string | ((row: R) => string);
  colours?: ColumnColours;
  /**
   * `false`: a helper column, right of the printed ones and outside the print area (provenance, machine keys);
   * `'hidden'`: a key kept for reading the sheet back or for filters, hidden from sight. Default: printed.
   */
  print?: false | 'hidden';
}

/** Zero-based index of the table's header row. */
export const TABLE_HEADER_ROW = 3;

const DEFAULT_FORMAT: Partial<Record<ColumnKind, string>> = {
  number: FORMATS.decimal,
  integer: FORMATS.count,
  percent: FORMATS.percentPoints,
  date: FORMATS.date,
};

/** The zero-based position of the column with this key (a bug, not user data, when it is not there). */
export function columnOf<K extends string>(columns: readonly { key: K }[], key: K): number {
  const index = columns.findIndex((c) => c.key === key);
  if (index < 0) throw new Error(`table has no column "${key}"`);
  return index;
}

/** The A1 range of a column's data cells in a table of `rowCount` rows (an empty table has its one placeholder row). */
export function columnDataRange<K extends string>(
  columns: readonly { key: K }[],
  key: K,
  rowCount: number,
): string {
  const col = columnOf(columns, key);
  const top = TABLE_HEADER_ROW + 1;
  return `${cellAddress(top, col)}:${cellAddress(top + Math.max(rowCount, 1) - 1, col)}`;
}

/**
 * The number of columns the print area spans: every column but the helper ones (`print: false`), which come last (a
 * helper column before a printed one is a bug). Hidden key columns may sit anywhere: hidden columns never print.
 */
export function printedCount(columns: readonly { key: string; print?: false | 'hidden' }[]): number {
  const count = columns.filter((c) => c.print !== false).length;
  const misplaced = columns.slice(0, count).find((c) => c.print === false);
  if (misplaced) throw new Error(`column "${misplaced.key}" is not printed but comes before printed ones`);
  return count;
}

/** Builds the sheet: title, subtitle, a blank row, then the table (an empty table gets one "(không có)" row). */
export function tableSheet<R>(spec: {
  name: string;
  title: string;
  subtitle: string;
  tableName: string;
  columns: readonly TableColumn<R>[];
  rows: readonly R[];
  safety: TextSafety;
  tabColor?: string;
  /** Rows with the same key are a group: a group is kept on one page where it fits on one. */
  groupBy?: (row: R) => string;
  /** Printed at the top left of every page (default: the sheet's name) and at the top right (e.g. the month). */
  pageTitle?: string;
  pageNote?: string;
}): SheetSpec {
  const { columns, safety } = spec;
  const printed = printedCount(columns);
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
  const conditionalFormats: ConditionalFormatSpec[] = columns.flatMap((c) =>
    c.colours
      ? [
          {
            range: columnDataRange(columns, c.key, spec.rows.length),
            rules: c.colours.map(([text, style]) => ({ kind: 'textEquals' as const, text, style })),
          },
        ]
      : [],
  );
  const sheet: SheetSpec = {
    name: spec.name,
    visibility: 'visible',
    cells,
    columns: columns.map((c) => ({ width: c.width, ...(c.print === 'hidden' ? { hidden: true } : {}) })),
    rowHeights: { 0: 24, [TABLE_HEADER_ROW]: 32 },
    // Title and subtitle over the printed columns only: over helper columns they were centred off the page.
    merges: [`A1:${cellAddress(0, printed - 1)}`, `A2:${cellAddress(1, printed - 1)}`],
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
      minScale: READABLE_SCALE,
      titleRows: `${TABLE_HEADER_ROW + 1}:${TABLE_HEADER_ROW + 1}`,
      area: `A1:${cellAddress(lastRow, printed - 1)}`,
      header: { left: spec.pageTitle ?? spec.name, ...(spec.pageNote ? { right: spec.pageNote } : {}) },
      footer: { center: 'Trang {page}/{pages}' },
      margins: FORM_MARGINS,
      centerHorizontally: true,
    },
    ...(spec.tabColor ? { tabColor: spec.tabColor } : {}),
  };
  fitRowHeights(sheet, STYLES, TABLE_HEADER_ROW + 1);
  if (spec.groupBy && sheet.print)
    sheet.print.rowBreaks = groupBreaks(sheet, groupsOf(spec.rows, spec.groupBy));
  return sheet;
}

/** Consecutive rows with the same key, as sheet rows (the table's data starts under its header). */
function groupsOf<R>(rows: readonly R[], key: (row: R) => string): { first: number; last: number }[] {
  const out: { first: number; last: number; key: string }[] = [];
  rows.forEach((row, i) => {
    const k = key(row);
    const r = TABLE_HEADER_ROW + 1 + i;
    const last = out[out.length - 1];
    if (last && last.key === k) last.last = r;
    else out.push({ first: r, last: r, key: k });
  });
  return out;
}

function cellFor<R>(column: TableColumn<R>, row: R, safety: TextSafety): CellSpec {
  const value = column.value(row);
  if (value === undefined || value === null || value === '') return { s: 'cell' };
  if (typeof value === 'string') {
    if (column.kind === 'userText') return safeTextCell(value, safety, 'cell');
    return { v: value, s: 'cell' };
  }
  const fmt =
    typeof column.fmt === 'function' ? column.fmt(row) : (column.fmt ?? DEFAULT_FORMAT[column.kind]);
  return { v: value, s: 'cellNumber', ...(fmt ? { fmt } : {}) };
}
