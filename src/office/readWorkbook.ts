/**
 * The open workbook → a WorkbookSnapshot, for core/validate. Within Excel on the web's limits (5 MB per response,
 * 5,000,000 cells per range read): sync 1 learns the sheets (names, visibility; very hidden ones included, the stamp
 * is one) and the document properties; sync 2 the used-range address of each sheet to read (values only:
 * `getUsedRangeOrNullObject(true)`) and its merged areas; then row blocks of about 3.5 MB each (readBlocks.ts) — one
 * sync for a template, one per ~3.5 MB for a large consolidation. A use case reads only the sheets it needs
 * (`options.sheets`). Every sync only reads, so each is sent again when Excel is briefly busy. Excel's API has no
 * "last saved" time, so `properties.modified` stays unset, and no way to ask for the 1904 date system (old Mac
 * workbooks), so dates are read in the 1900 system.
 */
import type { SheetSnapshot, WorkbookProperties, WorkbookSnapshot } from '../core/snapshot/types';
import { parseAddressList, parseSheetAddress } from './address';
import { hostFeatures, type OptionalFeature } from './host';
import { readBlocks, type BlockStats, type SheetToRead } from './readBlocks';
import { withRetry } from './retry';
import { assembleRows, mergeRefs } from './snapshotCells';

/** What to read. */
export interface ReadOptions {
  /** Only these sheets (names compared as Excel does, without regard to case); default: every sheet. */
  sheets?: readonly string[];
}

/** The snapshot and how the read went. */
export interface OpenWorkbookRead {
  snapshot: WorkbookSnapshot;
  /** Optional features this Excel lacks: without `mergedAreas` no merges are listed. */
  skipped: OptionalFeature[];
  syncs: number;
  /** Row blocks read, and the largest response by our measure. */
  blocks: number;
  largestResponseBytes: number;
}

const STATE = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' } as const;

/** Reads the open workbook (or only `options.sheets` of it) into a snapshot (what validate takes). */
export async function readOpenWorkbook(options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  return (await readOpenWorkbookDetailed(options)).snapshot;
}

/** Reads the open workbook, saying which optional features were missing and how many syncs it took. */
export async function readOpenWorkbookDetailed(options: ReadOptions = {}): Promise<OpenWorkbookRead> {
  const features = hostFeatures();
  const wanted = options.sheets && new Set(options.sheets.map((n) => n.toUpperCase()));
  return Excel.run({ delayForCellEdit: true }, async (context) => {
    let syncs = 0;
    const sync = async () => {
      syncs += 1;
      await context.sync();
    };
    const { worksheets, properties } = await withRetry(async () => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name,items/visibility');
      const props = context.workbook.properties;
      props.load('author,lastAuthor,creationDate');
      await sync();
      return { worksheets: sheets, properties: props };
    });
    const chosen = worksheets.items.filter((w) => !wanted || wanted.has(w.name.toUpperCase()));

    const extents = await withRetry(async () => {
      const reads = chosen.map((worksheet) => {
        const used = worksheet.getUsedRangeOrNullObject(true);
        used.load('address');
        const merged = features.mergedAreas ? worksheet.getRange().getMergedAreasOrNullObject() : null;
        if (merged) merged.load('address');
        return { worksheet, used, merged };
      });
      await sync();
      return reads.map(({ worksheet, used, merged }) => ({
        worksheet,
        used: used.isNullObject ? null : parseSheetAddress(used.address),
        merges: merged && !merged.isNullObject ? parseAddressList(merged.address) : [],
      }));
    });

    const toRead: SheetToRead[] = [];
    for (const e of extents)
      if (e.used) toRead.push({ name: e.worksheet.name, worksheet: e.worksheet, used: e.used });
    const { rows, stats } = await readBlocks(toRead, sync);
    const sheets = extents.map((e): SheetSnapshot => {
      const i = toRead.findIndex((t) => t.worksheet === e.worksheet);
      return {
        name: e.worksheet.name,
        state: STATE[e.worksheet.visibility],
        rows: e.used ? assembleRows(e.used.top, rows[i] ?? [], e.merges) : [],
        merges: mergeRefs(e.merges),
      };
    });
    return result({ sheets, properties: documentProperties(properties) }, features.mergedAreas, syncs, stats);
  });
}

function result(
  snapshot: WorkbookSnapshot,
  merges: boolean,
  syncs: number,
  stats: BlockStats,
): OpenWorkbookRead {
  return {
    snapshot,
    skipped: merges ? [] : ['mergedAreas'],
    syncs,
    blocks: stats.blocks,
    largestResponseBytes: stats.largestResponseBytes,
  };
}

function documentProperties(p: Excel.DocumentProperties): WorkbookProperties {
  const out: WorkbookProperties = {};
  const created = isoDateTime(p.creationDate);
  if (created) out.created = created;
  if (p.author) out.creator = p.author;
  if (p.lastAuthor) out.lastModifiedBy = p.lastAuthor;
  return out;
}

/** The typings say Date; a host may hand over the JSON string instead. Either becomes ISO 8601 (no milliseconds). */
function isoDateTime(value: Date | string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
