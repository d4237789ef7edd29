/** A range's format (alignment, sizes, font, fill, borders, cell protection), in the fake proxy model. */
import { assertEditable, eachCell, uniform, type RangeTarget } from './cells';
import { FakeObject, type FakeContext, type Scalars } from './context';
import { fail } from './errors';
import type { CellModel } from './model';
import type { FakeRange } from './range';

/** Base of proxies that stand for a range (the range itself and its format parts). */
export abstract class RangePart extends FakeObject<RangeTarget> {
  /** A proxy on `owner`'s range. */
  protected constructor(
    context: FakeContext,
    typeName: string,
    protected readonly owner: FakeRange,
  ) {
    super(context, typeName);
  }

  protected resolve(): RangeTarget {
    return this.owner.target();
  }

  /** Queues a format property write on every cell of the range. */
  protected setFormat(name: string, value: unknown, apply: (cell: CellModel) => void): void {
    this.context.enqueue(name, [value], () => {
      const t = this.owner.target();
      assertEditable(t, 'format', name);
      eachCell(t, apply);
    });
  }
}

/** Excel.RangeFormat. */
export class FakeRangeFormat extends RangePart {
  private parts: {
    font?: FakeRangeFont;
    fill?: FakeRangeFill;
    borders?: FakeBorders;
    protection?: FakeProtection;
  } = {};

  /** The format of a range. */
  constructor(context: FakeContext, owner: FakeRange) {
    super(context, 'RangeFormat', owner);
  }

  protected override scalars(): Scalars<RangeTarget> {
    return {
      wrapText: (t) => uniform(t, (c) => c.wrap, false),
      horizontalAlignment: (t) => uniform(t, (c) => c.hAlign, 'General'),
      verticalAlignment: (t) => uniform(t, (c) => c.vAlign, 'Bottom'),
    };
  }

  protected override navigation() {
    return { fill: () => this.fill, font: () => this.font, protection: () => this.protection };
  }

  get font(): FakeRangeFont {
    return (this.parts.font ??= new FakeRangeFont(this.context, this.owner));
  }
  get fill(): FakeRangeFill {
    return (this.parts.fill ??= new FakeRangeFill(this.context, this.owner));
  }
  get borders(): FakeBorders {
    return (this.parts.borders ??= new FakeBorders(this.context, this.owner));
  }
  get protection(): FakeProtection {
    return (this.parts.protection ??= new FakeProtection(this.context, this.owner));
  }
  set wrapText(v: boolean) {
    this.setFormat('RangeFormat.wrapText', v, (c) => (c.wrap = v));
  }
  set horizontalAlignment(v: string) {
    this.setFormat(
      'RangeFormat.horizontalAlignment',
      v,
      (c) => (c.hAlign = oneOf(v, H_ALIGN, 'horizontalAlignment')),
    );
  }
  set verticalAlignment(v: string) {
    this.setFormat(
      'RangeFormat.verticalAlignment',
      v,
      (c) => (c.vAlign = oneOf(v, V_ALIGN, 'verticalAlignment')),
    );
  }
  set columnWidth(points: number) {
    this.context.enqueue('RangeFormat.columnWidth', [points], () => {
      const t = this.owner.target();
      assertEditable(t, 'columns', 'RangeFormat.columnWidth');
      if (!(points >= 0)) fail('InvalidArgument', `column width ${points}`, 'RangeFormat.columnWidth');
      for (let c = t.range.left; c <= t.range.right; c++) t.sheet.columnWidths.set(c, points);
    });
  }
  set rowHeight(points: number) {
    this.context.enqueue('RangeFormat.rowHeight', [points], () => {
      const t = this.owner.target();
      assertEditable(t, 'rows', 'RangeFormat.rowHeight');
      if (!(points >= 0 && points <= 409))
        fail('InvalidArgument', `row height ${points}`, 'RangeFormat.rowHeight');
      for (let r = t.range.top; r <= t.range.bottom; r++) t.sheet.rowHeights.set(r, points);
    });
  }
}

const H_ALIGN = [
  'General',
  'Left',
  'Center',
  'Right',
  'Fill',
  'Justify',
  'CenterAcrossSelection',
  'Distributed',
];
const V_ALIGN = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];
const COLOR = /^#[0-9A-Fa-f]{6}$/;

function oneOf(value: string, allowed: readonly string[], what: string): string {
  if (!allowed.includes(value)) fail('InvalidArgument', `${what}: "${value}"`, what);
  return value;
}

function color(value: string, what: string): string {
  if (!COLOR.test(value))
    fail('InvalidArgument', `${what}: "${value}" is not #RRGGBB (the fake accepts hex only)`);
  return value.toUpperCase();
}

/** Excel.RangeFont. */
export class FakeRangeFont extends RangePart {
  /** The font of a range. */
  constructor(context: FakeContext, owner: FakeRange) {
    super(context, 'RangeFont', owner);
  }
  protected override scalars(): Scalars<RangeTarget> {
    return {
      bold: (t) => uniform(t, (c) => c.bold, false),
      italic: (t) => uniform(t, (c) => c.italic, false),
      size: (t) => uniform(t, (c) => c.fontSize, 11),
      color: (t) => uniform(t, (c) => c.fontColor, '#000000'),
    };
  }
  set bold(v: boolean) {
    this.setFormat('RangeFont.bold', v, (c) => (c.bold = v));
  }
  set italic(v: boolean) {
    this.setFormat('RangeFont.italic', v, (c) => (c.italic = v));
  }
  set size(v: number) {
    this.setFormat('RangeFont.size', v, (c) => (c.fontSize = v));
  }
  set color(v: string) {
    this.setFormat('RangeFont.color', v, (c) => (c.fontColor = color(v, 'RangeFont.color')));
  }
}

/** Excel.RangeFill: "no fill" reads back as "#FFFFFF" (as in real Excel); tintAndShade (1.9) is null for it. */
export class FakeRangeFill extends RangePart {
  /** The fill of a range. */
  constructor(context: FakeContext, owner: FakeRange) {
    super(context, 'RangeFill', owner);
  }
  protected override scalars(): Scalars<RangeTarget> {
    return {
      color: (t) => uniform(t, (c) => c.fill ?? '#FFFFFF', '#FFFFFF'),
      tintAndShade: (t) => {
        if (!this.context.host.supports('1.9'))
          fail('ApiNotFound', 'RangeFill.tintAndShade needs ExcelApi 1.9.');
        return uniform(t, (c) => c.fillTint, null);
      },
    };
  }
  get color(): string {
    return this.read('color');
  }
  set color(v: string) {
    this.setFormat('RangeFill.color', v, (c) => {
      c.fill = color(v, 'RangeFill.color');
      c.fillTint = 0;
    });
  }
  get tintAndShade(): number | null {
    return this.read('tintAndShade');
  }
  /** RangeFill.clear: back to no fill. */
  clear(): void {
    this.setFormat('RangeFill.clear', null, (c) => {
      c.fill = null;
      c.fillTint = null;
    });
  }
}

/** Excel.RangeBorderCollection. */
export class FakeBorders extends RangePart {
  /** The borders of a range. */
  constructor(context: FakeContext, owner: FakeRange) {
    super(context, 'RangeBorderCollection', owner);
  }
  /** One edge's border. */
  getItem(edge: string): FakeBorder {
    oneOf(edge, EDGES, 'RangeBorderCollection.getItem');
    return new FakeBorder(this.context, this.owner, edge);
  }
}

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'];

/** Excel.RangeBorder (style and weight recorded per cell of the range). */
export class FakeBorder extends RangePart {
  /** One edge of a range's borders. */
  constructor(
    context: FakeContext,
    owner: FakeRange,
    private readonly edge: string,
  ) {
    super(context, 'RangeBorder', owner);
  }
  set style(v: string) {
    oneOf(
      v,
      ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'],
      'style',
    );
    this.setFormat('RangeBorder.style', v, (c) => (c.borders = { ...c.borders, [this.edge]: v }));
  }
  set weight(v: string) {
    oneOf(v, ['Hairline', 'Thin', 'Medium', 'Thick'], 'weight');
    this.setFormat('RangeBorder.weight', v, () => undefined);
  }
}

/** Excel.FormatProtection. */
export class FakeProtection extends RangePart {
  /** The protection format of a range. */
  constructor(context: FakeContext, owner: FakeRange) {
    super(context, 'FormatProtection', owner);
  }
  protected override scalars(): Scalars<RangeTarget> {
    return { locked: (t) => uniform(t, (c) => c.locked, true) };
  }
  set locked(v: boolean) {
    this.setFormat('FormatProtection.locked', v, (c) => (c.locked = v));
  }
}
