/**
 * The end of a write, and the way back when it fails. New sheets are written under temporary names (insertPlan.ts);
 * then one small request, in this order: set the old sheets and their tables aside under other names, give the new
 * sheets and tables their real names, hide what the spec hides, show the sheet to show, protect, and last of all
 * delete the old sheets — unhiding very hidden ones first, since Excel refuses to delete a very hidden sheet
 * (https://github.com/OfficeDev/office-js/issues/365). Everything before the deletes can be undone by renaming back.
 *
 * Excel runs a request's actions in order and stops at the first failure, without undoing the ones before. So after
 * any failure we look at the workbook again: if no old sheet is gone yet, we delete what we created and rename the
 * old sheets and tables back (the workbook is as it was); if one is gone, there is no way back and we finish instead
 * (exactly one set of sheets). Both are computed from what the workbook holds at that moment, so they are safe to
 * retry while Excel is busy or the user is in another workbook.
 */
import type { SheetSpec, WorkbookSpec } from '../core/sheet/spec';
import type { InsertPlan } from './insertPlan';
import { RECOVERY_RETRY, withRetry } from './retry';

/** Sheet visibility as Office.js reports it. */
export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

/** A sheet as far as a write needs to know it. */
export interface SheetState {
  id: string;
  name: string;
  visibility: Visibility;
  protected: boolean;
}

/** The workbook's sheets (in order), tables, and active sheet. */
export interface WorkbookState {
  sheets: SheetState[];
  tables: { name: string; sheetId: string }[];
  activeId: string;
}

/** Counts the syncs of one Excel.run. */
export interface Session {
  context: Excel.RequestContext;
  syncs: number;
  sync(): Promise<void>;
}

/** A session on `context`. */
export function session(context: Excel.RequestContext): Session {
  const s: Session = {
    context,
    syncs: 0,
    sync: async () => {
      s.syncs += 1;
      await context.sync();
    },
  };
  return s;
}

/** One write in progress: the spec, its plan, the workbook before it, and the ids of the sheets added so far. */
export interface Transaction {
  spec: WorkbookSpec;
  plan: InsertPlan;
  before: WorkbookState;
  /** Per spec sheet, its id once the request that added it succeeded. */
  added: (string | undefined)[];
  /** Protect the sheets whose spec says so. */
  protect: boolean;
  /** The sheet to show at the end. */
  activate: string | undefined;
  protection: Excel.WorksheetProtectionOptions;
}

/** What recover() did. */
export type Recovery = 'rolledBack' | 'completed';

type Action = (context: Excel.RequestContext) => void;

const STATE = { Visible: 'Visible', Hidden: 'Hidden', VeryHidden: 'VeryHidden' } as const;
const VISIBILITY: Record<SheetSpec['visibility'], Visibility> = {
  visible: 'Visible',
  hidden: 'Hidden',
  veryHidden: 'VeryHidden',
};

/** Loads the sheets (ids, names, visibility, protection), the tables and the active sheet: one sync. */
export async function loadState(s: Session): Promise<WorkbookState> {
  const { context } = s;
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/id,items/name,items/visibility,items/protection/protected');
  const tables = context.workbook.tables;
  tables.load('items/name,items/worksheet/id');
  const active = worksheets.getActiveWorksheet();
  active.load('id');
  s.syncs += 1;
  await context.sync();
  return {
    sheets: worksheets.items.map((w) => ({
      id: w.id,
      name: w.name,
      visibility: STATE[w.visibility],
      protected: w.protection.protected,
    })),
    tables: tables.items.map((t) => ({ name: t.name, sheetId: t.worksheet.id })),
    activeId: active.id,
  };
}

/** The workbook as the transaction expects it once every new sheet is written (nothing loaded). */
export function expectedState(tx: Transaction): WorkbookState {
  const added = tx.spec.sheets.map((spec, i) => ({
    id: tx.added[i] ?? '',
    name: tx.plan.temporary[i] ?? spec.name,
    visibility: 'Visible' as const,
    protected: false,
  }));
  const tables = tx.spec.sheets.flatMap((_, i) =>
    (tx.plan.temporaryTables[i] ?? []).map((name) => ({ name, sheetId: tx.added[i] ?? '' })),
  );
  return {
    sheets: [...tx.before.sheets, ...added],
    tables: [...tx.before.tables, ...tables],
    activeId: tx.before.activeId,
  };
}

/** Queues `actions` and syncs them as one request (nothing to send: no sync). */
export async function send(s: Session, actions: readonly Action[]): Promise<void> {
  if (!actions.length) return;
  for (const act of actions) act(s.context);
  await s.sync();
}

/**
 * After a failure: look at the workbook, then roll back (no old sheet deleted yet) or finish (one is gone). Retried
 * with RECOVERY_RETRY; throws when the workbook cannot be put right.
 */
export async function recover(s: Session, tx: Transaction): Promise<Recovery> {
  return withRetry(async () => {
    const state = await loadState(s);
    const ids = new Set(state.sheets.map((x) => x.id));
    const oldGone = replacedIds(tx).some((id) => !ids.has(id));
    await send(s, oldGone ? finishActions(tx, state) : rollbackActions(tx, state));
    return oldGone ? 'completed' : 'rolledBack';
  }, RECOVERY_RETRY);
}

/** The final request from `state` to the written workbook (see the module comment for the order). */
export function finishActions(tx: Transaction, state: WorkbookState): Action[] {
  const byId = new Map(state.sheets.map((x) => [x.id, x]));
  const olds = replacedIds(tx)
    .map((id) => byId.get(id))
    .filter((x) => x !== undefined);
  const fresh = tx.spec.sheets.map((spec, i) => {
    const now = findAdded(tx, state, i);
    if (!now) throw new Error(`sheet ${spec.name} was not found to finish the write`);
    return { spec, now };
  });
  const oldIds = new Set(olds.map((x) => x.id));
  const aside = new Map(tx.plan.replaced.map((r) => [key(r.name), r.asideAs]));
  const tableAside = new Map(tx.plan.replacedTables.map((t) => [key(t.name), t.asideAs]));
  const actions: Action[] = [];

  for (const old of olds) {
    const to = aside.get(key(nameBefore(tx, old.id)));
    if (to && old.name !== to) actions.push(renameSheet(old.id, to));
  }
  for (const t of state.tables) {
    const to = tableAside.get(key(t.name));
    if (to && oldIds.has(t.sheetId)) actions.push(renameTable(t.name, to));
  }
  for (const { spec, now } of fresh) if (now.name !== spec.name) actions.push(renameSheet(now.id, spec.name));
  tx.spec.sheets.forEach((spec, i) =>
    (tx.plan.temporaryTables[i] ?? []).forEach((temp, j) => {
      const final = spec.tables[j]?.name;
      if (final && state.tables.some((t) => t.name === temp)) actions.push(renameTable(temp, final));
    }),
  );
  for (const { spec, now } of fresh) {
    const wanted = VISIBILITY[spec.visibility];
    if (now.visibility !== wanted) actions.push(setVisibility(now.id, wanted));
  }
  const target =
    fresh.find(({ spec }) => spec.name === tx.activate) ?? fresh.find((f) => f.spec.visibility === 'visible');
  if (target && state.activeId !== target.now.id)
    actions.push((c) => c.workbook.worksheets.getItem(target.now.id).activate());
  if (tx.protect) {
    for (const { spec, now } of fresh)
      if (spec.protect && !now.protected)
        actions.push((c) => c.workbook.worksheets.getItem(now.id).protection.protect(tx.protection));
  }
  for (const old of olds) {
    if (old.visibility === 'VeryHidden') actions.push(setVisibility(old.id, 'Hidden'));
    actions.push((c) => c.workbook.worksheets.getItem(old.id).delete());
  }
  return actions;
}

/** From `state` back to the workbook before the write: delete what was added, rename and re-hide what was set aside. */
export function rollbackActions(tx: Transaction, state: WorkbookState): Action[] {
  const before = new Map(tx.before.sheets.map((x) => [x.id, x]));
  const actions: Action[] = [];
  for (const now of state.sheets) {
    const was = before.get(now.id);
    if (was && was.visibility !== now.visibility) actions.push(setVisibility(now.id, was.visibility));
  }
  tx.spec.sheets.forEach((_, i) => {
    const now = findAdded(tx, state, i);
    if (!now) return;
    if (now.visibility === 'VeryHidden') actions.push(setVisibility(now.id, 'Hidden'));
    actions.push((c) => c.workbook.worksheets.getItem(now.id).delete());
  });
  for (const now of state.sheets) {
    const was = before.get(now.id);
    if (was && was.name !== now.name) actions.push(renameSheet(now.id, was.name));
  }
  for (const t of tx.plan.replacedTables)
    if (state.tables.some((x) => x.name === t.asideAs)) actions.push(renameTable(t.asideAs, t.name));
  const active = before.get(tx.before.activeId);
  if (active && active.visibility === 'Visible' && state.activeId !== active.id)
    actions.push((c) => c.workbook.worksheets.getItem(active.id).activate());
  return actions;
}

/** The sheet added for spec sheet `i`: by its id once known, else by its temporary name (never an old sheet). */
function findAdded(tx: Transaction, state: WorkbookState, i: number): SheetState | undefined {
  const id = tx.added[i];
  if (id) return state.sheets.find((x) => x.id === id);
  const temp = tx.plan.temporary[i];
  const old = new Set(tx.before.sheets.map((x) => x.id));
  return state.sheets.find((x) => x.name === temp && !old.has(x.id));
}

/** Ids of the existing sheets the spec replaces. */
function replacedIds(tx: Transaction): string[] {
  const names = new Set(tx.plan.replaced.map((r) => key(r.name)));
  return tx.before.sheets.filter((x) => names.has(key(x.name))).map((x) => x.id);
}

function nameBefore(tx: Transaction, id: string): string {
  return tx.before.sheets.find((x) => x.id === id)?.name ?? '';
}

function renameSheet(id: string, name: string): Action {
  return (c) => {
    c.workbook.worksheets.getItem(id).name = name;
  };
}

function renameTable(from: string, to: string): Action {
  return (c) => {
    c.workbook.tables.getItem(from).name = to;
  };
}

function setVisibility(id: string, visibility: Visibility): Action {
  return (c) => {
    c.workbook.worksheets.getItem(id).visibility = visibility;
  };
}

const key = (name: string) => name.toUpperCase();
