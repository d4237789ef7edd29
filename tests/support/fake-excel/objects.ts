/** Tables (workbook- and worksheet-scoped collections) and charts, in the fake proxy model. */
import { addressOn, assertEditable, overlaps, type RangeTarget, type SheetRef } from './cells';
import { FakeObject, type FakeContext, type Scalars } from './context';
import { fail } from './errors';
import type { ChartModel, SheetModel, TableModel } from './model';
import type { FakeRange } from './range';
import { FakeWorksheet } from './worksheet';

const TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/;

const tableIds = new WeakMap<TableModel, string>();
let nextTableId = 1;

/** `Table.id`: stable for the table's life (tables seeded by tests get one when first asked). */
function tableId(table: TableModel): string {
  let id = tableIds.get(table);
  if (!id) {
    id = String(nextTableId++);
    tableIds.set(table, id);
  }
  return id;
}

/** Excel.TableCollection: of the workbook (sheet undefined) or of one worksheet. */
export class FakeTableCollection extends FakeObject<TableModel[]> {
  private loadedItems: FakeTable[] | undefined;

  /** Tables of a sheet, or of the whole workbook. */
  constructor(
    context: FakeContext,
    private readonly sheet?: SheetRef,
  ) {
    super(context, 'TableCollection');
  }

  protected resolve(): TableModel[] {
    const all = this.context.host.workbook.tables;
    if (!this.sheet) return all;
    const sheet = this.sheet.model();
    return all.filter((t) => t.sheet === sheet);
  }

  protected override captureItems(tables: TableModel[], paths: string[][]): void {
    const items = tables.map((model) => new FakeTable(this.context, { model }));
    for (const item of items) item.capture(paths);
    this.context.publish(null, () => (this.loadedItems = items));
  }

  protected override assertItemPath(path: string[]): void {
    new FakeTable(this.context, {}).assertLoadable(path);
  }

  get items(): FakeTable[] {
    if (!this.loadedItems) return this.read('items');
    return this.loadedItems;
  }

  /** A table by name, compared as Excel does (ItemNotFound at sync when absent). */
  getItem(name: string): FakeTable {
    const holder: { model?: TableModel } = {};
    this.context.enqueue('TableCollection.getItem', [name], () => {
      const found = this.resolve().find((t) => t.name.toUpperCase() === name.toUpperCase());
      if (!found) fail('ItemNotFound', `The table "${name}" does not exist.`, 'TableCollection.getItem');
      holder.model = found;
    });
    return new FakeTable(this.context, { holder });
  }

  /** Adds a table over a range (worksheet collections only); headers taken from the first row. */
  add(address: string | FakeRange, hasHeaders: boolean): FakeTable {
    const holder: { model?: TableModel } = {};
    this.context.enqueue('TableCollection.add', [address, hasHeaders], () => {
      const sheetRef = this.sheet;
      if (!sheetRef) return fail('InvalidArgument', 'strict fake: add tables through a worksheet');
      const sheet = sheetRef.model();
      const t: RangeTarget =
        typeof address === 'string' ? addressOn(sheet, address, 'TableCollection.add') : address.target();
      assertEditable(t, 'objects', 'TableCollection.add');
      const wb = this.context.host.workbook;
      if (wb.tables.some((x) => x.sheet === sheet && overlaps(x.range, t.range)))
        fail('InvalidOperation', 'A table cannot overlap another table.', 'TableCollection.add');
      if (sheet.merges.some((m) => overlaps(m, t.range)))
        fail('MergedRangeConflict', 'A table cannot overlap merged cells.', 'TableCollection.add');
      let n = wb.tables.length + 1;
      while (wb.tables.some((x) => x.name.toUpperCase() === `TABLE${n}`)) n++;
      const model: TableModel = {
        name: `Table${n}`,
        sheet,
        range: { ...t.range },
        hasHeaders,
        style: 'TableStyleMedium2',
      };
      wb.tables.push(model);
      holder.model = model;
    });
    return new FakeTable(this.context, { holder });
  }
}

/** Excel.Table. */
export class FakeTable extends FakeObject<TableModel> {
  private worksheetProxy: FakeWorksheet | undefined;

  /** A table proxy: from a load (model) or created by add (holder). */
  constructor(
    context: FakeContext,
    private readonly ref: { model?: TableModel; holder?: { model?: TableModel } },
  ) {
    super(context, 'Table');
  }

  protected resolve(): TableModel {
    const model = this.ref.model ?? this.ref.holder?.model;
    if (!model || !this.context.host.workbook.tables.includes(model))
      return fail('ItemNotFound', 'The table does not exist.', 'Table');
    return model;
  }

  protected override scalars(): Scalars<TableModel> {
    return { id: tableId, name: (t) => t.name, style: (t) => t.style };
  }

  protected override navigation() {
    return { worksheet: () => this.worksheet };
  }

  get id(): string {
    return this.read('id');
  }
  get name(): string {
    return this.read('name');
  }
  set name(name: string) {
    this.context.enqueue('Table.name', [name], () => {
      const table = this.resolve();
      if (!TABLE_NAME.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name))
        fail('InvalidArgument', `"${name}" is not a valid table name.`, 'Table.name');
      const other = this.context.host.workbook.tables.find(
        (x) => x.name.toUpperCase() === name.toUpperCase(),
      );
      if (other && other !== table)
        fail('ItemAlreadyExists', `A table named "${name}" exists.`, 'Table.name');
      table.name = name;
    });
  }
  set style(style: string) {
    this.context.enqueue('Table.style', [style], () => {
      this.resolve().style = style;
    });
  }

  /** The worksheet the table is on (for paths like "items/worksheet/name"). */
  get worksheet(): FakeWorksheet {
    this.worksheetProxy ??= new FakeWorksheet(this.context, {
      holder: { model: (this.ref.model ?? this.ref.holder?.model)?.sheet },
    });
    return this.worksheetProxy;
  }
}

const CHART_TYPES = ['BarClustered', 'ColumnClustered', 'Line', 'Pie'];

/** Excel.ChartCollection of a worksheet. */
export class FakeChartCollection extends FakeObject<ChartModel[]> {
  /** The charts of a sheet. */
  constructor(
    context: FakeContext,
    private readonly sheet: SheetRef,
  ) {
    super(context, 'ChartCollection');
  }

  protected resolve(): ChartModel[] {
    return this.sheet.model().charts;
  }

  /** Adds a chart of one series per column of `source`. */
  add(type: string, source: FakeRange, seriesBy = 'Auto'): FakeChart {
    const holder: { model?: ChartModel } = {};
    this.context.enqueue('ChartCollection.add', [type, source, seriesBy], () => {
      if (!CHART_TYPES.includes(type)) fail('InvalidArgument', `chart type ${type}`, 'ChartCollection.add');
      const sheet: SheetModel = this.sheet.model();
      const t = source.target();
      if (t.sheet !== sheet) fail('InvalidArgument', 'strict fake: chart data on another sheet');
      assertEditable(t, 'objects', 'ChartCollection.add');
      const model: ChartModel = {
        type,
        source: { ...t.range },
        seriesBy,
        title: null,
        position: null,
        valueAxisMin: null,
        series: [{ name: null, values: { ...t.range }, xAxis: null, pointFills: {} }],
      };
      sheet.charts.push(model);
      holder.model = model;
    });
    return new FakeChart(this.context, holder);
  }
}

/** Excel.Chart (title, position, series). */
export class FakeChart extends FakeObject<ChartModel> {
  /** A chart created by add. */
  constructor(
    context: FakeContext,
    private readonly holder: { model?: ChartModel },
  ) {
    super(context, 'Chart');
  }

  protected resolve(): ChartModel {
    return this.holder.model ?? fail('ItemNotFound', 'The chart does not exist.', 'Chart');
  }

  get title(): { text: string } {
    const set = (text: string) =>
      this.context.enqueue('ChartTitle.text', [text], () => (this.resolve().title = text));
    return {
      set text(value: string) {
        set(value);
      },
      get text(): string {
        return fail('PropertyNotLoaded', 'strict fake: chart title is write-only here');
      },
    };
  }

  /** Places the chart over a cell frame. */
  setPosition(from: string, to?: string): void {
    this.context.enqueue('Chart.setPosition', [from, to ?? null], () => {
      this.resolve().position = { from, to: to ?? from };
    });
  }

  get series(): { getItemAt(index: number): FakeSeries } {
    return { getItemAt: (index: number) => new FakeSeries(this.context, () => this.resolve(), index) };
  }

  /**
   * The value axis's minimum (ExcelApi 1.1): a number, or '' for automatic, as
   * https://learn.microsoft.com/javascript/api/excel/excel.chartaxis#excel-excel-chartaxis-minimum-member says.
   */
  get axes(): { valueAxis: { minimum: number | string } } {
    const set = (value: number | string) =>
      this.context.enqueue('ChartAxis.minimum', [value], () => {
        if (value === '') this.resolve().valueAxisMin = null;
        else if (typeof value === 'number' && Number.isFinite(value)) this.resolve().valueAxisMin = value;
        else fail('InvalidArgument', `axis minimum ${String(value)}`, 'ChartAxis.minimum');
      });
    return {
      valueAxis: {
        set minimum(value: number | string) {
          set(value);
        },
        get minimum(): number | string {
          return fail('PropertyNotLoaded', 'strict fake: the axis minimum is write-only here');
        },
      },
    };
  }
}

/** One point's fill: `#RRGGBB` only (the fake refuses colour names), on a point that exists. */
const HTML_COLOR = /^#[0-9A-Fa-f]{6}$/;

/** Excel.ChartSeries. */
export class FakeSeries extends FakeObject<ChartModel['series'][number]> {
  /** The series at an index of a chart. */
  constructor(
    context: FakeContext,
    private readonly chart: () => ChartModel,
    private readonly index: number,
  ) {
    super(context, 'ChartSeries');
  }

  protected resolve(): ChartModel['series'][number] {
    return this.chart().series[this.index] ?? fail('ItemNotFound', `no series ${this.index}`, 'ChartSeries');
  }

  set name(name: string) {
    this.context.enqueue('ChartSeries.name', [name], () => (this.resolve().name = name));
  }

  /**
   * Points by position (ExcelApi 1.1): a point beyond the series' values does not exist. Only the fill of a point is
   * modelled. https://learn.microsoft.com/javascript/api/excel/excel.chartpointscollection
   */
  get points(): { getItemAt(index: number): { format: { fill: { setSolidColor(color: string): void } } } } {
    const setFill = (index: number, color: string) =>
      this.context.enqueue('ChartFill.setSolidColor', [index, color], () => {
        const series = this.resolve();
        const { top, bottom, left, right } = series.values;
        const count = (bottom - top + 1) * (right - left + 1);
        if (!Number.isInteger(index) || index < 0 || index >= count)
          fail(
            'InvalidArgument',
            `no point ${index} in a series of ${count}`,
            'ChartPointsCollection.getItemAt',
          );
        if (!HTML_COLOR.test(color)) fail('InvalidArgument', `colour ${color}`, 'ChartFill.setSolidColor');
        series.pointFills[index] = color.toUpperCase();
      });
    return {
      getItemAt: (index: number) => ({
        format: { fill: { setSolidColor: (c: string) => setFill(index, c) } },
      }),
    };
  }

  /** The category labels (ExcelApi 1.7). */
  setXAxisValues(range: FakeRange): void {
    this.context.enqueueGated('1.7', 'ChartSeries.setXAxisValues', [range], () => {
      this.resolve().xAxis = { ...range.target().range };
    });
  }
}
