/**
 * Inserts a WorkbookSpec's sheets into the open workbook, the same sheets the CLI writes to .xlsx, as one
 * transaction (one Excel.run): sync 1 learns the sheets and tables; then the new sheets are written under temporary
 * names in requests under 4 MB (a template is one request; a large consolidation one more per ~3.5 MB); then one small
 * request sets the old sheets aside, renames the new ones into place, protects, and deletes the old ones
 * (transaction.ts). A failure at any point leaves the workbook as it was, or — once an old sheet is deleted — written
 * completely; never half of each.
 *
 * Undo: protecting and deleting sheets clear the user's undo stack everywhere; renaming and hiding sheets clear it in
 * Excel on Windows and Mac, not on the web (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities).
 * So every insert clears it on the desktop (the temporary names are renamed) — which the pane says before a replace.
 */
import { PROTECTION_POLICY } from '../core/sheet/protection';
import type { WorkbookSpec } from '../core/sheet/spec';
import { packRequests, flushRequests, requestSizes, type Step } from './batches';
import { hostFeatures, type HostFeatures, type OptionalFeature } from './host';
import { planInsert, type InsertPlan } from './insertPlan';
import { ACTION_BYTES } from './payload';
import { withRetry } from './retry';
import { sheetContentSteps } from './sheetSteps';
import {
  expectedState,
  finishActions,
  loadState,
  recover,
  send,
  session,
  type Session,
  type Transaction,
} from './transaction';

/** Options of insertSheets. */
export interface InsertOptions {
  /** Delete and replace sheets whose names clash (the user asked); otherwise a clash changes nothing. */
  replaceExisting: boolean;
  /** The sheet to show afterwards (default: the spec's first visible sheet). */
  activate?: string;
  /** Protect the sheets whose spec says `protect` (default true; false for a consolidation meant to be edited). */
  protect?: boolean;
}

/**
 * Protection of an inserted template: core's PROTECTION_POLICY (the same the xlsx writer uses) in Office.js terms.
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotectionoptions
 */
export const SHEET_PROTECTION: Excel.WorksheetProtectionOptions = {
  selectionMode: PROTECTION_POLICY.selectLockedCells ? 'Normal' : 'Unlocked',
  allowFormatCells: PROTECTION_POLICY.formatCells,
  allowFormatColumns: PROTECTION_POLICY.formatColumns,
  allowFormatRows: PROTECTION_POLICY.formatRows,
  allowAutoFilter: PROTECTION_POLICY.autoFilter,
  allowSort: PROTECTION_POLICY.sort,
};

/** What insertSheets did. */
export type WriteResult =
  | {
      ok: true;
      /** Sheets added, in order. */
      sheets: string[];
      /** Existing sheets replaced (deleted at the end; only with replaceExisting). */
      replaced: string[];
      /** Cells given a value or formula. */
      cells: number;
      /** Text cells written in the Text format so Excel keeps them as text. */
      textCells: number;
      /** Validation titles or messages shortened to Excel's limits. */
      shortened: number;
      /** Optional features the spec uses that this Excel lacks (skipped). */
      skipped: OptionalFeature[];
      /** `context.sync()` calls made. */
      syncs: number;
      /** Estimated bytes of each write request (the last one sets the new sheets in place). */
      requestBytes: number[];
    }
  | { ok: false; reason: 'nameClash'; sheets: string[]; tables: string[]; syncs: number };

/**
 * Thrown when a write failed and the workbook could not be put back either (Excel kept failing): sheets named
 * "(tạm …)" (half-written, to delete) or "(cũ …)" (the user's old sheets, set aside) may remain. `cause` is the first
 * failure. The UI shows it by its code like any Office error.
 */
export class WriteInterruptedError extends Error {
  override readonly name = 'WriteInterruptedError';
  readonly code = 'WriteInterrupted';

  /** The first failure, and the one that stopped the recovery. */
  constructor(
    override readonly cause: unknown,
    readonly recoveryError: unknown,
  ) {
    super('the write failed and the workbook could not be restored');
  }
}

/**
 * Inserts the spec's sheets into the open workbook (one Excel.run). The writes are planned before Excel is touched,
 * so a malformed spec (an unknown style, a list with a comma) throws without changing anything. An Office failure is
 * rethrown once the workbook is back as it was; if it cannot be put back, WriteInterruptedError.
 */
export async function insertSheets(spec: WorkbookSpec, options: InsertOptions): Promise<WriteResult> {
  assertNoCrossSheetFormulas(spec);
  const handles = new Map<string, Excel.Worksheet>();
  const sheet = (name: string) => () => handles.get(name) ?? fail(`sheet ${name} used before it was added`);
  let plan: InsertPlan | undefined;
  const tableName = (sheetIndex: number) => (i: number) =>
    plan?.temporaryTables[sheetIndex]?.[i] ?? fail('a table was added before the insert was planned');
  const content = contentSteps(spec, sheet, hostFeatures(), tableName);

  // delayForCellEdit: wait while the user is typing in a cell instead of failing the batch.
  // https://learn.microsoft.com/javascript/api/excel/excel.runoptions#excel-excel-runoptions-delayforcelledit-member
  return Excel.run({ delayForCellEdit: true }, async (context) => {
    const s = session(context);
    const before = await withRetry(() => loadState(s));
    const decision = planInsert(
      spec,
      before.sheets.map((w) => w.name),
      before.tables.map((t) => ({
        name: t.name,
        sheet: before.sheets.find((w) => w.id === t.sheetId)?.name ?? '',
      })),
      options.replaceExisting,
    );
    if (!decision.ok)
      return {
        ok: false,
        reason: 'nameClash',
        sheets: decision.sheets,
        tables: decision.tables,
        syncs: s.syncs,
      };

    plan = decision.plan;
    const tx: Transaction = {
      spec,
      plan,
      before,
      added: spec.sheets.map(() => undefined),
      protect: options.protect ?? true,
      activate: options.activate,
      protection: SHEET_PROTECTION,
    };
    const requests = packRequests([...addSteps(spec, plan, handles), ...content.steps]);
    const requestBytes = requestSizes(requests);
    try {
      await flushRequests(context, requests, s.sync);
      tx.added = spec.sheets.map((x) => handles.get(x.name)?.id);
      const finish = finishActions(tx, expectedState(tx));
      // Each action is a sheet or table looked up by id or name, then one call or property.
      requestBytes.push(finish.length * 2 * ACTION_BYTES);
      await send(s, finish);
    } catch (e) {
      await recoverOrThrow(s, tx, handles, e);
    }
    return {
      ok: true,
      sheets: spec.sheets.map((x) => x.name),
      replaced: plan.replaced.map((r) => r.name),
      cells: content.cells,
      textCells: content.textCells,
      shortened: content.shortened,
      skipped: content.skipped,
      syncs: s.syncs,
      requestBytes,
    };
  });
}

/** After a failure: the workbook back as it was (then the failure is rethrown), or finished (then it returns). */
async function recoverOrThrow(
  s: Session,
  tx: Transaction,
  handles: ReadonlyMap<string, Excel.Worksheet>,
  failure: unknown,
): Promise<void> {
  tx.added = tx.spec.sheets.map((x) => addedId(handles.get(x.name)));
  let outcome;
  try {
    outcome = await recover(s, tx);
  } catch (e) {
    throw new WriteInterruptedError(failure, e);
  }
  if (outcome === 'rolledBack') throw failure;
}

/** A new sheet's id if the request that added it came back (reading it earlier throws PropertyNotLoaded). */
function addedId(ws: Excel.Worksheet | undefined): string | undefined {
  if (!ws) return undefined;
  try {
    return ws.id;
  } catch (e) {
    if (e instanceof Error && 'code' in e && e.code === 'PropertyNotLoaded') return undefined;
    throw e;
  }
}

/** Every sheet's content steps, and what they add up to. */
function contentSteps(
  spec: WorkbookSpec,
  sheet: (name: string) => () => Excel.Worksheet,
  features: HostFeatures,
  tableName: (sheetIndex: number) => (i: number) => string,
): { steps: Step[]; cells: number; textCells: number; shortened: number; skipped: OptionalFeature[] } {
  const out = {
    steps: [] as Step[],
    cells: 0,
    textCells: 0,
    shortened: 0,
    skipped: new Set<OptionalFeature>(),
  };
  spec.sheets.forEach((x, i) => {
    const work = sheetContentSteps(x, spec.styles, sheet(x.name), features, tableName(i));
    out.steps.push(...work.steps);
    out.cells += work.cells;
    out.textCells += work.textCells;
    out.shortened += work.shortened;
    work.skipped.forEach((f) => out.skipped.add(f));
  });
  return { ...out, skipped: [...out.skipped] };
}

/** Adds the spec's sheets under their temporary names (and asks for their ids, to find them again). */
function addSteps(spec: WorkbookSpec, plan: InsertPlan, handles: Map<string, Excel.Worksheet>): Step[] {
  return spec.sheets.map((x, i) => ({
    bytes: ACTION_BYTES * 2,
    queue: (context) => {
      const ws = context.workbook.worksheets.add(plan.temporary[i] ?? x.name);
      ws.load('id');
      handles.set(x.name, ws);
    },
  }));
}

/**
 * While the new sheets carry temporary names, a formula naming another sheet of the spec would point at the old
 * sheet of that name (and become #REF! when it is deleted). Core writes none; refuse rather than corrupt.
 */
function assertNoCrossSheetFormulas(spec: WorkbookSpec): void {
  const names = spec.sheets.map((x) => x.name.toUpperCase());
  for (const x of spec.sheets)
    for (const row of x.cells)
      for (const cell of row) {
        const f = cell?.f?.toUpperCase();
        if (
          f &&
          f.includes('!') &&
          names.some((n) => f.includes(`${n}!`) || f.includes(`${n.replace(/'/g, "''")}'!`))
        )
          throw new Error(`${x.name}: a formula refers to another sheet of the spec (${cell?.f ?? ''})`);
      }
}

function fail(message: string): never {
  throw new Error(message);
}
