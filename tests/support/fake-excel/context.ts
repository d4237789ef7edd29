/**
 * The proxy-object model, strictly: setting a property or calling a method only queues an action; `context.sync()`
 * sends the queue as one request (counted, measured, rejected over the payload limit) and runs it in order, stopping
 * at the first failure; a loaded value becomes readable only once that sync succeeded, and reading any property
 * that was not loaded throws PropertyNotLoaded. Proxies die with their Excel.run.
 */
import { ACTION_OVERHEAD_BYTES, jsonBytes } from './bytes';
import { fail, FakeOfficeError, notLoaded } from './errors';
import type { WorkbookModel } from './model';
import { clearsUndo, type Fault, type FakePlatform } from './rules';

/** What the fake counts; tests assert budgets on it. */
export interface FakeCounters {
  runs: number;
  syncs: number;
  /** Bytes of each request (one per sync), in order. */
  requestBytes: number[];
  largestRequestBytes: number;
  largestResponseBytes: number;
  /** Options each Excel.run was given (undefined when called without). */
  runOptions: unknown[];
  /** Operations run so far (a clock for "what happened last"). */
  operations: number;
  /** Requests that waited for the user to leave cell-edit mode (delayForCellEdit). */
  delayedForCellEdit: number;
  /** Actions in each request, in order (one per sync). */
  requestOperations: number[];
}

/** The fake host shared by every context: the workbook, limits, API version, platform, injected trouble, counters. */
export interface FakeHost {
  workbook: WorkbookModel;
  counters: FakeCounters;
  requestLimitBytes: number;
  responseLimitBytes: number;
  platform: FakePlatform;
  /** True when the host supports ExcelApi `version`. */
  supports(version: string): boolean;
  /** Failures tests inject (removed once they fire). */
  faults: Fault[];
  /**
   * The next `inactiveRequests` requests fail with InactiveWorkbook: "multiple workbooks are open and the workbook
   * being called by this API has lost focus" (Excel error codes,
   * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
   */
  inactiveRequests: number;
  /**
   * The user is typing in a cell. A request then fails with InvalidOperationInCellEditMode unless its Excel.run asked
   * for `delayForCellEdit`, in which case it waits until the edit ends (here: the edit ends, as if Enter was pressed):
   * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit
   */
  cellEdit: boolean;
}

interface Action {
  name: string;
  bytes: number;
  run(): void;
}

/** A request context (what Excel.run hands the batch). */
export class FakeContext {
  private queue: Action[] = [];
  private pending: (() => void)[] = [];
  private responseBytes = 0;
  private closed = false;

  /** The sheet that was active when the current request started (for the activate-then-select rule). */
  activeAtRequestStart = 0;

  /** A context on the fake host, for an Excel.run with or without `delayForCellEdit`. */
  constructor(
    readonly host: FakeHost,
    private readonly delayForCellEdit = false,
  ) {}

  /** Queues an action; its request cost is the JSON of `args` plus a fixed overhead. */
  enqueue(name: string, args: readonly unknown[], run: () => void): void {
    this.assertOpen(name);
    this.queue.push({ name, bytes: ACTION_OVERHEAD_BYTES + jsonBytes(args), run });
  }

  /** Queues a gated action: it fails with ApiNotFound at sync when the host lacks ExcelApi `version`. */
  enqueueGated(version: string, name: string, args: readonly unknown[], run: () => void): void {
    this.enqueue(name, args, () => {
      if (!this.host.supports(version)) fail('ApiNotFound', `${name} needs ExcelApi ${version}.`, name);
      run();
    });
  }

  /** Registers a loaded value (or null state) to publish when the current sync succeeds. */
  publish(value: unknown, commit: () => void): void {
    this.responseBytes += jsonBytes(value);
    this.pending.push(commit);
  }

  /** Records that `api` ran, for the undo rules of the host's platform. */
  noteUndo(api: string): void {
    if (clearsUndo(api, this.host.platform)) this.host.workbook.undoClearedBy.push(api);
  }

  /** Number of queued actions not yet synced. */
  get queued(): number {
    return this.queue.length;
  }

  /** Sends the queue: one request, run in order; loads become readable only if everything succeeded. */
  async sync(): Promise<void> {
    this.assertOpen('context.sync');
    const actions = this.queue;
    this.queue = [];
    this.pending = [];
    this.responseBytes = 0;
    await Promise.resolve();
    const counters = this.host.counters;
    const bytes = actions.reduce((n, a) => n + a.bytes, 0);
    counters.syncs += 1;
    counters.requestBytes.push(bytes);
    counters.requestOperations.push(actions.length);
    counters.largestRequestBytes = Math.max(counters.largestRequestBytes, bytes);
    this.checkHostState(counters.syncs);
    if (bytes > this.host.requestLimitBytes)
      fail(
        'RequestPayloadSizeLimitExceeded',
        `The request payload size (${bytes} bytes) has exceeded the limit.`,
      );
    this.activeAtRequestStart = this.host.workbook.activeSheetId;
    for (const action of actions) this.runAction(action);
    counters.largestResponseBytes = Math.max(counters.largestResponseBytes, this.responseBytes);
    if (this.responseBytes > this.host.responseLimitBytes)
      fail(
        'ResponsePayloadSizeLimitExceeded',
        `The response payload size (${this.responseBytes}) exceeds the limit.`,
      );
    const lost = this.takeFault((f) => 'sync' in f && f.sync === counters.syncs && f.phase === 'after');
    if (lost) fail(lost.code, `injected: request ${counters.syncs} ran, its answer was lost`);
    for (const commit of this.pending) commit();
    this.pending = [];
  }

  /** Failures decided before a request runs: injected ones, a workbook out of focus, a cell being edited. */
  private checkHostState(sync: number): void {
    const host = this.host;
    const fault = this.takeFault((f) => 'sync' in f && f.sync === sync && f.phase !== 'after');
    if (fault) fail(fault.code, `injected: request ${sync} failed before it ran`);
    if (host.inactiveRequests > 0) {
      host.inactiveRequests -= 1;
      fail('InactiveWorkbook', 'The workbook being called by this API has lost focus.');
    }
    if (host.cellEdit) {
      if (!this.delayForCellEdit)
        fail(
          'InvalidOperationInCellEditMode',
          "The operation isn't available while Excel is in Edit cell mode.",
        );
      host.counters.delayedForCellEdit += 1;
      host.cellEdit = false;
    }
  }

  private runAction(action: Action): void {
    const counters = this.host.counters;
    counters.operations += 1;
    try {
      const fault = this.takeFault((f) => 'operation' in f && f.operation === counters.operations);
      if (fault) fail(fault.code, `injected: operation ${counters.operations} (${action.name}) failed`);
      action.run();
    } catch (e) {
      if (e instanceof FakeOfficeError && !e.debugInfo.errorLocation) e.debugInfo.errorLocation = action.name;
      throw e;
    }
  }

  private takeFault(match: (f: Fault) => boolean): Fault | undefined {
    const faults = this.host.faults;
    const i = faults.findIndex(match);
    return i < 0 ? undefined : faults.splice(i, 1)[0];
  }

  /** Ends the context (Excel.run finished): later use of its proxies fails. */
  close(): void {
    this.closed = true;
  }

  /** Throws InvalidObjectPath when the context's Excel.run is over. */
  assertOpen(what: string): void {
    if (this.closed)
      fail('InvalidObjectPath', `${what}: the object was used outside the Excel.run that created it.`, what);
  }
}

/** What a load path can continue into: another proxy. */
export interface Loadable {
  capture(paths: string[][]): void;
  assertLoadable(path: string[]): void;
}

/** Property readers of a proxy type: name → value from the resolved host object. */
export type Scalars<T> = Record<string, (target: T) => unknown>;

/**
 * Base of every proxy. `T` is the host object it stands for, resolved only while a sync runs. Scalars are loadable
 * properties; navigation properties lead to child proxies (for paths such as "format/fill/color" or "items/name").
 */
export abstract class FakeObject<T> {
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  /** A proxy of the given Office.js type name. */
  protected constructor(
    readonly context: FakeContext,
    private readonly typeName: string,
  ) {}

  /** The host object; throws (ItemNotFound…) when it does not exist. Called only while a sync runs. */
  protected abstract resolve(): T;

  /** Like resolve, but null for a *OrNullObject proxy whose object does not exist. */
  protected resolveOrNull(): T | null {
    return this.resolve();
  }

  /** Loadable scalar properties. */
  protected scalars(): Scalars<T> {
    return {};
  }

  /** Navigation properties usable in load paths. */
  protected navigation(): Record<string, () => Loadable> {
    return {};
  }

  /** Proxies serialise as references in payload measurements. */
  toJSON(): { ref: string } {
    return { ref: this.typeName };
  }

  /** Queues a load of property paths ("a,b/c" or ["a", "b/c"]); an empty load is refused (load only what you read). */
  load(spec?: string | string[]): this {
    const paths = (Array.isArray(spec) ? spec : (spec ?? '').split(','))
      .map((p) => p.trim())
      .filter((p) => p !== '');
    if (!paths.length)
      fail(
        'InvalidArgument',
        `strict fake: ${this.typeName}.load() needs property names (load only what you read)`,
      );
    for (const path of paths) this.assertLoadable(path.split('/'));
    this.context.enqueue(`${this.typeName}.load`, [paths], () =>
      this.capture(paths.map((p) => p.split('/'))),
    );
    return this;
  }

  /** True for a *OrNullObject proxy whose object does not exist; readable only after a sync. */
  get isNullObject(): boolean {
    if (this.nullState === undefined) return notLoaded('isNullObject');
    return this.nullState;
  }

  /** Runs a load during sync: resolves the object and publishes the values asked for. */
  capture(paths: string[][]): void {
    const target = this.resolveOrNull();
    this.context.publish(null, () => (this.nullState = target === null));
    if (target === null) return;
    const scalars = this.scalars();
    const groups = new Map<string, string[][]>();
    for (const [head, ...rest] of paths) {
      if (head === undefined) continue;
      const read = scalars[head];
      if (read && rest.length === 0) {
        const value = read(target);
        this.context.publish(value, () => this.loaded.set(head, value));
      } else groups.set(head, [...(groups.get(head) ?? []), rest]);
    }
    for (const [head, rests] of groups) {
      if (head === 'items') {
        this.captureItems(target, rests);
        continue;
      }
      const child = this.navigation()[head];
      if (!child) fail('InvalidArgument', `${this.typeName}.${head} cannot be loaded`);
      child().capture(rests);
    }
  }

  /** Collections override this to load their items' properties. */
  protected captureItems(_target: T, _paths: string[][]): void {
    fail('InvalidArgument', `${this.typeName} has no items`);
  }

  /** Collections override this to check an item property path at load time. */
  protected assertItemPath(_path: string[]): void {
    fail('InvalidArgument', `${this.typeName} has no items`);
  }

  /** Checks a load path now, so a bad load fails where it is written (unknown or navigation-only properties). */
  assertLoadable(path: string[]): void {
    const [head, ...rest] = path;
    if (head === undefined || head === '') fail('InvalidArgument', `bad load path on ${this.typeName}`);
    if (head === 'items') {
      if (!rest.length) fail('InvalidArgument', `strict fake: load "items/<property>" on ${this.typeName}`);
      this.assertItemPath(rest);
      return;
    }
    const isScalar = head in this.scalars();
    const child = this.navigation()[head];
    if (rest.length === 0) {
      if (!isScalar)
        fail(
          'InvalidArgument',
          `strict fake: ${this.typeName}.${head} is ${child ? 'a navigation property' : 'unknown'}`,
        );
      return;
    }
    if (!child) fail('InvalidArgument', `strict fake: ${this.typeName}.${head} is not a navigation property`);
    child().assertLoadable(rest);
  }

  /** Marks the proxy resolved (used by *OrNullObject proxies right after creation). */
  protected checkNullAtSync(): void {
    this.context.enqueue(`${this.typeName}.resolve`, [], () => {
      const target = this.resolveOrNull();
      this.context.publish(null, () => (this.nullState = target === null));
    });
  }

  /** A loaded value; throws PropertyNotLoaded unless loaded and synced. */
  protected read<V>(property: string): V {
    if (!this.loaded.has(property)) return notLoaded(property);
    return this.loaded.get(property) as V;
  }

  /** Publishes a value as loaded (for item proxies created while a collection loads). */
  protected setLoaded(property: string, value: unknown): void {
    this.loaded.set(property, value);
  }
}
