/**
 * Inserts a WorkbookSpec's sheets into the open workbook, the same sheets the CLI writes to .xlsx. One Excel.run:
 * sync 1 learns the existing sheet and table names; then every write is queued and synced in requests under 4 MB
 * (a template is one request; a large consolidation one more per ~3.5 MB). Protection goes last: once a sheet is
 * protected, further writes to it fail, and protecting (like deleting, renaming or hiding sheets on desktop) clears
 * the user's undo stack (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities), which
 * is why it only happens when the caller inserts a template and asks for it.
 */
import { PROTECTION_POLICY } from '../core/sheet/protection';
import type { WorkbookSpec } from '../core/sheet/spec';
import { flushRequests, packRequests, requestSizes, type Step } from './batches';
import { hostFeatures, type HostFeatures, type OptionalFeature } from './host';
import { planInsert, type InsertPlan } from './insertPlan';
import { ACTION_BYTES } from './payload';
import { sheetContentSteps } from './sheetSteps';

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
      /** Existing sheets deleted to make room (only with replaceExisting). */
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
      /** Estimated bytes of each write request. */
      requestBytes: number[];
    }
  | { ok: false; reason: 'nameClash'; sheets: string[]; tables: string[]; syncs: number };

/**
 * Inserts the spec's sheets into the open workbook (one Excel.run). The writes are planned before Excel is touched,
 * so a malformed spec (an unknown style, a list with a comma) throws without changing anything.
 */
export async function insertSheets(spec: WorkbookSpec, options: InsertOptions): Promise<WriteResult> {
  const handles = new Map<string, Excel.Worksheet>();
  const sheet = (name: string) => () => {
    const ws = handles.get(name);
    if (!ws) throw new Error(`sheet ${name} used before it was added`);
    return ws;
  };
  const content = contentSteps(spec, sheet, hostFeatures());
  const finishing = finishingSteps(spec, options, sheet);

  // delayForCellEdit: wait while the user is typing in a cell instead of failing the batch.
  // https://learn.microsoft.com/javascript/api/excel/excel.runoptions#excel-excel-runoptions-delayforcelledit-member
  return Excel.run({ delayForCellEdit: true }, async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    const tables = context.workbook.tables;
    tables.load('items/name,items/worksheet/name');
    await context.sync();

    const decision = planInsert(
      spec,
      worksheets.items.map((w) => w.name),
      tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
      options.replaceExisting,
    );
    if (!decision.ok)
      return { ok: false, reason: 'nameClash', sheets: decision.sheets, tables: decision.tables, syncs: 1 };

    const requests = packRequests([
      ...structureSteps(spec, decision.plan, handles),
      ...content.steps,
      ...finishing,
    ]);
    const syncs = 1 + (await flushRequests(context, requests));
    return {
      ok: true,
      sheets: spec.sheets.map((s) => s.name),
      replaced: decision.plan.deletes,
      cells: content.cells,
      textCells: content.textCells,
      shortened: content.shortened,
      skipped: content.skipped,
      syncs,
      requestBytes: requestSizes(requests),
    };
  });
}

/** Every sheet's content steps, and what they add up to. */
function contentSteps(
  spec: WorkbookSpec,
  sheet: (name: string) => () => Excel.Worksheet,
  features: HostFeatures,
): { steps: Step[]; cells: number; textCells: number; shortened: number; skipped: OptionalFeature[] } {
  const out = {
    steps: [] as Step[],
    cells: 0,
    textCells: 0,
    shortened: 0,
    skipped: new Set<OptionalFeature>(),
  };
  for (const s of spec.sheets) {
    const work = sheetContentSteps(s, spec.styles, sheet(s.name), features);
    out.steps.push(...work.steps);
    out.cells += work.cells;
    out.textCells += work.textCells;
    out.shortened += work.shortened;
    work.skipped.forEach((f) => out.skipped.add(f));
  }
  return { ...out, skipped: [...out.skipped] };
}

/** Adds the spec's sheets (temporary names where an old sheet is replaced), deletes the old ones, renames. */
function structureSteps(spec: WorkbookSpec, plan: InsertPlan, handles: Map<string, Excel.Worksheet>): Step[] {
  const steps: Step[] = spec.sheets.map((s, i) => ({
    bytes: ACTION_BYTES,
    queue: (context) => {
      handles.set(s.name, context.workbook.worksheets.add(plan.addAs[i] ?? s.name));
    },
  }));
  for (const name of plan.deletes) {
    steps.push({
      bytes: ACTION_BYTES * 2,
      queue: (context) => context.workbook.worksheets.getItem(name).delete(),
    });
  }
  spec.sheets.forEach((s, i) => {
    if (plan.addAs[i] === s.name) return;
    steps.push({
      bytes: ACTION_BYTES,
      queue: () => {
        const ws = handles.get(s.name);
        if (!ws) throw new Error(`sheet ${s.name} renamed before it was added`);
        ws.name = s.name;
      },
    });
  });
  return steps;
}

/**
 * Activation, then visibility (a hidden sheet cannot be the active one), then protection, last of all. They ride in
 * the last request rather than a sync of their own: the host runs a request's actions in order and stops at the first
 * failure, so the sheet is shown only once everything before it succeeded.
 */
function finishingSteps(
  spec: WorkbookSpec,
  options: InsertOptions,
  sheet: (name: string) => () => Excel.Worksheet,
): Step[] {
  const steps: Step[] = [];
  const visible = spec.sheets.filter((s) => s.visibility === 'visible');
  const target = visible.find((s) => s.name === options.activate) ?? visible[0];
  if (target) steps.push({ bytes: ACTION_BYTES, queue: () => sheet(target.name)().activate() });
  for (const s of spec.sheets) {
    if (s.visibility === 'visible') continue;
    const state = s.visibility === 'veryHidden' ? 'VeryHidden' : 'Hidden';
    steps.push({
      bytes: ACTION_BYTES,
      queue: () => {
        sheet(s.name)().visibility = state;
      },
    });
  }
  if (options.protect ?? true) {
    for (const s of spec.sheets.filter((x) => x.protect)) {
      steps.push({
        bytes: ACTION_BYTES * 2,
        queue: () => sheet(s.name)().protection.protect(SHEET_PROTECTION),
      });
    }
  }
  return steps;
}
