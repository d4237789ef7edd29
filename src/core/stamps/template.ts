/**
 * The stamp: a very hidden sheet that says which plan (id + content hash), agency and period a template was
 * issued for, and the targets as issued. Readers find a submission's identity here, never from its file name.
 */
import type { CellSpec, SheetSpec } from '../sheet/spec';
import type { SheetSnapshot, SnapshotCell, WorkbookSnapshot } from '../snapshot/types';
import { LAYOUT_VERSION, SHEETS } from '../template/model';

/** Marker in the stamp's first row: tells our stamp from any sheet that happens to be called "_stamp". */
const STAMP_FORMAT = 'chitieu-ktxh/template';

/** A target as issued in a template. */
export interface IssuedIndicator {
  id: string;
  target: number;
  /** The milestone shown for the period, or (layout 2, none shown) the annual target with checkpointDate ''. */
  checkpoint: number;
  checkpointDate: string;
  tolerance: number;
}

/** A task as issued in a template. */
export interface IssuedTask {
  id: string;
  /** ISO date shown as the deadline, or "" when the task has none. */
  deadline: string;
}

/** Everything a stamp records. */
export interface Stamp {
  layoutVersion: number;
  planId: string;
  planHash: string;
  /** The plan version the template was issued under (stamps written before versions existed: 1). */
  planVersion: number;
  planYear: number;
  agencyId: string;
  agencyName: string;
  period: string;
  generatedAt: string;
  generator: string;
  indicators: IssuedIndicator[];
  tasks: IssuedTask[];
  /** The seal (core/seal) when Sở Tài chính set a key; templates issued before seals, or without a key, have none. */
  seal?: string;
}

/** The stamp's single-valued fields, in the order the stamp sheet lists them (its lists follow). */
export const STAMP_SCALAR_FIELDS = [
  'layoutVersion',
  'planId',
  'planHash',
  'planYear',
  'agencyId',
  'agencyName',
  'period',
  'generatedAt',
  'generator',
] as const;

const NUMERIC_FIELDS = new Set<string>(['layoutVersion', 'planYear']);

/** Fields stamps written by earlier versions lack, with the value they stand for. */
const LATER_FIELDS = { planVersion: 1 } as const;

/** The optional field row (its key in column A) that holds the seal. */
export const SEAL_FIELD = 'seal';

/** The stamp sheet for a template. */
export function stampSheet(stamp: Stamp): SheetSpec {
  const text = (v: string): CellSpec => ({ v, fmt: '@' });
  const rows: (CellSpec | null)[][] = [[text('format'), text(STAMP_FORMAT)]];
  for (const field of STAMP_SCALAR_FIELDS) {
    const value = stamp[field];
    rows.push([text(field), typeof value === 'number' ? { v: value } : text(value)]);
  }
  rows.push([text('planVersion'), { v: stamp.planVersion }]);
  // After the fields, before the lists: a reader that predates seals passes over a row it does not know.
  if (stamp.seal) rows.push([text(SEAL_FIELD), text(stamp.seal)]);
  rows.push([text('indicators'), { v: stamp.indicators.length }]);
  rows.push(['id', 'target', 'checkpoint', 'checkpointDate', 'tolerance'].map(text));
  for (const i of stamp.indicators) {
    rows.push([text(i.id), { v: i.target }, { v: i.checkpoint }, text(i.checkpointDate), { v: i.tolerance }]);
  }
  rows.push([text('tasks'), { v: stamp.tasks.length }]);
  rows.push(['id', 'deadline'].map(text));
  for (const t of stamp.tasks) rows.push([text(t.id), text(t.deadline)]);
  return hiddenDataSheet(SHEETS.stamp, rows, [16, 40, 12, 14, 12]);
}

/** A very hidden, protected sheet of data only (the stamp, the carried plan): cells and column widths, nothing else. */
export function hiddenDataSheet(
  name: string,
  cells: SheetSpec['cells'],
  widths: readonly number[],
): SheetSpec {
  return {
    name,
    visibility: 'veryHidden',
    cells,
    columns: widths.map((width) => ({ width })),
    merges: [],
    validations: [],
    conditionalFormats: [],
    tables: [],
    charts: [],
    protect: true,
  };
}

/** The stamp sheet: by name, else any sheet that starts with our stamp marker (it may have been renamed). */
export function findStampSheet(snapshot: WorkbookSnapshot): SheetSnapshot | undefined {
  return (
    snapshot.sheets.find((s) => s.name === SHEETS.stamp) ??
    snapshot.sheets.find((s) => {
      const a1 = s.rows[0]?.[0];
      const b1 = s.rows[0]?.[1];
      return a1?.t === 's' && a1.v === 'format' && b1?.t === 's' && b1.v === STAMP_FORMAT;
    })
  );
}

/** Why a stamp could not be read: the field that is missing or wrong, and what was found. */
export interface StampProblem {
  field: string;
  found: string;
}

/** Reads a stamp sheet back (hidden or very hidden, any writer). */
export function parseStamp(
  sheet: SheetSnapshot,
): { ok: true; stamp: Stamp } | { ok: false; problem: StampProblem } {
  const rows = sheet.rows;
  const key = (r: number) => scalarText(rows[r]?.[0] ?? null);
  const val = (r: number, c = 1) => rows[r]?.[c] ?? null;
  if (key(0) !== 'format' || scalarText(val(0)) !== STAMP_FORMAT) {
    return { ok: false, problem: { field: 'format', found: scalarText(val(0)) } };
  }
  const fields = new Map<string, SnapshotCell | null>();
  let r = 1;
  for (; r < rows.length && key(r) !== 'indicators'; r++) fields.set(key(r), val(r));

  const out: Record<string, string | number> = {};
  for (const field of STAMP_SCALAR_FIELDS) {
    const cell = fields.get(field) ?? null;
    if (NUMERIC_FIELDS.has(field)) {
      const n = scalarNumber(cell);
      if (n === null || !Number.isInteger(n))
        return { ok: false, problem: { field, found: scalarText(cell) } };
      out[field] = n;
    } else {
      const s = scalarText(cell);
      if (!s) return { ok: false, problem: { field, found: '' } };
      out[field] = s;
    }
  }

  const version = fields.has('planVersion')
    ? scalarNumber(fields.get('planVersion') ?? null)
    : LATER_FIELDS.planVersion;
  if (version === null || !Number.isInteger(version) || version < 1)
    return {
      ok: false,
      problem: { field: 'planVersion', found: scalarText(fields.get('planVersion') ?? null) },
    };

  const indicators: IssuedIndicator[] = [];
  const indicatorCount = scalarNumber(val(r));
  if (key(r) !== 'indicators' || indicatorCount === null)
    return { ok: false, problem: { field: 'indicators', found: key(r) } };
  r += 2; // the count row, then the column names
  for (let n = 0; n < indicatorCount; n++, r++) {
    const [id, target, checkpoint, checkpointDate, tolerance] = [0, 1, 2, 3, 4].map((c) => val(r, c));
    const nums = [target, checkpoint, tolerance].map((c) => scalarNumber(c ?? null));
    if (!scalarText(id ?? null) || nums.some((x) => x === null)) {
      return { ok: false, problem: { field: `indicators[${n}]`, found: scalarText(id ?? null) } };
    }
    indicators.push({
      id: scalarText(id ?? null),
      target: nums[0] as number,
      checkpoint: nums[1] as number,
      checkpointDate: scalarText(checkpointDate ?? null),
      tolerance: nums[2] as number,
    });
  }

  const tasks: IssuedTask[] = [];
  const taskCount = scalarNumber(val(r));
  if (key(r) !== 'tasks' || taskCount === null)
    return { ok: false, problem: { field: 'tasks', found: key(r) } };
  r += 2;
  for (let n = 0; n < taskCount; n++, r++) {
    const id = scalarText(val(r, 0));
    if (!id) return { ok: false, problem: { field: `tasks[${n}]`, found: '' } };
    tasks.push({ id, deadline: scalarText(val(r, 1)) });
  }

  const seal = scalarText(fields.get(SEAL_FIELD) ?? null);
  return {
    ok: true,
    stamp: {
      layoutVersion: out.layoutVersion as number,
      planId: out.planId as string,
      planHash: out.planHash as string,
      planVersion: version,
      planYear: out.planYear as number,
      agencyId: out.agencyId as string,
      agencyName: out.agencyName as string,
      period: out.period as string,
      generatedAt: out.generatedAt as string,
      generator: out.generator as string,
      indicators,
      tasks,
      ...(seal ? { seal } : {}),
    },
  };
}

/**
 * The layout versions this code can read: 1 (one blended status; its columns are found by their former headers, its
 * computed columns are not compared with the verdicts), 2 (a derived indicator's inputs in two pairs of columns;
 * every task naming the agency) and the current one.
 */
export const SUPPORTED_LAYOUTS: readonly number[] = [1, 2, LAYOUT_VERSION];

function scalarText(cell: SnapshotCell | null): string {
  if (!cell || cell.t === 'z') return '';
  return String(cell.v).trim();
}

function scalarNumber(cell: SnapshotCell | null): number | null {
  if (!cell) return null;
  if (cell.t === 'n') return cell.v;
  if (cell.t === 's' && /^-?\d+(\.\d+)?$/.test(cell.v.trim())) return Number(cell.v.trim());
  return null;
}
