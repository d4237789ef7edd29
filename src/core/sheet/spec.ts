/**
 * SheetSpec: a workbook described as plain data (cells, formulas, styles, validation, protection).
 * Core builds these; the xlsx writer (ExcelJS) and the office writer (Office.js) render them. Nothing here knows
 * about either library, so templates and the consolidated workbook look the same whichever writer is used.
 */

/** A scalar a cell can hold. Dates are Excel serial numbers with a date number format (see core/text/dates). */
export type CellScalar = number | string | boolean | null;

/** One cell. Short keys keep large consolidations cheap to build and to post to a worker. */
export interface CellSpec {
  /** Value (ignored when `f` is set, except as the cached result some writers store). */
  v?: CellScalar;
  /** Formula without the leading "=", in English function names and A1 references (e.g. `IF(J5="","",J5/F5)`). */
  f?: string;
  /** Number format code, e.g. `#,##0.0`, `dd/mm/yyyy`, `@`. Codes are locale-neutral: Vietnamese Excel shows 20,6. */
  fmt?: string;
  /** Style name from WorkbookSpec.styles. */
  s?: string;
}

/** Horizontal alignment. */
export type HAlign = 'left' | 'center' | 'right';

/** A named cell style. Cells are locked unless their style says `locked: false` (input cells). */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  /** RGB hex without '#', e.g. "1F3864". */
  fontColor?: string;
  /** Solid fill, RGB hex without '#'. */
  fill?: string;
  wrap?: boolean;
  hAlign?: HAlign;
  vAlign?: 'top' | 'middle' | 'bottom';
  border?: 'thin';
  locked?: boolean;
}

/** Data validation for a range of input cells, with prompts and messages shown by Excel (Vietnamese). */
export interface ValidationSpec {
  /** A1 range, e.g. "J5:J20". */
  range: string;
  rule:
    | { kind: 'decimal'; min: number; max: number }
    | { kind: 'whole'; min: number; max: number }
    | { kind: 'list'; values: string[] }
    | { kind: 'date'; min: number; max: number }
    | { kind: 'textLength'; max: number };
  allowBlank: boolean;
  prompt?: { title: string; text: string };
  error?: { title: string; text: string; style: 'stop' | 'warning' | 'information' };
}

/** Conditional format: cells whose text equals `text` get `style` (a fill/font style name). */
export interface ConditionalFormatSpec {
  range: string;
  rules: { kind: 'textEquals'; text: string; style: string }[];
}

/** An Excel Table (ListObject) over cells already given in `cells`; the first row is its header. */
export interface TableSpec {
  name: string;
  /** A1 range including the header row. */
  range: string;
  /** Built-in table style name, e.g. "TableStyleMedium2". */
  style: string;
}

/**
 * A clustered chart of one series, anchored over a cell rectangle: horizontal bars (the default) or vertical columns
 * (a series over months). Points may each have their own colour (a verdict's), and the value axis a fixed minimum
 * (0, so that a bar's length is its value: an axis starting at 84 makes 85 look twice 84.5).
 */
export interface ChartSpec {
  title: string;
  /** 'bar': horizontal bars, categories top to bottom (the default); 'column': vertical, categories left to right. */
  kind?: 'bar' | 'column';
  /** A1 range of category labels on this sheet. */
  categories: string;
  /** A1 range of values on this sheet. */
  values: string;
  seriesName: string;
  /** Top-left and bottom-right cells of the chart's frame, e.g. "H3" and "P22". */
  from: string;
  to: string;
  /** Fill of each point (RGB hex without '#'), by position in `values`; null or absent: the series' own colour. */
  pointColors?: readonly (string | null)[];
  /** The value axis's fixed minimum (absent: the host chooses, which may not be zero). */
  valueAxisMin?: number;
}

/**
 * Header or footer text by section. `{page}` and `{pages}` stand for the page number and the page count (core's
 * print.ts turns them into the codes Excel and Office.js share); other text is printed as written.
 */
export interface PageText {
  left?: string;
  center?: string;
  right?: string;
}

/** Page margins in millimetres (header and footer: their distance from the paper's edge). */
export interface PageMargins {
  top: number;
  bottom: number;
  left: number;
  right: number;
  header: number;
  footer: number;
}

/**
 * How a sheet prints, always on A4. Both writers render the same settings; the scale is computed once, in core
 * (print.ts `printScale`), from the printed columns' widths — so Excel, LibreOffice and the add-in print alike.
 */
export interface PrintSpec {
  orientation: 'landscape' | 'portrait';
  /** Scale so the printed columns fit one page wide (never above 100 %, never below `minScale`). */
  fitToWidth: boolean;
  /** The least scale, in percent, fitting may use: below it text would be unreadable, so wider sheets spill over. */
  minScale?: number;
  /** Rows repeated at the top of every printed page, as "first:last" (A1 row numbers), e.g. "5:5". */
  titleRows?: string;
  /** The printed rectangle (A1, e.g. "A1:M40"): columns right of it are helpers kept off paper. */
  area?: string;
  /** Zero-based rows a new page starts at (between groups), besides the automatic breaks. */
  rowBreaks?: number[];
  header?: PageText;
  footer?: PageText;
  margins?: PageMargins;
  /** Centre the printed columns between the side margins. */
  centerHorizontally?: boolean;
}

/** One worksheet. */
export interface SheetSpec {
  name: string;
  visibility: 'visible' | 'hidden' | 'veryHidden';
  /** Dense rows from A1; `null` means an empty cell. */
  cells: (CellSpec | null)[][];
  /** Column widths in characters (index 0 = column A); `hidden` hides a column. */
  columns: { width: number; hidden?: boolean }[];
  /** Optional row heights in points, by zero-based row index. */
  rowHeights?: Record<number, number>;
  merges: string[];
  validations: ValidationSpec[];
  conditionalFormats: ConditionalFormatSpec[];
  tables: TableSpec[];
  charts: ChartSpec[];
  /** Frozen rows above and columns left of the scrolling area. */
  freeze?: { rows: number; cols: number };
  /** Sheet protection without a password: locked cells read-only, input cells editable. */
  protect?: boolean;
  print?: PrintSpec;
  tabColor?: string;
}

/** A whole workbook: sheets in order plus the style table and document properties. */
export interface WorkbookSpec {
  sheets: SheetSpec[];
  styles: Record<string, CellStyle>;
  properties: { title: string; subject?: string; creator: string; company?: string; created: string };
}
