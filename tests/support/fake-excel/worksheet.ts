/** Worksheets and what hangs off them: the collection, protection, freeze panes, page layout. */
import { cellAddress } from '../../../src/core/sheet/a1';
import { addressOn, type RangeTarget } from './cells';
import { FakeObject, type FakeContext, type Scalars } from './context';
import { fail } from './errors';
import { checkSheetName, type SheetModel, type Visibility } from './model';
import { FakeRange } from './range';
import { FakeChartCollection, FakeTableCollection } from './objects';

/** How a worksheet proxy finds its sheet: by name (cached once found), or as created by `add`. */
type Lookup = { name: string } | { holder: { model?: SheetModel } } | { model: SheetModel };

const VISIBILITY: readonly Visibility[] = ['Visible', 'Hidden', 'VeryHidden'];

/** `Worksheet.id` as Excel gives it: a GUID-like string, stable across renames. */
export function sheetId(sheet: SheetModel): string {
  return `{00000000-0001-0000-${String(sheet.id).padStart(4, '0')}-000000000000}`;
}

/** `getItem(key)` takes a name or an id (https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-getitem-member(1)). */
function findById(sheets: readonly SheetModel[], key: string): SheetModel | undefined {
  return sheets.find((s) => sheetId(s) === key);
}

/** Excel.Worksheet. */
export class FakeWorksheet extends FakeObject<SheetModel> {
  private cached: SheetModel | undefined;
  private parts: {
    protection?: FakeWorksheetProtection;
    tables?: FakeTableCollection;
    charts?: FakeChartCollection;
    freeze?: FakeFreezePanes;
    page?: FakePageLayout;
  } = {};

  /** A worksheet proxy; `orNull` for getItemOrNullObject. */
  constructor(
    context: FakeContext,
    private readonly lookup: Lookup,
    private readonly orNull = false,
  ) {
    super(context, 'Worksheet');
    if ('model' in lookup) this.cached = lookup.model;
    if (orNull) this.checkNullAtSync();
  }

  /** The sheet (while a sync runs). */
  model(): SheetModel {
    return this.resolve();
  }

  protected resolve(): SheetModel {
    const found = this.resolveOrNull();
    if (!found) return fail('ItemNotFound', 'The requested worksheet does not exist.', 'Worksheet');
    return found;
  }

  protected override resolveOrNull(): SheetModel | null {
    const wb = this.context.host.workbook;
    if (this.cached) {
      if (wb.sheets.includes(this.cached)) return this.cached;
      return fail('InvalidObjectPath', 'The worksheet was deleted.', 'Worksheet');
    }
    const found =
      'name' in this.lookup
        ? (wb.findSheet(this.lookup.name) ?? findById(wb.sheets, this.lookup.name))
        : 'holder' in this.lookup
          ? this.lookup.holder.model
          : null;
    if (found) this.cached = found;
    if (!found && !this.orNull && 'name' in this.lookup)
      fail(
        'ItemNotFound',
        `The worksheet "${this.lookup.name}" does not exist.`,
        'WorksheetCollection.getItem',
      );
    return found ?? null;
  }

  protected override scalars(): Scalars<SheetModel> {
    return {
      id: (s) => sheetId(s),
      name: (s) => s.name,
      visibility: (s) => s.visibility,
      tabColor: (s) => s.tabColor ?? '',
      position: (s) => this.context.host.workbook.sheets.indexOf(s),
    };
  }

  protected override navigation() {
    return { protection: () => this.protection };
  }

  get id(): string {
    return this.read('id');
  }
  get name(): string {
    return this.read('name');
  }
  set name(name: string) {
    this.context.enqueue('Worksheet.name', [name], () => {
      const sheet = this.model();
      checkSheetName(name);
      const other = this.context.host.workbook.findSheet(name);
      if (other && other !== sheet)
        fail('ItemAlreadyExists', `A sheet named "${name}" exists.`, 'Worksheet.name');
      sheet.name = name;
      this.context.noteUndo('Worksheet.name');
    });
  }
  get visibility(): Visibility {
    return this.read('visibility');
  }
  set visibility(v: Visibility) {
    this.context.enqueue('Worksheet.visibility', [v], () => {
      const sheet = this.model();
      const wb = this.context.host.workbook;
      if (!VISIBILITY.includes(v)) fail('InvalidArgument', `visibility ${v}`, 'Worksheet.visibility');
      if (v !== 'Visible' && sheet.visibility === 'Visible' && wb.visibleSheets().length === 1)
        fail('InvalidOperation', 'A workbook must keep at least one visible sheet.', 'Worksheet.visibility');
      sheet.visibility = v;
      if (v !== 'Visible' && wb.activeSheetId === sheet.id) wb.activeSheetId = wb.visibleSheets()[0]?.id ?? 0;
      this.context.noteUndo('Worksheet.visibility');
    });
  }
  set tabColor(color: string) {
    this.context.enqueueGated('1.7', 'Worksheet.tabColor', [color], () => {
      if (color !== '' && !/^#[0-9A-Fa-f]{6}$/.test(color))
        fail('InvalidArgument', `tab colour ${color}`, 'Worksheet.tabColor');
      this.model().tabColor = color === '' ? null : color.toUpperCase();
    });
  }

  /** A range by address ("A1", "A1:C3", "A:C", "5:5"); the whole sheet without one. */
  getRange(address?: string): FakeRange {
    return new FakeRange(
      this.context,
      this,
      address === undefined ? { kind: 'whole' } : { kind: 'address', address },
    );
  }

  /** The used range, or a null object for an empty sheet (ExcelApi 1.4). */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    if (!valuesOnly) fail('InvalidArgument', 'strict fake: only getUsedRangeOrNullObject(true) is modelled');
    return new FakeRange(this.context, this, { kind: 'used', valuesOnly }, true);
  }

  get protection(): FakeWorksheetProtection {
    return (this.parts.protection ??= new FakeWorksheetProtection(this.context, this));
  }
  get tables(): FakeTableCollection {
    return (this.parts.tables ??= new FakeTableCollection(this.context, this));
  }
  get charts(): FakeChartCollection {
    return (this.parts.charts ??= new FakeChartCollection(this.context, this));
  }
  get freezePanes(): FakeFreezePanes {
    return (this.parts.freeze ??= new FakeFreezePanes(this.context, this));
  }
  get pageLayout(): FakePageLayout {
    return (this.parts.page ??= new FakePageLayout(this.context, this));
  }
  /** Manual page breaks (ExcelApi 1.9). */
  get horizontalPageBreaks(): { add(range: string | FakeRange): void } {
    return {
      // "Adds a page break before the top-left cell of the range specified."
      // https://learn.microsoft.com/javascript/api/excel/excel.pagebreakcollection#excel-excel-pagebreakcollection-add-member(1)
      add: (range) =>
        this.context.enqueueGated('1.9', 'PageBreakCollection.add', [range], () => {
          const sheet = this.model();
          const t =
            typeof range === 'string' ? addressOn(sheet, range, 'horizontalPageBreaks.add') : range.target();
          if (!sheet.pageBreaks.includes(t.range.top)) sheet.pageBreaks.push(t.range.top);
        }),
    };
  }

  /** Makes the sheet the active one (it must be visible). */
  activate(): void {
    this.context.enqueue('Worksheet.activate', [], () => {
      const sheet = this.model();
      if (sheet.visibility !== 'Visible')
        fail('InvalidOperation', 'A hidden sheet cannot be activated.', 'Worksheet.activate');
      this.context.host.workbook.activeSheetId = sheet.id;
    });
  }

  /**
   * Deletes the sheet: not the last visible one, and not a very hidden one — Excel refuses that "by design" with
   * GeneralException; set the visibility to hidden or visible first
   * (https://github.com/OfficeDev/office-js/issues/365, documented since
   * https://github.com/OfficeDev/office-js-docs-pr/pull/754).
   */
  delete(): void {
    this.context.enqueue('Worksheet.delete', [], () => {
      const sheet = this.model();
      const wb = this.context.host.workbook;
      if (sheet.visibility === 'VeryHidden')
        fail(
          'GeneralException',
          'There was an internal error while processing the request.',
          'Worksheet.delete',
        );
      if (sheet.visibility === 'Visible' && wb.visibleSheets().length === 1)
        fail('InvalidOperation', 'The last visible sheet cannot be deleted.', 'Worksheet.delete');
      this.context.noteUndo('Worksheet.delete');
      wb.sheets.splice(wb.sheets.indexOf(sheet), 1);
      for (let i = wb.tables.length - 1; i >= 0; i--)
        if (wb.tables[i]?.sheet === sheet) wb.tables.splice(i, 1);
      if (wb.activeSheetId === sheet.id) wb.activeSheetId = wb.visibleSheets()[0]?.id ?? 0;
    });
  }
}

/** Excel.WorksheetCollection. */
export class FakeWorksheetCollection extends FakeObject<SheetModel[]> {
  private loadedItems: FakeWorksheet[] | undefined;

  /** The workbook's worksheets. */
  constructor(context: FakeContext) {
    super(context, 'WorksheetCollection');
  }

  protected resolve(): SheetModel[] {
    return this.context.host.workbook.sheets;
  }

  protected override captureItems(sheets: SheetModel[], paths: string[][]): void {
    const items = sheets.map((model) => new FakeWorksheet(this.context, { model }));
    for (const item of items) item.capture(paths);
    this.context.publish(null, () => (this.loadedItems = items));
  }

  protected override assertItemPath(path: string[]): void {
    new FakeWorksheet(this.context, { name: '' }).assertLoadable(path);
  }

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) return this.read('items');
    return this.loadedItems;
  }

  /** Adds a sheet at the end. */
  add(name: string): FakeWorksheet {
    const holder: { model?: SheetModel } = {};
    this.context.enqueue('WorksheetCollection.add', [name], () => {
      holder.model = this.context.host.workbook.addSheet(name);
    });
    return new FakeWorksheet(this.context, { holder });
  }

  /** A sheet by name or id (ItemNotFound at sync when absent). */
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, { name });
  }

  /** A sheet by name, or a null object. */
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, { name }, true);
  }

  /** The active sheet (found when the request runs). */
  getActiveWorksheet(): FakeWorksheet {
    const holder: { model?: SheetModel } = {};
    this.context.enqueue('WorksheetCollection.getActiveWorksheet', [], () => {
      holder.model = this.context.host.workbook.activeSheet();
    });
    return new FakeWorksheet(this.context, { holder });
  }
}

/** Excel.WorksheetProtection: protect() fails on a protected sheet; the moment it is applied is recorded. */
export class FakeWorksheetProtection extends FakeObject<SheetModel> {
  /** The protection of a worksheet. */
  constructor(
    context: FakeContext,
    private readonly sheet: FakeWorksheet,
  ) {
    super(context, 'WorksheetProtection');
  }

  protected resolve(): SheetModel {
    return this.sheet.model();
  }

  protected override scalars(): Scalars<SheetModel> {
    return { protected: (s) => s.protection.protected, options: (s) => ({ ...s.protection.options }) };
  }

  get protected(): boolean {
    return this.read('protected');
  }
  get options(): Record<string, unknown> {
    return this.read('options');
  }

  /**
   * Protects the sheet without a password. Protecting a protected sheet fails with AccessDenied in current Excel
   * (https://github.com/OfficeDev/office-js/issues/6784).
   */
  protect(options: Record<string, unknown> = {}, password?: string): void {
    this.context.enqueue('WorksheetProtection.protect', [options, password ?? null], () => {
      const sheet = this.sheet.model();
      if (sheet.protection.protected)
        fail('AccessDenied', 'You cannot perform the requested operation.', 'WorksheetProtection.protect');
      this.context.noteUndo('WorksheetProtection.protect');
      if (password !== undefined)
        fail('InvalidArgument', 'strict fake: templates are protected without password');
      sheet.protection = {
        protected: true,
        options: { ...options },
        appliedAt: this.context.host.counters.operations,
      };
    });
  }
}

/** Excel.WorksheetFreezePanes (ExcelApi 1.7). */
export class FakeFreezePanes extends FakeObject<SheetModel> {
  /** The freeze panes of a worksheet. */
  constructor(
    context: FakeContext,
    private readonly sheet: FakeWorksheet,
  ) {
    super(context, 'WorksheetFreezePanes');
  }

  protected resolve(): SheetModel {
    return this.sheet.model();
  }

  /** Freezes the cells of `range` (top-left pane). */
  freezeAt(range: string | FakeRange): void {
    this.context.enqueueGated('1.7', 'WorksheetFreezePanes.freezeAt', [range], () => {
      const sheet = this.sheet.model();
      const t: RangeTarget = typeof range === 'string' ? addressOn(sheet, range, 'freezeAt') : range.target();
      if (t.range.top !== 0 || t.range.left !== 0)
        fail(
          'InvalidArgument',
          `strict fake: freezeAt(${cellAddress(t.range.top, t.range.left)}…) must start at A1`,
        );
      sheet.freeze = { rows: t.range.bottom + 1, cols: t.range.right + 1 };
    });
  }
  /** Freezes the top rows. */
  freezeRows(count = 1): void {
    this.context.enqueueGated('1.7', 'WorksheetFreezePanes.freezeRows', [count], () => {
      this.sheet.model().freeze = { rows: count, cols: 0 };
    });
  }
  /** Freezes the left columns. */
  freezeColumns(count = 1): void {
    this.context.enqueueGated('1.7', 'WorksheetFreezePanes.freezeColumns', [count], () => {
      this.sheet.model().freeze = { rows: 0, cols: count };
    });
  }
}

/** Excel.PageLayout (ExcelApi 1.9). */
export class FakePageLayout extends FakeObject<SheetModel> {
  /** The page layout of a worksheet. */
  constructor(
    context: FakeContext,
    private readonly sheet: FakeWorksheet,
  ) {
    super(context, 'PageLayout');
  }

  protected resolve(): SheetModel {
    return this.sheet.model();
  }

  set orientation(v: string) {
    this.context.enqueueGated('1.9', 'PageLayout.orientation', [v], () => {
      if (v !== 'Landscape' && v !== 'Portrait') fail('InvalidArgument', `orientation ${v}`);
      this.sheet.model().pageLayout.orientation = v;
    });
  }
  set zoom(v: Record<string, unknown>) {
    this.context.enqueueGated('1.9', 'PageLayout.zoom', [v], () => {
      // "scale … can be between 10 and 400. This should not be set if fit to pages height or width is specified."
      // https://learn.microsoft.com/javascript/api/excel/excel.pagelayoutzoomoptions
      const scale = v['scale'];
      if (scale !== undefined && (typeof scale !== 'number' || scale < 10 || scale > 400))
        fail('InvalidArgument', `zoom scale ${String(scale)} is not 10–400`, 'PageLayout.zoom');
      if (
        scale !== undefined &&
        (v['horizontalFitToPages'] !== undefined || v['verticalFitToPages'] !== undefined)
      )
        fail('InvalidArgument', 'zoom scale and fit to pages together', 'PageLayout.zoom');
      this.sheet.model().pageLayout.zoom = { ...v };
    });
  }
  /** Paper size, one of Excel.PaperType ("A4"). */
  set paperSize(v: string) {
    this.context.enqueueGated('1.9', 'PageLayout.paperSize', [v], () => {
      if (!/^[A-Z][A-Za-z0-9]+$/.test(v)) fail('InvalidArgument', `paper size ${v}`, 'PageLayout.paperSize');
      this.sheet.model().pageLayout.paperSize = v;
    });
  }
  set centerHorizontally(v: boolean) {
    this.context.enqueueGated('1.9', 'PageLayout.centerHorizontally', [v], () => {
      this.sheet.model().pageLayout.centerHorizontally = v;
    });
  }
  set topMargin(v: number) {
    this.margin('top', v);
  }
  set bottomMargin(v: number) {
    this.margin('bottom', v);
  }
  set leftMargin(v: number) {
    this.margin('left', v);
  }
  set rightMargin(v: number) {
    this.margin('right', v);
  }
  set headerMargin(v: number) {
    this.margin('header', v);
  }
  set footerMargin(v: number) {
    this.margin('footer', v);
  }
  /** A margin in points (https://learn.microsoft.com/javascript/api/excel/excel.pagelayout#excel-excel-pagelayout-leftmargin-member). */
  private margin(side: 'top' | 'bottom' | 'left' | 'right' | 'header' | 'footer', v: number): void {
    this.context.enqueueGated('1.9', `PageLayout.${side}Margin`, [v], () => {
      if (!Number.isFinite(v) || v < 0) fail('InvalidArgument', `margin ${v}`, `PageLayout.${side}Margin`);
      const layout = this.sheet.model().pageLayout;
      layout.margins = { ...layout.margins, [side]: v };
    });
  }
  /** The printed range (an address on this sheet, or a range). */
  setPrintArea(area: string | FakeRange): void {
    this.context.enqueueGated('1.9', 'PageLayout.setPrintArea', [area], () => {
      const sheet = this.sheet.model();
      const t = typeof area === 'string' ? addressOn(sheet, area, 'setPrintArea') : area.target();
      sheet.pageLayout.printArea = `${cellAddress(t.range.top, t.range.left)}:${cellAddress(t.range.bottom, t.range.right)}`;
    });
  }
  get headersFooters(): { defaultForAllPages: Record<string, string> } {
    const sections = [
      'leftHeader',
      'centerHeader',
      'rightHeader',
      'leftFooter',
      'centerFooter',
      'rightFooter',
    ];
    const target: Record<string, string> = {};
    const proxy = new Proxy(target, {
      set: (_t, key, value) => {
        if (typeof key !== 'string' || !sections.includes(key))
          return fail('InvalidArgument', `HeaderFooter has no ${String(key)}`, 'HeaderFooter');
        this.context.enqueueGated('1.9', `HeaderFooter.${key}`, [value], () => {
          if (typeof value !== 'string') fail('InvalidArgument', `${key} must be text`, 'HeaderFooter');
          const layout = this.sheet.model().pageLayout;
          layout.headersFooters = { ...layout.headersFooters, [key]: value };
        });
        return true;
      },
    });
    return { defaultForAllPages: proxy };
  }
  /** Rows repeated at the top of each printed page. */
  setPrintTitleRows(rows: string | FakeRange): void {
    this.context.enqueueGated('1.9', 'PageLayout.setPrintTitleRows', [rows], () => {
      const sheet = this.sheet.model();
      const t = typeof rows === 'string' ? addressOn(sheet, rows, 'setPrintTitleRows') : rows.target();
      if (t.range.left !== 0 || t.range.right !== 16383)
        fail('InvalidArgument', 'print title rows must be whole rows', 'PageLayout.setPrintTitleRows');
      sheet.pageLayout.printTitleRows = `${t.range.top + 1}:${t.range.bottom + 1}`;
    });
  }
}
