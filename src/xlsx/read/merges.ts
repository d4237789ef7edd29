/**
 * `<mergeCell ref>` ranges, checked by arithmetic on their corners and never expanded into cells: one merge of
 * A1:XFD1048576 (17 billion cells) in a 6 KB file made ExcelJS die of an uncatchable out-of-memory (docs/design.md).
 */
import { parseRange, rangeArea, type CellRange } from '../../core/sheet/a1';
import { abort, corrupt } from './abort';
import type { ReadLimits } from './limits';

/** The merges of one sheet, within the limits. */
export class Merges {
  /** Refs as written ("B4:D4"). */
  readonly refs: string[] = [];
  /** The same, as ranges. */
  readonly ranges: CellRange[] = [];
  private area = 0;

  /** Merges for a sheet. */
  constructor(
    private readonly sheet: string,
    private readonly limits: ReadLimits,
  ) {}

  /** Adds one `ref`; FILE_MERGE_TOO_LARGE as soon as the count or the total area passes its limit. */
  add(ref: string | undefined): void {
    const range = ref === undefined ? null : parseRange(ref);
    if (ref === undefined || range === null)
      return corrupt(`sheet "${this.sheet}": bad merged range "${String(ref).slice(0, 30)}"`);
    this.area += rangeArea(range);
    if (this.refs.length + 1 > this.limits.maxMerges)
      this.reject(this.refs.length + 1, this.limits.maxMerges);
    if (this.area > this.limits.maxMergedArea) this.reject(this.area, this.limits.maxMergedArea);
    this.refs.push(ref);
    this.ranges.push(range);
  }

  private reject(found: number, limit: number): never {
    return abort('FILE_MERGE_TOO_LARGE', { sheet: this.sheet, found, params: { sheet: this.sheet, limit } });
  }
}
