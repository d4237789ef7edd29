/** Data validation (ExcelApi 1.8) and conditional formats (1.6) on a range, with Excel's limits enforced. */
import { assertEditable, type RangeTarget } from './cells';
import { FakeObject, type FakeContext } from './context';
import { fail } from './errors';
import type { ConditionalFormatModel, ValidationModel } from './model';

/** What these proxies need from a range proxy. */
interface RangeOwner {
  target(): RangeTarget;
}

const OPERATORS = [
  'Between',
  'NotBetween',
  'EqualTo',
  'NotEqualTo',
  'GreaterThan',
  'LessThan',
  'GreaterThanOrEqualTo',
  'LessThanOrEqualTo',
];
const CELL_VALUE_OPERATORS = [
  'Between',
  'NotBetween',
  'EqualTo',
  'NotEqualTo',
  'GreaterThan',
  'LessThan',
  'GreaterThanOrEqual',
  'LessThanOrEqual',
];
const RULE_KINDS = ['wholeNumber', 'decimal', 'date', 'time', 'textLength', 'list', 'custom'];

/** Excel.DataValidation: one validation per range; titles ≤ 32 characters, input messages ≤ 255, errors ≤ 225. */
export class FakeDataValidation extends FakeObject<RangeTarget> {
  /** The validation of a range. */
  constructor(
    context: FakeContext,
    private readonly owner: RangeOwner,
  ) {
    super(context, 'DataValidation');
  }

  protected resolve(): RangeTarget {
    return this.owner.target();
  }

  private edit(name: string, value: unknown, apply: (v: ValidationModel) => void): void {
    this.context.enqueueGated('1.8', name, [value], () => {
      const t = this.owner.target();
      assertEditable(t, 'objects', name);
      const same = (v: ValidationModel) =>
        v.range.top === t.range.top &&
        v.range.left === t.range.left &&
        v.range.bottom === t.range.bottom &&
        v.range.right === t.range.right;
      let model = t.sheet.validations.find(same);
      if (!model) {
        model = { range: { ...t.range }, rule: null, ignoreBlanks: null, prompt: null, errorAlert: null };
        t.sheet.validations.push(model);
      }
      apply(model);
    });
  }

  set rule(rule: Record<string, unknown>) {
    this.edit('DataValidation.rule', rule, (v) => (v.rule = checkRule(rule)));
  }
  set ignoreBlanks(value: boolean) {
    this.edit('DataValidation.ignoreBlanks', value, (v) => (v.ignoreBlanks = value));
  }
  set prompt(p: { showPrompt: boolean; title: string; message: string }) {
    this.edit('DataValidation.prompt', p, (v) => {
      checkTexts(p.title, p.message, 255, 'DataValidation.prompt');
      v.prompt = { ...p };
    });
  }
  set errorAlert(a: { showAlert: boolean; style: string; title: string; message: string }) {
    this.edit('DataValidation.errorAlert', a, (v) => {
      checkTexts(a.title, a.message, 225, 'DataValidation.errorAlert');
      if (!['Stop', 'Warning', 'Information'].includes(a.style))
        fail('InvalidArgument', `alert style ${a.style}`, 'DataValidation.errorAlert');
      v.errorAlert = { ...a };
    });
  }
}

function checkTexts(title: string, message: string, max: number, what: string): void {
  if (title.length > 32) fail('InvalidArgument', `${what}: the title is longer than 32 characters`, what);
  if (message.length > max)
    fail('InvalidArgument', `${what}: the message is longer than ${max} characters`, what);
}

function checkRule(rule: Record<string, unknown>): Record<string, unknown> {
  const kinds = Object.keys(rule).filter((k) => rule[k] !== undefined);
  const kind = kinds[0];
  if (kinds.length !== 1 || kind === undefined || !RULE_KINDS.includes(kind))
    fail(
      'InvalidArgument',
      `a validation rule has exactly one kind, got ${kinds.join(',')}`,
      'DataValidation.rule',
    );
  const body = rule[kind] as Record<string, unknown>;
  if (kind === 'list') {
    if (typeof body.source !== 'string' || body.source === '' || body.source.length > 255)
      fail('InvalidArgument', 'list source must be 1–255 characters', 'DataValidation.rule');
  } else if (kind !== 'custom') {
    if (!OPERATORS.includes(String(body.operator)) || body.formula1 === undefined)
      fail('InvalidArgument', `${kind}: operator and formula1 are required`, 'DataValidation.rule');
    if ((body.operator === 'Between' || body.operator === 'NotBetween') && body.formula2 === undefined)
      fail('InvalidArgument', `${kind}: Between needs formula2`, 'DataValidation.rule');
  }
  return structuredClone(rule);
}

/** Excel.ConditionalFormatCollection of a range. */
export class FakeConditionalFormatCollection extends FakeObject<RangeTarget> {
  /** The conditional formats of a range. */
  constructor(
    context: FakeContext,
    private readonly owner: RangeOwner,
  ) {
    super(context, 'ConditionalFormatCollection');
  }

  protected resolve(): RangeTarget {
    return this.owner.target();
  }

  /** Adds a conditional format of a type ("CellValue" is the one modelled in detail). */
  add(type: string): FakeConditionalFormat {
    const holder: { model?: ConditionalFormatModel } = {};
    this.context.enqueueGated('1.6', 'ConditionalFormatCollection.add', [type], () => {
      const t = this.owner.target();
      assertEditable(t, 'objects', 'ConditionalFormatCollection.add');
      const model: ConditionalFormatModel = {
        range: { ...t.range },
        type,
        rule: null,
        format: { fill: null, fontColor: null, bold: null, italic: null },
      };
      t.sheet.conditionalFormats.push(model);
      holder.model = model;
    });
    return new FakeConditionalFormat(this.context, holder);
  }
}

/** Excel.ConditionalFormat. */
export class FakeConditionalFormat extends FakeObject<ConditionalFormatModel> {
  /** A conditional format created by `add`. */
  constructor(
    context: FakeContext,
    private readonly holder: { model?: ConditionalFormatModel },
  ) {
    super(context, 'ConditionalFormat');
  }

  protected resolve(): ConditionalFormatModel {
    return this.holder.model ?? fail('ItemNotFound', 'conditional format not created', 'ConditionalFormat');
  }

  /** The "cell value" rule and format (type CellValue only). */
  get cellValue(): FakeCellValueFormat {
    return new FakeCellValueFormat(this.context, () => {
      const model = this.resolve();
      if (model.type !== 'CellValue')
        fail(
          'InvalidOperation',
          `cellValue of a ${model.type} conditional format`,
          'ConditionalFormat.cellValue',
        );
      return model;
    });
  }
}

/** Excel.CellValueConditionalFormat. */
export class FakeCellValueFormat extends FakeObject<ConditionalFormatModel> {
  /** The cell-value part of a conditional format. */
  constructor(
    context: FakeContext,
    private readonly model: () => ConditionalFormatModel,
  ) {
    super(context, 'CellValueConditionalFormat');
  }

  protected resolve(): ConditionalFormatModel {
    return this.model();
  }

  set rule(rule: { formula1: string; formula2?: string; operator: string }) {
    this.context.enqueue('CellValueConditionalFormat.rule', [rule], () => {
      const model = this.model();
      if (typeof rule.formula1 !== 'string' || !CELL_VALUE_OPERATORS.includes(rule.operator))
        fail('InvalidArgument', 'formula1 (text) and a cell-value operator are required', 'rule');
      model.rule = { ...rule };
    });
  }

  get format(): FakeConditionalRangeFormat {
    return new FakeConditionalRangeFormat(this.context, this.model);
  }
}

/** Excel.ConditionalRangeFormat (fill colour, font colour, bold, italic). */
export class FakeConditionalRangeFormat extends FakeObject<ConditionalFormatModel> {
  /** The format a conditional format applies. */
  constructor(
    context: FakeContext,
    private readonly model: () => ConditionalFormatModel,
  ) {
    super(context, 'ConditionalRangeFormat');
  }

  protected resolve(): ConditionalFormatModel {
    return this.model();
  }

  get fill(): { color: string } {
    const set = (color: string) =>
      this.context.enqueue(
        'ConditionalRangeFormat.fill.color',
        [color],
        () => (this.model().format.fill = color),
      );
    return {
      set color(value: string) {
        set(value);
      },
      get color(): string {
        return fail('PropertyNotLoaded', 'strict fake: conditional fill colour is write-only here');
      },
    };
  }

  get font(): { color: string; bold: boolean; italic: boolean } {
    const put = (name: 'fontColor' | 'bold' | 'italic', value: string | boolean) =>
      this.context.enqueue(`ConditionalRangeFont.${name}`, [value], () => {
        const format = this.model().format as Record<string, unknown>;
        format[name] = value;
      });
    const writeOnly = (): never =>
      fail('PropertyNotLoaded', 'strict fake: conditional font is write-only here');
    return {
      set color(value: string) {
        put('fontColor', value);
      },
      get color(): string {
        return writeOnly();
      },
      set bold(value: boolean) {
        put('bold', value);
      },
      get bold(): boolean {
        return writeOnly();
      },
      set italic(value: boolean) {
        put('italic', value);
      },
      get italic(): boolean {
        return writeOnly();
      },
    };
  }
}
