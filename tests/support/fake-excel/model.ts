/**
 * The fake host's workbook: plain data that tests seed before and inspect after an adapter call. Proxies
 * (context.ts and friends) only reach it inside `context.sync()`, as real Office.js only reaches Excel then.
 */
import { parseCellAddress, parseRange, type CellRange } from '../../../src/core/sheet/a1';
import { CellStore, MAX_COL } from './cellStore';
import { fail } from './errors';

/** A constant a cell can hold (null: empty). */
export type CellValue = number | string | boolean | null;

/** Sheet visibility as Office.js names it. */
export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

/** Everything the fake keeps about one cell. */
export interface CellModel {
  /** The constant, or a formula's calculated result (null until a test seeds it: the fake does not calculate). */
  value: CellValue;
  /** "=…" when the cell holds a formula. */
  formula: string | null;
  /** An error value such as "#NAME?" (the cell's value is then this error). */
  error: string | null;
  numberFormat: string;
  /** "#RRGGBB", or null for no fill. */
  fill: string | null;
  /** RangeFill.tintAndShade: null for no fill, a number for a fill. */
  fillTint: number | null;
  bold: boolean;
  italic: boolean;
  fontSize: number;
  fontColor: string;
  wrap: boolean;
  hAlign: string;
  vAlign: string;
  /** Border edge → line style ("Continuous"), for edges set on this cell's range. */
  borders: Record<string, string>;
  locked: boolean;
}

/** A data validation as set through `Range.dataValidation`. */
export interface ValidationModel {
  range: CellRange;
  rule: Record<string, unknown> | null;
  ignoreBlanks: boolean | null;
  prompt: { showPrompt: boolean; title: string; message: string } | null;
  errorAlert: { showAlert: boolean; style: string; title: string; message: string } | null;
}

/** A conditional format. */
export interface ConditionalFormatModel {
  range: CellRange;
  type: string;
  rule: { formula1: string; formula2?: string; operator: string } | null;
  format: { fill: string | null; fontColor: string | null; bold: boolean | null; italic: boolean | null };
}

/** A table (ListObject). */
export interface TableModel {
  name: string;
  sheet: SheetModel;
  range: CellRange;
  hasHeaders: boolean;
  style: string;
}

/** A chart. */
export interface ChartModel {
  type: string;
  source: CellRange;
  seriesBy: string;
  title: string | null;
  position: { from: string; to: string } | null;
  /** The value axis's minimum, when one was set (null: automatic). */
  valueAxisMin: number | null;
  series: {
    name: string | null;
    values: CellRange;
    xAxis: CellRange | null;
    /** Fills set on single points ("#RRGGBB"), by point index. */
    pointFills: Record<number, string>;
  }[];
}

/** Worksheet protection. */
export interface ProtectionModel {
  protected: boolean;
  options: Record<string, unknown>;
  /** Order in which protection was applied among all the fake's operations (0: never). */
  appliedAt: number;
}

/** A cell with Excel's defaults. */
export function defaultCell(): CellModel {
  return {
    value: null,
    formula: null,
    error: null,
    numberFormat: 'General',
    fill: null,
    fillTint: null,
    bold: false,
    italic: false,
    fontSize: 11,
    fontColor: '#000000',
    wrap: false,
    hAlign: 'General',
    vAlign: 'Bottom',
    borders: {},
    locked: true,
  };
}

/** Parses "B7" for test helpers (throws on a bad address: a test bug). */
function at(address: string): { row: number; col: number } {
  const p = parseCellAddress(address);
  if (!p) throw new Error(`fake: bad cell address ${address}`);
  return p;
}

/** One worksheet. */
export class SheetModel {
  name: string;
  visibility: Visibility = 'Visible';
  tabColor: string | null = null;
  readonly cells = new CellStore();
  readonly merges: CellRange[] = [];
  readonly validations: ValidationModel[] = [];
  readonly conditionalFormats: ConditionalFormatModel[] = [];
  readonly charts: ChartModel[] = [];
  freeze: { rows: number; cols: number } | null = null;
  protection: ProtectionModel = { protected: false, options: {}, appliedAt: 0 };
  /** Column index → width in points. */
  readonly columnWidths = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  /** Row index → height in points. */
  readonly rowHeights = new Map<number, number>();
  pageLayout: {
    orientation?: string;
    paperSize?: string;
    zoom?: Record<string, unknown>;
    printTitleRows?: string;
    printArea?: string;
    margins?: Partial<Record<'top' | 'bottom' | 'left' | 'right' | 'header' | 'footer', number>>;
    centerHorizontally?: boolean;
    /** Header and footer sections of `headersFooters.defaultForAllPages`, by property name. */
    headersFooters?: Record<string, string>;
  } = {};
  /** Zero-based rows a manual page break is above (`Worksheet.horizontalPageBreaks`). */
  readonly pageBreaks: number[] = [];
  private usedCache: CellRange | null | undefined;

  /** A sheet (use WorkbookModel.addSheet). */
  constructor(
    readonly id: number,
    name: string,
  ) {
    this.name = name;
  }

  /** The cell at a zero-based position, created with defaults when asked to (for writes). */
  cellAt(row: number, col: number, create: true): CellModel;
  cellAt(row: number, col: number, create?: false): CellModel | undefined;
  cellAt(row: number, col: number, create = false): CellModel | undefined {
    let cell = this.cells.at(row, col);
    // A cell asked for with `create` is about to be written: the used range may change.
    if (create) this.usedCache = undefined;
    if (!cell && create) {
      cell = defaultCell();
      this.cells.set(row * MAX_COL + col, cell);
    }
    return cell;
  }

  /** A cell by A1 address for inspection (defaults when never touched). */
  cell(address: string): CellModel {
    const p = at(address);
    return this.cellAt(p.row, p.col) ?? defaultCell();
  }

  /** Seeds a constant, as if saved in the file (no typed-input coercion). */
  setValue(address: string, value: CellValue): void {
    const p = at(address);
    const cell = this.cellAt(p.row, p.col, true);
    cell.value = value;
    cell.formula = null;
    cell.error = null;
  }

  /** Seeds a formula's calculated result (the fake does not calculate); an error text like "#DIV/0!" is an error. */
  setResult(address: string, value: CellValue): void {
    const cell = this.cell(address);
    if (!cell.formula) throw new Error(`fake: ${this.name}!${address} holds no formula`);
    const isError = typeof value === 'string' && /^#[A-Z0-9/!?]+[!?0A]?$/.test(value);
    cell.value = isError ? null : value;
    cell.error = isError ? value : null;
  }

  /** Seeds a formula (with an optional result). */
  setFormula(address: string, formula: string, result: CellValue = null): void {
    const p = at(address);
    const cell = this.cellAt(p.row, p.col, true);
    cell.formula = formula.startsWith('=') ? formula : `=${formula}`;
    cell.value = result;
    cell.error = null;
  }

  /** Seeds a number format. */
  setNumberFormat(address: string, format: string): void {
    const p = at(address);
    this.cellAt(p.row, p.col, true).numberFormat = format;
  }

  /** Seeds a fill ("#RRGGBB", or null for none). */
  setFill(address: string, color: string | null): void {
    const p = at(address);
    const cell = this.cellAt(p.row, p.col, true);
    cell.fill = color;
    cell.fillTint = color === null ? null : 0;
  }

  /** Protects the sheet as a user would. */
  protect(options: Record<string, unknown> = {}): void {
    this.protection = { protected: true, options: { ...options }, appliedAt: 0 };
  }

  /** Seeds a merge. */
  merge(address: string): void {
    const r = parseRange(address);
    if (!r) throw new Error(`fake: bad range ${address}`);
    this.merges.push(r);
  }

  /**
   * The bounding box of cells holding a value, formula or error (null when the sheet is empty). Kept until a cell is
   * next asked for with `create` (every write does), so reading a large sheet does not scan it again per request.
   */
  usedValuesRange(): CellRange | null {
    if (this.usedCache === undefined) this.usedCache = this.scanUsedRange();
    return this.usedCache && { ...this.usedCache };
  }

  private scanUsedRange(): CellRange | null {
    let box: CellRange | null = null;
    for (const [row, cells] of this.cells.rowEntries()) {
      for (let col = 0; col < cells.length; col++) {
        const cell = cells[col];
        if (!cell || (cell.value === null && cell.formula === null && cell.error === null)) continue;
        if (!box) box = { top: row, bottom: row, left: col, right: col };
        else {
          box.top = Math.min(box.top, row);
          box.bottom = Math.max(box.bottom, row);
          box.left = Math.min(box.left, col);
          box.right = Math.max(box.right, col);
        }
      }
    }
    return box;
  }
}

/** The whole workbook. */
export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  /** Add-in settings (Workbook.settings), values as stored. */
  readonly settings = new Map<string, unknown>();
  properties = {
    author: 'Người dùng',
    lastAuthor: 'Người dùng',
    creationDate: new Date('2025-07-01T08:00:00Z'),
  };
  activeSheetId = 0;
  selection: { sheet: string; address: string } | null = null;
  /** The APIs that cleared the user's undo stack, in order (see rules.ts clearsUndo). */
  readonly undoClearedBy: string[] = [];
  private nextId = 1;

  /** Adds a sheet at the end (Excel's rules on names apply). */
  addSheet(name: string): SheetModel {
    checkSheetName(name);
    if (this.findSheet(name)) fail('ItemAlreadyExists', `A sheet named "${name}" already exists.`);
    const sheet = new SheetModel(this.nextId++, name);
    this.sheets.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }

  /** A sheet by name, compared as Excel does (case-insensitive). */
  findSheet(name: string): SheetModel | undefined {
    const key = name.toUpperCase();
    return this.sheets.find((s) => s.name.toUpperCase() === key);
  }

  /** A sheet by name for tests (throws when absent). */
  sheet(name: string): SheetModel {
    const s = this.findSheet(name);
    if (!s) throw new Error(`fake: no sheet ${name}`);
    return s;
  }

  /** Sheet names in order. */
  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  /** The active sheet. */
  activeSheet(): SheetModel {
    const s = this.sheets.find((x) => x.id === this.activeSheetId);
    if (!s) throw new Error('fake: no active sheet');
    return s;
  }

  /** Sheets a user can see. */
  visibleSheets(): SheetModel[] {
    return this.sheets.filter((s) => s.visibility === 'Visible');
  }
}

/** Excel's sheet-name rules: 1–31 characters, none of : \ / ? * [ ], not starting or ending with an apostrophe. */
export function checkSheetName(name: string): void {
  if (!name || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'"))
    fail('InvalidArgument', `"${name}" is not a valid sheet name.`);
}
