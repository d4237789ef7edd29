/** Range (values, formulas, number formats, merges, selection) and its merged areas, in the fake proxy model. */
import type { CellRange } from '../../../src/core/sheet/a1';
import {
  assertEditable,
  dims,
  eachCell,
  officeAddress,
  overlaps,
  parseAddress,
  type RangeTarget,
  type SheetRef,
} from './cells';
import { enterValue } from './coerce';
import { FakeObject, type FakeContext, type Scalars } from './context';
import { fail } from './errors';
import { defaultCell, type CellModel } from './model';
import { assertReadable } from './rules';
import { FakeRangeFormat } from './rangeFormat';
import { FakeConditionalFormatCollection, FakeDataValidation } from './rangeRules';

/** Where a range proxy points. */
export type RangeWhere =
  { kind: 'address'; address: string } | { kind: 'whole' } | { kind: 'used'; valuesOnly: boolean };

const MAX_TEXT = 32767;

/** Excel.Range. */
export class FakeRange extends FakeObject<RangeTarget> {
  private readonly orNull: boolean;
  private formatProxy: FakeRangeFormat | undefined;
  private validationProxy: FakeDataValidation | undefined;
  private cfProxy: FakeConditionalFormatCollection | undefined;

  /** A range proxy on a sheet; `orNull` for getUsedRangeOrNullObject. */
  constructor(
    context: FakeContext,
    private readonly sheet: SheetRef,
    private readonly where: RangeWhere,
    orNull = false,
  ) {
    super(context, 'Range');
    this.orNull = orNull;
    if (orNull) this.checkNullAtSync();
  }

  /** The resolved range (throws ItemNotFound / InvalidArgument); for sibling proxies. */
  target(): RangeTarget {
    const t = this.resolveOrNull();
    if (!t) return fail('ItemNotFound', 'The range does not exist.', 'Range');
    return t;
  }

  protected resolve(): RangeTarget {
    return this.target();
  }

  protected override resolveOrNull(): RangeTarget | null {
    const sheet = this.sheet.model();
    if (this.where.kind === 'whole')
      return { sheet, range: { top: 0, left: 0, bottom: 1048575, right: 16383 } };
    if (this.where.kind === 'used') {
      const range = sheet.usedValuesRange();
      if (range) return { sheet, range };
      if (this.orNull) return null;
      return { sheet, range: { top: 0, left: 0, bottom: 0, right: 0 } };
    }
    const range = parseAddress(this.where.address);
    if (!range) return fail('InvalidArgument', `"${this.where.address}" is not a valid address.`, 'getRange');
    return { sheet, range };
  }

  protected override scalars(): Scalars<RangeTarget> {
    return {
      address: (t) => officeAddress(t.sheet, t.range),
      rowCount: (t) => dims(t.range).rows,
      columnCount: (t) => dims(t.range).cols,
      values: (t) => grid(t, (cell) => cell.error ?? cell.value ?? ''),
      valueTypes: (t) =>
        grid(t, (cell) =>
          cell.error !== null
            ? 'Error'
            : cell.value === null
              ? 'Empty'
              : typeof cell.value === 'number'
                ? 'Double'
                : typeof cell.value === 'boolean'
                  ? 'Boolean'
                  : 'String',
        ),
      formulas: (t) => grid(t, (cell) => cell.formula ?? cell.value ?? ''),
      numberFormat: (t) => grid(t, (cell) => cell.numberFormat),
    };
  }

  protected override navigation() {
    return { format: () => this.format };
  }

  get address(): string {
    return this.read('address');
  }
  get values(): unknown[][] {
    return this.read('values');
  }
  set values(v: unknown[][]) {
    this.context.enqueue('Range.values', [v], () => writeGrid(this.target(), v, 'Range.values'));
  }
  get valueTypes(): string[][] {
    return this.read('valueTypes');
  }
  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  set formulas(v: unknown[][]) {
    this.context.enqueue('Range.formulas', [v], () => writeGrid(this.target(), v, 'Range.formulas'));
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this.context.enqueue('Range.numberFormat', [v], () => writeFormats(this.target(), v));
  }
  set columnHidden(hidden: boolean) {
    this.context.enqueue('Range.columnHidden', [hidden], () => {
      const t = this.target();
      assertEditable(t, 'columns', 'Range.columnHidden');
      for (let c = t.range.left; c <= t.range.right; c++) {
        if (hidden) t.sheet.hiddenColumns.add(c);
        else t.sheet.hiddenColumns.delete(c);
      }
    });
  }

  get format(): FakeRangeFormat {
    this.formatProxy ??= new FakeRangeFormat(this.context, this);
    return this.formatProxy;
  }

  get dataValidation(): FakeDataValidation {
    this.validationProxy ??= new FakeDataValidation(this.context, this);
    return this.validationProxy;
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    this.cfProxy ??= new FakeConditionalFormatCollection(this.context, this);
    return this.cfProxy;
  }

  /** Range.merge: only the top-left value survives; a merge may not overlap another. */
  merge(across = false): void {
    this.context.enqueue('Range.merge', [across], () => {
      const t = this.target();
      assertEditable(t, 'objects', 'Range.merge');
      if (across) fail('InvalidArgument', 'strict fake: merge(true) is not modelled', 'Range.merge');
      if (t.sheet.merges.some((m) => overlaps(m, t.range)))
        fail('InvalidOperation', 'The range overlaps a merged range.', 'Range.merge');
      eachCell(t, (cell, r, c) => {
        if (r === t.range.top && c === t.range.left) return;
        cell.value = null;
        cell.formula = null;
        cell.error = null;
      });
      t.sheet.merges.push({ ...t.range });
    });
  }

  /**
   * Range.select: the range's sheet must be the active one. When the sheet only became active in this same request
   * (`activate()` then `select()` in one batch), real Excel often leaves the selection where it was, with no error
   * (https://github.com/OfficeDev/office-js/issues/5118): the fake always does, so an adapter must sync between.
   */
  select(): void {
    this.context.enqueue('Range.select', [], () => {
      const t = this.target();
      const wb = this.context.host.workbook;
      if (wb.activeSheetId !== t.sheet.id)
        fail('InvalidSelection', 'Select works on the active sheet only.', 'Range.select');
      if (this.context.activeAtRequestStart !== t.sheet.id) return;
      wb.selection = { sheet: t.sheet.name, address: officeAddress(t.sheet, t.range).split('!')[1] ?? '' };
    });
  }

  /** Range.getMergedAreasOrNullObject (ExcelApi 1.13). */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, this);
  }
}

/** The merged areas within a range (RangeAreas), or a null object when there are none. */
export class FakeRangeAreas extends FakeObject<{ t: RangeTarget; areas: CellRange[] }> {
  /** Merged areas of `owner`. */
  constructor(
    context: FakeContext,
    private readonly owner: FakeRange,
  ) {
    super(context, 'RangeAreas');
    context.enqueueGated('1.13', 'Range.getMergedAreasOrNullObject', [], () => undefined);
    this.checkNullAtSync();
  }

  protected resolve() {
    const found = this.resolveOrNull();
    if (!found) return fail('ItemNotFound', 'No merged areas.', 'RangeAreas');
    return found;
  }

  protected override resolveOrNull() {
    const t = this.owner.target();
    const areas = t.sheet.merges.filter((m) => overlaps(m, t.range));
    return areas.length ? { t, areas } : null;
  }

  protected override scalars(): Scalars<{ t: RangeTarget; areas: CellRange[] }> {
    return {
      address: ({ t, areas }) => areas.map((a) => officeAddress(t.sheet, a)).join(', '),
      areaCount: ({ areas }) => areas.length,
    };
  }

  get address(): string {
    return this.read('address');
  }
}

const EMPTY: Readonly<CellModel> = Object.freeze(defaultCell());

function grid<V>(t: RangeTarget, read: (cell: Readonly<CellModel>) => V): V[][] {
  const { rows, cols } = dims(t.range);
  assertReadable(rows * cols, 'Range.load');
  const out: V[][] = [];
  for (let r = t.range.top; r <= t.range.bottom; r++) {
    const row: V[] = [];
    for (let c = t.range.left; c <= t.range.right; c++) row.push(read(t.sheet.cellAt(r, c) ?? EMPTY));
    out.push(row);
  }
  return out;
}

function checkShape(t: RangeTarget, v: unknown, what: string): unknown[][] {
  const { rows, cols } = dims(t.range);
  if (!Array.isArray(v) || v.length !== rows || v.some((row) => !Array.isArray(row) || row.length !== cols))
    fail(
      'InvalidArgument',
      `${what}: expected a ${rows}×${cols} array for ${officeAddress(t.sheet, t.range)}`,
      what,
    );
  return v as unknown[][];
}

function writeGrid(t: RangeTarget, v: unknown, what: string): void {
  const rows = checkShape(t, v, what);
  assertEditable(t, 'content', what);
  rows.forEach((row, r) =>
    row.forEach((entry, c) => {
      if (entry === null) return;
      if (typeof entry === 'string' && entry.length > MAX_TEXT)
        fail('InvalidArgument', `${what}: text longer than ${MAX_TEXT} characters`, what);
      enterValue(t.sheet.cellAt(t.range.top + r, t.range.left + c, true), entry, what);
    }),
  );
}

function writeFormats(t: RangeTarget, v: unknown): void {
  const rows = checkShape(t, v, 'Range.numberFormat');
  assertEditable(t, 'format', 'Range.numberFormat');
  rows.forEach((row, r) =>
    row.forEach((entry, c) => {
      if (entry === null) return;
      if (typeof entry !== 'string') fail('InvalidArgument', 'Range.numberFormat: a format is text');
      t.sheet.cellAt(t.range.top + r, t.range.left + c, true).numberFormat = entry === '' ? 'General' : entry;
    }),
  );
}
