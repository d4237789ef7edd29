/**
 * The open workbook → a WorkbookSnapshot, for core/validate. Two syncs whatever the number of sheets: the first learns
 * the sheets (names, visibility; very hidden ones included, the stamp is one) and the document properties, the second
 * loads every sheet's used range (values only: `getUsedRangeOrNullObject(true)`) and merged areas at once, loading
 * only the properties read. Excel's API has no "last saved" time, so `properties.modified` stays unset, and no way to
 * ask for the 1904 date system (old Mac workbooks), so dates are read in the 1900 system.
 */
import type { SheetSnapshot, WorkbookProperties, WorkbookSnapshot } from '../core/snapshot/types';
import { parseAddressList } from './address';
import { hostFeatures, type OptionalFeature } from './host';
import { mergeRefs, usedRangeRows, type LoadedRange } from './snapshotCells';

/** The snapshot and how the read went. */
export interface OpenWorkbookRead {
  snapshot: WorkbookSnapshot;
  /** Optional features this Excel lacks: without `mergedAreas` no merges are listed. */
  skipped: OptionalFeature[];
  syncs: number;
}

const STATE = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' } as const;

/** Reads the open workbook into a snapshot (what validate takes). */
export async function readOpenWorkbook(): Promise<WorkbookSnapshot> {
  return (await readOpenWorkbookDetailed()).snapshot;
}

/** Reads the open workbook, saying which optional features were missing and how many syncs it took. */
export async function readOpenWorkbookDetailed(): Promise<OpenWorkbookRead> {
  const features = hostFeatures();
  return Excel.run({ delayForCellEdit: true }, async (context) => {
    const workbook = context.workbook;
    const worksheets = workbook.worksheets;
    worksheets.load('items/name,items/visibility');
    const properties = workbook.properties;
    properties.load('author,lastAuthor,creationDate');
    await context.sync();

    const reads = worksheets.items.map((worksheet) => {
      const used = worksheet.getUsedRangeOrNullObject(true);
      used.load('address,values,valueTypes,formulas,numberFormat');
      const merged = features.mergedAreas ? worksheet.getRange().getMergedAreasOrNullObject() : null;
      if (merged) merged.load('address');
      return { worksheet, used, merged };
    });
    await context.sync();

    const sheets = reads.map(({ worksheet, used, merged }): SheetSnapshot => {
      const merges = merged && !merged.isNullObject ? parseAddressList(merged.address) : [];
      const range: LoadedRange | null = used.isNullObject
        ? null
        : {
            address: used.address,
            values: used.values,
            valueTypes: used.valueTypes,
            formulas: used.formulas,
            numberFormat: used.numberFormat,
          };
      return {
        name: worksheet.name,
        state: STATE[worksheet.visibility],
        rows: usedRangeRows(range, merges),
        merges: mergeRefs(merges),
      };
    });
    return {
      snapshot: { sheets, properties: documentProperties(properties) },
      skipped: features.mergedAreas ? [] : ['mergedAreas'],
      syncs: 2,
    };
  });
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
