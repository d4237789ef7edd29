/**
 * From an issue to its cell: select it, or colour problem cells and later restore exactly the fills they had.
 * One Excel.run per action. Sheets protected without "format cells" allowed are left alone and reported (changing
 * their formatting would fail with AccessDenied, and unprotecting is not ours to do).
 */
import { parseRange } from '../core/sheet/a1';
import { hostFeatures, type HostFeatures } from './host';
import {
  cellKey,
  cellsThatFit,
  HIGHLIGHT_FILL,
  HIGHLIGHT_SETTING,
  parseMemory,
  serializeMemory,
  type RememberedFill,
} from './highlightMemory';
import { expandTargets, type HighlightTarget, type SkippedCell } from './highlightTargets';
import { withRetry } from './retry';

/** Outcome of selectCell. */
export type SelectResult =
  { ok: true } | { ok: false; reason: 'badAddress' | 'sheetMissing' | 'sheetHidden' };

/** Outcome of highlightCells. */
export interface HighlightResult {
  highlighted: number;
  skipped: SkippedCell[];
  /** Cells not highlighted: past MAX_HIGHLIGHT_CELLS, or past what the workbook's settings can remember. */
  truncated: number;
  /** False on hosts before ExcelApi 1.9: a white fill cannot be told from no fill, and is restored as no fill. */
  exactRestore: boolean;
  /** The stored memory was damaged; its unreadable entries were dropped. */
  memoryDamaged: boolean;
  syncs: number;
}

/** Outcome of clearHighlights. */
export interface ClearResult {
  restored: number;
  /** Cells whose sheet is gone (forgotten) or now protected (kept for a later clear). */
  skipped: SkippedCell[];
  memoryDamaged: boolean;
  syncs: number;
}

/**
 * Shows a cell: activates its sheet and selects it. A hidden sheet (such as the stamp) is not shown. `activate()` and
 * `select()` go in separate requests: in one batch, select on a sheet that was not active is often ignored
 * (https://github.com/OfficeDev/office-js/issues/5118). Two syncs on the active sheet, three otherwise; retried when
 * Excel is briefly busy (it is the same request each time).
 */
export async function selectCell(sheet: string, address: string): Promise<SelectResult> {
  if (!parseRange(address)) return { ok: false, reason: 'badAddress' };
  return withRetry(() =>
    Excel.run({ delayForCellEdit: true }, async (context): Promise<SelectResult> => {
      const worksheets = context.workbook.worksheets;
      const worksheet = worksheets.getItemOrNullObject(sheet);
      worksheet.load('id,visibility');
      const active = worksheets.getActiveWorksheet();
      active.load('id');
      await context.sync();
      if (worksheet.isNullObject) return { ok: false, reason: 'sheetMissing' };
      if (worksheet.visibility !== 'Visible') return { ok: false, reason: 'sheetHidden' };
      if (active.id !== worksheet.id) {
        worksheet.activate();
        await context.sync();
      }
      worksheet.getRange(address).select();
      await context.sync();
      return { ok: true };
    }),
  );
}

/**
 * Fills problem cells by severity. Three syncs: the sheets, their protection and the memory; the current fills of
 * cells not yet remembered; then the memory and the new fills together (memory first, so a failure part-way leaves
 * nothing unrestorable). One sync when no cell can be coloured.
 */
export async function highlightCells(targets: readonly HighlightTarget[]): Promise<HighlightResult> {
  const features = hostFeatures();
  // Retrying is safe: the memory is written before the fills, so a second attempt finds the cells remembered.
  return withRetry(() => highlightOnce(targets, features));
}

async function highlightOnce(
  targets: readonly HighlightTarget[],
  features: HostFeatures,
): Promise<HighlightResult> {
  const expanded = expandTargets(targets);
  const skipped = expanded.skipped;
  return Excel.run({ delayForCellEdit: true }, async (context) => {
    const { worksheets, stored } = loadSheetsAndMemory(context);
    await context.sync();

    const writable = writableSheets(worksheets.items);
    const memory = stored.isNullObject ? { entries: [], damaged: false } : parseMemory(stored.value);
    const remembered = new Set(memory.entries.map((e) => cellKey(e.sheet, e.cell)));
    const colourable = expanded.cells.filter((t) => {
      const ok = writable.get(t.sheet);
      if (ok !== true)
        skipped.push({ sheet: t.sheet, cell: t.cell, reason: ok === false ? 'protected' : 'sheetMissing' });
      return ok === true;
    });
    // A cell is coloured only if its old fill can be remembered: the settings hold 2 MB in all.
    const fresh = colourable.filter((t) => !remembered.has(cellKey(t.sheet, t.cell)));
    const room = fresh.slice(0, cellsThatFit(memory.entries, fresh));
    const cut = new Set(fresh.slice(room.length).map((t) => cellKey(t.sheet, t.cell)));
    const colour = colourable.filter((t) => !cut.has(cellKey(t.sheet, t.cell)));
    const truncated = expanded.truncated + cut.size;
    const exactRestore = features.fillTint;
    if (!colour.length)
      return { highlighted: 0, skipped, truncated, exactRestore, memoryDamaged: memory.damaged, syncs: 1 };

    const range = rangeGetter(context);
    const fills = room.map((t) => {
      const fill = range(t.sheet, t.cell).format.fill;
      fill.load(features.fillTint ? 'color,tintAndShade' : 'color');
      return { t, fill };
    });
    await context.sync();

    const entries: RememberedFill[] = [
      ...memory.entries,
      ...fills.map(({ t, fill }) => ({ sheet: t.sheet, cell: t.cell, fill: oldFill(fill, features) })),
    ];
    context.workbook.settings.add(HIGHLIGHT_SETTING, serializeMemory(entries));
    for (const t of colour) range(t.sheet, t.cell).format.fill.color = HIGHLIGHT_FILL[t.severity];
    await context.sync();
    const result = { skipped, truncated, exactRestore, memoryDamaged: memory.damaged, syncs: 3 };
    return { highlighted: colour.length, ...result };
  });
}

/**
 * Puts back every remembered fill and forgets them (cells on sheets now protected stay remembered). Retrying is safe:
 * the memory is deleted after the fills are restored, in the same request.
 */
export async function clearHighlights(): Promise<ClearResult> {
  return withRetry(() => clearOnce());
}

async function clearOnce(): Promise<ClearResult> {
  return Excel.run({ delayForCellEdit: true }, async (context) => {
    const { worksheets, stored } = loadSheetsAndMemory(context);
    await context.sync();
    if (stored.isNullObject) return { restored: 0, skipped: [], memoryDamaged: false, syncs: 1 };

    const writable = writableSheets(worksheets.items);
    const memory = parseMemory(stored.value);
    const range = rangeGetter(context);
    const skipped: SkippedCell[] = [];
    const kept: RememberedFill[] = [];
    let restored = 0;
    for (const e of memory.entries) {
      const ok = writable.get(e.sheet);
      if (ok === undefined) {
        skipped.push({ sheet: e.sheet, cell: e.cell, reason: 'sheetMissing' });
        continue;
      }
      if (!ok) {
        skipped.push({ sheet: e.sheet, cell: e.cell, reason: 'protected' });
        kept.push(e);
        continue;
      }
      const fill = range(e.sheet, e.cell).format.fill;
      if (e.fill === null) fill.clear();
      else fill.color = e.fill;
      restored += 1;
    }
    if (kept.length) context.workbook.settings.add(HIGHLIGHT_SETTING, serializeMemory(kept));
    else stored.delete();
    await context.sync();
    return { restored, skipped, memoryDamaged: memory.damaged, syncs: 2 };
  });
}

/** Queues loading every sheet's name and protection and the remembered fills (read after the next sync). */
function loadSheetsAndMemory(context: Excel.RequestContext): {
  worksheets: Excel.WorksheetCollection;
  stored: Excel.Setting;
} {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/protection/protected,items/protection/options');
  const stored = context.workbook.settings.getItemOrNullObject(HIGHLIGHT_SETTING);
  stored.load('value');
  return { worksheets, stored };
}

/** Ranges by sheet and address, one worksheet proxy per sheet (fewer object paths in the request). */
function rangeGetter(context: Excel.RequestContext): (sheet: string, address: string) => Excel.Range {
  const sheets = new Map<string, Excel.Worksheet>();
  return (sheet, address) => {
    let worksheet = sheets.get(sheet);
    if (!worksheet) {
      worksheet = context.workbook.worksheets.getItem(sheet);
      sheets.set(sheet, worksheet);
    }
    return worksheet.getRange(address);
  };
}

/** Sheet name → whether its cells' formatting may be changed (absent: no such sheet). */
function writableSheets(items: readonly Excel.Worksheet[]): Map<string, boolean> {
  return new Map(
    items.map((ws) => [ws.name, !ws.protection.protected || ws.protection.options.allowFormatCells === true]),
  );
}

/**
 * The fill to remember ("#RRGGBB", or null for none). "No fill" reads back as white ("#FFFFFF"), like a white fill.
 * With ExcelApi 1.9, `tintAndShade` is null only for no fill (https://github.com/OfficeDev/office-js/issues/4900);
 * before it, white is taken for no fill.
 */
function oldFill(fill: Excel.RangeFill, features: HostFeatures): string | null {
  if (features.fillTint) return fill.tintAndShade === null ? null : fill.color;
  return fill.color.toUpperCase() === '#FFFFFF' ? null : fill.color;
}
