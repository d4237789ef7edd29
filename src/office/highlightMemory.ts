/**
 * What a cell's fill was before we highlighted it, kept in the workbook's add-in settings (`Workbook.settings`,
 * ExcelApi 1.4: key-value pairs saved in the file, scoped to this add-in and document,
 * https://learn.microsoft.com/javascript/api/excel/excel.settingcollection and
 * https://learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings).
 * We chose settings over a very hidden sheet: a sheet would travel back to the Finance Department inside the agency's
 * file, show up in every snapshot, and could not be added to a workbook whose structure is protected. Settings are
 * written in the same batch as the fills and survive a task-pane reload. The value is a JSON string, parsed
 * defensively: it is document data; damaged entries are dropped and reported, never trusted.
 */
import type { Severity } from '../core/issues/codes';
import { jsonBytes } from './payload';

/** The settings key. */
export const HIGHLIGHT_SETTING = 'chitieu.highlights';

/** Fill colours by severity: error red, warning amber, info blue. */
export const HIGHLIGHT_FILL: Readonly<Record<Severity, string>> = {
  error: '#FF7C80',
  warning: '#FFC000',
  info: '#9BC2E6',
};

/** A highlighted cell and the fill it had ("#RRGGBB", or null for no fill). */
export interface RememberedFill {
  sheet: string;
  cell: string;
  fill: string | null;
}

/**
 * Most bytes the memory may take: half the 2 MB Office allows for an add-in's settings
 * (https://github.com/OfficeDev/office-js/issues/621), so highlighting without clearing cannot fill them up.
 */
export const MAX_MEMORY_BYTES = 1024 * 1024;

/** How many of `fresh` cells can be added to `entries` within MAX_MEMORY_BYTES (their fill counted at its longest). */
export function cellsThatFit(
  entries: readonly RememberedFill[],
  fresh: readonly { sheet: string; cell: string }[],
  budget = MAX_MEMORY_BYTES,
): number {
  // The memory is stored as one JSON text, itself a string in the settings: count it as the settings hold it.
  let bytes = jsonBytes(serializeMemory(entries));
  let n = 0;
  for (const c of fresh) {
    bytes += jsonBytes(JSON.stringify([c.sheet, c.cell, '#RRGGBB'])) - 1;
    if (bytes > budget) break;
    n += 1;
  }
  return n;
}

/** The memory as stored. */
export function serializeMemory(entries: readonly RememberedFill[]): string {
  return JSON.stringify({ version: 1, cells: entries.map((e) => [e.sheet, e.cell, e.fill]) });
}

/** The stored memory: its well-formed entries, and whether anything in it was damaged (and so dropped). */
export function parseMemory(value: unknown): { entries: RememberedFill[]; damaged: boolean } {
  const data = typeof value === 'string' ? parseJson(value) : undefined;
  if (typeof data !== 'object' || data === null || !('cells' in data) || !Array.isArray(data.cells))
    return { entries: [], damaged: true };
  const entries: RememberedFill[] = [];
  let damaged = false;
  for (const entry of data.cells as unknown[]) {
    const remembered = asEntry(entry);
    if (remembered) entries.push(remembered);
    else damaged = true;
  }
  return { entries, damaged };
}

function asEntry(entry: unknown): RememberedFill | null {
  if (!Array.isArray(entry) || entry.length !== 3) return null;
  const [sheet, cell, fill] = entry as unknown[];
  if (typeof sheet !== 'string' || typeof cell !== 'string') return null;
  if (fill !== null && (typeof fill !== 'string' || !/^#[0-9A-Fa-f]{6}$/.test(fill))) return null;
  return { sheet, cell, fill };
}

/** JSON.parse without throwing: undefined for text that is not JSON (the caller reports it as damaged). */
function parseJson(text: string): unknown {
  if (!/^\s*\{/.test(text)) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    if (e instanceof SyntaxError) return undefined;
    throw e;
  }
}

/** Identity of a cell in the memory. */
export function cellKey(sheet: string, cell: string): string {
  return `${sheet}\u0000${cell.toUpperCase()}`;
}
