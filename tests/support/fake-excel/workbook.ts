/** Excel.Workbook and its settings and document properties, in the fake proxy model. */
import { FakeObject, type FakeContext, type Scalars } from './context';
import { jsonBytes } from './bytes';
import { fail } from './errors';
import type { WorkbookModel } from './model';
import { FakeTableCollection } from './objects';
import { SETTINGS_LIMIT_BYTES } from './rules';
import { FakeWorksheetCollection } from './worksheet';

/** Excel.Workbook. */
export class FakeWorkbook extends FakeObject<WorkbookModel> {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly settings: FakeSettingCollection;
  private propertiesProxy: FakeDocumentProperties | undefined;

  /** The workbook of a context. */
  constructor(context: FakeContext) {
    super(context, 'Workbook');
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context);
    this.settings = new FakeSettingCollection(context);
  }

  protected resolve(): WorkbookModel {
    return this.context.host.workbook;
  }

  /** Document properties (ExcelApi 1.7). */
  get properties(): FakeDocumentProperties {
    this.propertiesProxy ??= new FakeDocumentProperties(this.context);
    return this.propertiesProxy;
  }
}

/** Excel.DocumentProperties; creationDate is a Date, as the typings say. */
export class FakeDocumentProperties extends FakeObject<WorkbookModel['properties']> {
  /** The workbook's properties. */
  constructor(context: FakeContext) {
    super(context, 'DocumentProperties');
  }

  protected resolve(): WorkbookModel['properties'] {
    if (!this.context.host.supports('1.7')) fail('ApiNotFound', 'DocumentProperties needs ExcelApi 1.7.');
    return this.context.host.workbook.properties;
  }

  protected override scalars(): Scalars<WorkbookModel['properties']> {
    return { author: (p) => p.author, lastAuthor: (p) => p.lastAuthor, creationDate: (p) => p.creationDate };
  }

  get author(): string {
    return this.read('author');
  }
  get lastAuthor(): string {
    return this.read('lastAuthor');
  }
  get creationDate(): Date {
    return this.read('creationDate');
  }
}

/** Excel.SettingCollection (ExcelApi 1.4): values stored as JSON, like the host does. */
export class FakeSettingCollection extends FakeObject<Map<string, unknown>> {
  /** The workbook's add-in settings. */
  constructor(context: FakeContext) {
    super(context, 'SettingCollection');
  }

  protected resolve(): Map<string, unknown> {
    return this.context.host.workbook.settings;
  }

  /** Adds or replaces a setting. */
  add(key: string, value: unknown): FakeSetting {
    this.context.enqueueGated('1.4', 'SettingCollection.add', [key, value], () => {
      if (!key) fail('InvalidArgument', 'a setting needs a key', 'SettingCollection.add');
      const settings = this.resolve();
      const stored = JSON.parse(JSON.stringify(value)) as unknown;
      const after = new Map(settings).set(key, stored);
      const bytes = jsonBytes(Object.fromEntries(after));
      if (bytes > SETTINGS_LIMIT_BYTES)
        fail('GeneralException', `settings would take ${bytes} bytes (limit 2 MB)`, 'SettingCollection.add');
      settings.set(key, stored);
    });
    return new FakeSetting(this.context, key, false);
  }

  /** A setting, or a null object. */
  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.context, key, true);
  }
}

/** Excel.Setting. */
export class FakeSetting extends FakeObject<{ key: string; value: unknown }> {
  /** A setting by key. */
  constructor(
    context: FakeContext,
    private readonly key: string,
    orNull: boolean,
  ) {
    super(context, 'Setting');
    if (orNull) this.checkNullAtSync();
  }

  protected resolve(): { key: string; value: unknown } {
    return this.resolveOrNull() ?? fail('ItemNotFound', `no setting ${this.key}`, 'Setting');
  }

  protected override resolveOrNull(): { key: string; value: unknown } | null {
    const settings = this.context.host.workbook.settings;
    return settings.has(this.key) ? { key: this.key, value: settings.get(this.key) } : null;
  }

  protected override scalars(): Scalars<{ key: string; value: unknown }> {
    return { key: (s) => s.key, value: (s) => s.value };
  }

  get value(): unknown {
    return this.read('value');
  }

  /** Deletes the setting. */
  delete(): void {
    this.context.enqueue('Setting.delete', [], () => {
      this.resolve();
      this.context.host.workbook.settings.delete(this.key);
    });
  }
}
