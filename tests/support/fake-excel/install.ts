/**
 * installFakeOffice: puts a strict fake `Office` and `Excel` on a global object (Node for jest, the page for
 * Playwright), with a workbook tests seed and inspect, configurable host and API version, and counters. No Node
 * built-ins here: the same code is bundled into the browser.
 */
import { FakeContext, type FakeCounters, type FakeHost } from './context';
import { fail } from './errors';
import { WorkbookModel } from './model';
import { PAYLOAD_LIMIT_BYTES, type Fault, type FakePlatform } from './rules';
import { FakeWorkbook } from './workbook';

/** How the fake host presents itself. */
export interface FakeOfficeOptions {
  /** The Office application (null: office.js loaded in a plain browser, so onReady reports no host). */
  host?: 'Excel' | 'Word' | 'PowerPoint' | 'Outlook' | null;
  /** Highest ExcelApi requirement set supported, e.g. "1.8" (default "1.17"). */
  excelApi?: string;
  /** Request payload limit in bytes (default 5 MB, Excel on the web). */
  requestLimitBytes?: number;
  /** Response payload limit in bytes (default 5 MB). */
  responseLimitBytes?: number;
  /** Sheets the workbook starts with (default one "Sheet1"). */
  sheets?: string[];
  /** Where Office runs (`Office.context.platform`; default "PC", Excel on Windows). */
  platform?: FakePlatform;
  /**
   * What `Excel.createWorkbook` does (ExcelApi 1.8): "opens" (default; the new workbook is recorded) or fails with
   * NotImplemented, as it once did on iPad (https://github.com/OfficeDev/office-js/issues/1562).
   */
  createWorkbook?: 'opens' | 'notImplemented';
}

/** The installed fake: its workbook, counters, and a way to remove it. */
export interface FakeOffice {
  workbook: WorkbookModel;
  counters: FakeCounters;
  /** Zeroes the counters (between the setup and the call under test). */
  resetCounters(): void;
  /** Changes the supported ExcelApi version. */
  setExcelApi(version: string): void;
  /** Makes a later request fail (see rules.ts Fault). */
  injectFault(fault: Fault): void;
  /** The next `requests` requests fail with InactiveWorkbook (the user is in another workbook). */
  setInactive(requests: number): void;
  /** The user starts typing in a cell (until a delayed request lets the edit end). */
  setCellEditMode(editing: boolean): void;
  /** The .xlsx files (Base64) handed to Excel.createWorkbook, in order. */
  createdWorkbooks: string[];
  /** Removes `Office` and `Excel` from the global object. */
  uninstall(): void;
}

/** A request context of the fake, with its workbook. */
export class FakeRequestContext extends FakeContext {
  readonly workbook = new FakeWorkbook(this);
}

/** "1.13" → [1, 13], compared numerically part by part (1.13 is newer than 1.9). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Installs the fake on `target` (usually globalThis). */
export function installFakeOffice(target: object, options: FakeOfficeOptions = {}): FakeOffice {
  const workbook = new WorkbookModel();
  for (const name of options.sheets ?? ['Sheet1']) workbook.addSheet(name);
  let excelApi = options.excelApi ?? '1.17';
  const counters = emptyCounters();
  const platform = options.platform ?? 'PC';
  const host: FakeHost = {
    workbook,
    counters,
    requestLimitBytes: options.requestLimitBytes ?? PAYLOAD_LIMIT_BYTES,
    responseLimitBytes: options.responseLimitBytes ?? PAYLOAD_LIMIT_BYTES,
    platform,
    supports: (version) => compareVersions(excelApi, version) >= 0,
    faults: [],
    inactiveRequests: 0,
    cellEdit: false,
  };
  const createdWorkbooks: string[] = [];
  const appHost = options.host === undefined ? 'Excel' : options.host;

  const run = async <T>(a: unknown, b?: unknown): Promise<T> => {
    const [runOptions, batch] = typeof a === 'function' ? [undefined, a] : [a, b];
    if (typeof batch !== 'function') return fail('InvalidArgument', 'Excel.run needs a batch function');
    if (appHost !== 'Excel') return fail('ApiNotFound', 'Excel is not the host');
    counters.runs += 1;
    counters.runOptions.push(runOptions);
    const delay = typeof runOptions === 'object' && runOptions !== null && 'delayForCellEdit' in runOptions;
    const context = new FakeRequestContext(host, delay && runOptions.delayForCellEdit === true);
    try {
      const result = (await (batch as (c: FakeRequestContext) => Promise<T>)(context)) as T;
      // Strict: operations queued after the last sync would be lost; real add-ins must sync what they queue.
      if (context.queued)
        fail('GeneralException', `strict fake: ${context.queued} operation(s) queued but never synced`);
      return result;
    } finally {
      context.close();
    }
  };

  const office = {
    HostType: {
      Excel: 'Excel',
      Word: 'Word',
      PowerPoint: 'PowerPoint',
      Outlook: 'Outlook',
      OneNote: 'OneNote',
    },
    PlatformType: {
      PC: 'PC',
      OfficeOnline: 'OfficeOnline',
      Mac: 'Mac',
      iOS: 'iOS',
      Android: 'Android',
      Universal: 'Universal',
    },
    onReady: () => Promise.resolve({ host: appHost, platform: appHost ? platform : null }),
    context: {
      host: appHost,
      platform: appHost ? platform : null,
      requirements: {
        isSetSupported: (name: string, version?: string | number) => {
          if (typeof version === 'number')
            fail('InvalidArgument', 'strict fake: pass requirement versions as text');
          return appHost === 'Excel' && name === 'ExcelApi' && host.supports(version ?? '1.1');
        },
      },
    },
  };
  const globals = target as Record<string, unknown>;
  globals.Office = office;
  const createWorkbook = async (base64?: string): Promise<void> => {
    await Promise.resolve();
    if (!host.supports('1.8')) fail('ApiNotFound', 'createWorkbook needs ExcelApi 1.8.', 'createWorkbook');
    if (options.createWorkbook === 'notImplemented')
      fail('NotImplemented', "The requested feature isn't implemented.", 'createWorkbook');
    createdWorkbooks.push(base64 ?? '');
  };
  globals.Excel = { run, createWorkbook };
  return {
    workbook,
    counters,
    resetCounters: () => Object.assign(counters, emptyCounters()),
    setExcelApi: (version) => (excelApi = version),
    injectFault: (fault) => host.faults.push(fault),
    setInactive: (requests) => (host.inactiveRequests = requests),
    setCellEditMode: (editing) => (host.cellEdit = editing),
    createdWorkbooks,
    uninstall: () => {
      delete globals.Office;
      delete globals.Excel;
    },
  };
}

function emptyCounters(): FakeCounters {
  return {
    runs: 0,
    syncs: 0,
    requestBytes: [],
    largestRequestBytes: 0,
    largestResponseBytes: 0,
    runOptions: [],
    operations: 0,
    delayedForCellEdit: 0,
    requestOperations: [],
  };
}
