/** Import: the plan read back from its sheets, every problem located at a sheet and cell (lossless with export). */
import { cellAddress } from '../../sheet/a1';
import { cellText, isBlank } from '../../snapshot/cells';
import type { SheetSnapshot, SnapshotCell, WorkbookSnapshot } from '../../snapshot/types';
import { isIsoDate, parseDateText } from '../../text/dates';
import { formulaFromOperands, isFormulaKind, kindOperands } from '../formulas';
import type { PlanProblem } from '../problems';
import { GENERAL, GENERAL_SHEET, TABLES, type Field, type Kind, type Row } from './tables';

/** A problem located in the workbook: the sheet and cell, with a plan-problem code. */
export interface SheetProblem extends PlanProblem {
  sheet: string;
  cell: string;
}

/** Import result: the plan JSON (to be checked by checkPlan) and a locator from JSON paths to cells. */
export interface ImportedPlan {
  json: Row;
  problems: SheetProblem[];
  /** Where a JSON path (as checkPlan reports it) lives in the workbook. */
  locate: (path: readonly (string | number)[]) => { sheet: string; cell: string } | null;
}

/** What the import has found so far: problems, where each JSON path was read, and the row each child came from. */
interface Reader {
  snapshot: WorkbookSnapshot;
  problems: SheetProblem[];
  where: Map<string, { sheet: string; cell: string }>;
  rowCell: WeakMap<Row, string>;
  /** Children read so far per parent and list ("CT02|inputs" → 2), for their JSON paths. */
  children: Map<string, number>;
}

/** Import: reads the plan back from the sheets; cell-level problems (not a number, bad date) come located. */
export function planFromSnapshot(snapshot: WorkbookSnapshot): ImportedPlan {
  const reader: Reader = {
    snapshot,
    problems: [],
    where: new Map(),
    rowCell: new WeakMap(),
    children: new Map(),
  };
  const json: Row = readGeneral(reader);
  json.agencies = readTable(reader, TABLES.agencies, (_, i) => ['agencies', i]);
  json.indicators = readIndicators(reader);
  json.tasks = readTasks(reader);
  const amendments = readAmendments(reader);
  if (amendments.length) json.amendments = amendments;
  const sources = readTable(reader, TABLES.sources, (_, i) => ['sources', i]);
  if (sources.length) json.sources = sources;
  const locate = (path: readonly (string | number)[]) => {
    for (let n = path.length; n > 0; n--) {
      const hit = reader.where.get(path.slice(0, n).join('.'));
      if (hit) return hit;
    }
    return null;
  };
  return { json, problems: reader.problems, locate };
}

/** A sheet by name, or null with a problem saying it is missing (an optional sheet may be missing). */
function sheetOf(reader: Reader, name: string, optional = false): SheetSnapshot | null {
  const s = reader.snapshot.sheets.find((x) => x.name === name) ?? null;
  if (!s && !optional)
    reader.problems.push({
      sheet: name,
      cell: 'A1',
      path: [],
      code: 'sheet_missing',
      params: { sheet: name },
    });
  return s;
}

/** The general sheet: one "key, value" row per plan field. */
function readGeneral(reader: Reader): Row {
  const json: Row = {};
  const general = sheetOf(reader, GENERAL_SHEET);
  if (!general) return json;
  for (let r = 1; r < general.rows.length; r++) {
    const key = cellText(general.rows[r]?.[0] ?? null).trim();
    const field = GENERAL.find((x) => x.key === key);
    if (!field) continue;
    const cell = cellAddress(r, 1);
    const value = readValue(general.rows[r]?.[1] ?? null, field.kind, general.name, cell, reader.problems);
    if (value !== undefined) set(json, field.key, value);
    reader.where.set(field.key, { sheet: general.name, cell });
  }
  return json;
}

/** The rows of a table sheet, columns found by the key in their header; each cell noted at its JSON path. */
function readTable(
  reader: Reader,
  t: { sheet: string; fields: readonly Field[]; optional?: boolean },
  pathOf: (row: Row, index: number) => (string | number)[],
): Row[] {
  const s = sheetOf(reader, t.sheet, t.optional === true);
  if (!s) return [];
  const header = (s.rows[0] ?? []).map((c) => /\(([\w.]+)\)\s*$/.exec(cellText(c ?? null))?.[1] ?? '');
  const cols = t.fields.map((x) => header.indexOf(x.key));
  t.fields.forEach((x, i) => {
    if (cols[i] !== -1 || x.optional) return;
    const params = { column: `${x.label} (${x.key})` };
    reader.problems.push({ sheet: t.sheet, cell: 'A1', path: [], code: 'column_missing', params });
  });
  const out: Row[] = [];
  for (let r = 1; r < s.rows.length; r++) {
    const cells = s.rows[r] ?? [];
    if (cols.every((c) => c < 0 || isBlank(cells[c] ?? null))) continue;
    const row: Row = {};
    const located: [string, string][] = [];
    t.fields.forEach((x, i) => {
      const c = cols[i] ?? -1;
      if (c < 0) return;
      const cell = cellAddress(r, c);
      located.push([x.key, cell]);
      const value = readValue(cells[c] ?? null, x.kind, t.sheet, cell, reader.problems);
      if (value !== undefined) set(row, x.key, value);
    });
    const base = pathOf(row, out.length);
    for (const [key, cell] of located)
      reader.where.set([...base, ...key.split('.')].join('.'), { sheet: t.sheet, cell });
    reader.where.set(base.join('.'), { sheet: t.sheet, cell: cellAddress(r, 0) });
    reader.rowCell.set(row, cellAddress(r, 0));
    out.push(row);
  }
  return out;
}

/** The index a child of `parent` takes in its list (inputs, milestones, deadlines), in the order read. */
function childIndex(reader: Reader, parent: string, list: string): number {
  const k = `${parent}|${list}`;
  const n = reader.children.get(k) ?? 0;
  reader.children.set(k, n + 1);
  return n;
}

/**
 * Attaches rows of a child sheet (inputs, milestones, deadlines) to their parents by the parent's id in column
 * `parentKey`; a row naming no known parent is a problem at its row.
 */
function attach(
  reader: Reader,
  rows: Row[],
  parents: Row[],
  parentKey: string,
  list: string,
  sheet: string,
): void {
  const indexOf = new Map(parents.map((r, i) => [String(r.id), i]));
  for (const row of rows) {
    const i = indexOf.get(String(row[parentKey]));
    if (i === undefined) {
      const params = { id: String(row[parentKey] ?? '') };
      const cell = reader.rowCell.get(row) ?? 'A1';
      reader.problems.push({ sheet, cell, path: [], code: 'unknown_parent', params });
    }
    delete row[parentKey];
    if (i !== undefined) ((parents[i] as Row)[list] as Row[]).push(row);
  }
}

/**
 * The indicators, with their inputs and milestones and their formulas: the kind from the indicator's row, the operand
 * each input fills from the input's row (a workbook exported before that column gives them in columns A and B).
 */
function readIndicators(reader: Reader): Row[] {
  const kinds = new Map<Row, Row>();
  const indicators = readTable(reader, TABLES.indicators, (_, i) => ['indicators', i]).map((row) => {
    const out: Row = { ...row, inputs: [], milestones: [] };
    delete out.formula;
    if (row.formula !== undefined) kinds.set(out, row.formula as Row);
    return out;
  });
  const indexOf = new Map(indicators.map((r, i) => [String(r.id), i]));
  for (const list of ['inputs', 'milestones'] as const) {
    const table = TABLES[list];
    const rows = readTable(reader, table, (row) => [
      'indicators',
      indexOf.get(String(row.indicator)) ?? -1,
      list,
      childIndex(reader, String(row.indicator), list),
    ]);
    attach(reader, rows, indicators, 'indicator', list, table.sheet);
  }
  indicators.forEach((ind, i) => attachFormula(reader, ind, i, kinds.get(ind)));
  return indicators;
}

/**
 * An indicator's formula from its kind and its inputs' operands (their "operand" cells, or for a workbook exported
 * before that column, the inputs named in the old columns A and B, in the kind's operand order); each input's
 * operand cell is where a problem with that operand is shown.
 */
function attachFormula(reader: Reader, ind: Row, index: number, cells: Row | undefined): void {
  const inputs = ind.inputs as Row[];
  const legacy = [cells?.a, cells?.b];
  const kindName = String(cells?.kind ?? '');
  const operands = inputs.map((x, j) => {
    const old = legacy.indexOf(x.id);
    const operand =
      x.operand ?? (old >= 0 && isFormulaKind(kindName) ? kindOperands(kindName)[old]?.operand : undefined);
    const at = reader.where.get(`indicators.${index}.inputs.${j}.operand`);
    if (at && operand !== undefined) reader.where.set(`indicators.${index}.formula.${String(operand)}`, at);
    delete x.operand;
    return { id: x.id, operand };
  });
  if (cells?.kind === undefined) return;
  ind.formula = formulaFromOperands(kindName, operands) ?? { kind: cells.kind };
  const at = reader.where.get(`indicators.${index}.formula.kind`);
  if (at) reader.where.set(`indicators.${index}.formula`, at);
}

/**
 * The amendments: rows of one version make one amendment (its date and basis from its first row; a row that gives
 * another date or basis is a problem at its cell), versions in the order they first appear.
 */
function readAmendments(reader: Reader): Row[] {
  const out: Row[] = [];
  const byVersion = new Map<string, Row>();
  const rows = readTable(reader, TABLES.amendments, (row) => {
    const key = String(row.version);
    let a = byVersion.get(key);
    if (!a) {
      a = { version: row.version, date: row.date, basis: row.basis, changes: [] };
      byVersion.set(key, a);
      out.push(a);
    }
    return ['amendments', out.indexOf(a), 'changes', childIndex(reader, `amendment ${key}`, 'changes')];
  });
  for (const row of rows) {
    const a = byVersion.get(String(row.version)) as Row;
    const j = (a.changes as Row[]).length;
    const path = `amendments.${out.indexOf(a)}.changes.${j}`;
    for (const key of ['date', 'basis'] as const) {
      if (row[key] === a[key]) continue;
      const at = reader.where.get(`${path}.${key}`) ?? { sheet: TABLES.amendments.sheet, cell: 'A1' };
      const params = {
        version: String(row.version),
        found: String(row[key] ?? ''),
        expected: String(a[key] ?? ''),
      };
      reader.problems.push({ ...at, path: [], code: 'amendment_rows_disagree', params });
    }
    for (const key of ['version', 'date', 'basis'] as const) {
      const at = reader.where.get(`${path}.${key}`);
      if (at && !reader.where.has(`amendments.${out.indexOf(a)}.${key}`))
        reader.where.set(`amendments.${out.indexOf(a)}.${key}`, at);
    }
    (a.changes as Row[]).push({ indicator: row.indicator, field: row.field, value: row.value });
  }
  return out;
}

/** The tasks, with their deadlines. */
function readTasks(reader: Reader): Row[] {
  const tasks: Row[] = readTable(reader, TABLES.tasks, (_, i) => ['tasks', i]).map((row) => ({
    collaborators: [],
    ...row,
    deadlines: [],
  }));
  const indexOf = new Map(tasks.map((r, i) => [String(r.id), i]));
  const deadlines = readTable(reader, TABLES.deadlines, (row) => [
    'tasks',
    indexOf.get(String(row.task)) ?? -1,
    'deadlines',
    childIndex(reader, String(row.task), 'deadlines'),
  ]);
  attach(reader, deadlines, tasks, 'task', 'deadlines', TABLES.deadlines.sheet);
  return tasks;
}

function set(obj: Row, dotted: string, value: unknown): void {
  const keys = dotted.split('.');
  let o = obj;
  keys.slice(0, -1).forEach((k) => {
    o[k] = (o[k] as Row | undefined) ?? {};
    o = o[k] as Row;
  });
  o[keys[keys.length - 1] as string] = value;
}

/** A cell's value by column kind; undefined for an empty cell; problems for values of the wrong kind. */
function readValue(
  cell: SnapshotCell | null,
  kind: Kind,
  sheet: string,
  address: string,
  problems: SheetProblem[],
): unknown {
  if (isBlank(cell) || cell === null) return undefined;
  const bad = (expected: string) => {
    problems.push({
      sheet,
      cell: address,
      path: [],
      code: 'cell_invalid',
      params: { found: cellText(cell), expected },
    });
    return undefined;
  };
  switch (kind) {
    // Text is stored composed (NFC): a name typed on a Mac comes decomposed, and would otherwise change the plan
    // hash over an invisible difference (every issued template would then warn "the plan changed").
    case 'text':
      return cell.t === 'd' ? cell.v : cellText(cell).trim().normalize('NFC');
    case 'list':
      return cellText(cell)
        .normalize('NFC')
        .split(/[,;\n]/)
        .map((s) => s.trim())
        .filter(Boolean);
    case 'number':
    case 'integer': {
      const n =
        cell.t === 'n'
          ? cell.v
          : cell.t === 's' && /^-?\d+(\.\d+)?$/.test(cell.v.trim())
            ? Number(cell.v.trim())
            : null;
      if (n === null || (kind === 'integer' && !Number.isInteger(n)))
        return bad(kind === 'integer' ? 'số nguyên' : 'số');
      return n;
    }
    case 'boolean': {
      if (cell.t === 'b') return cell.v;
      const t = cellText(cell).trim().toLowerCase();
      if (['true', 'có', 'co', 'x', '1', 'yes'].includes(t)) return true;
      if (['false', 'không', 'khong', '0', 'no'].includes(t)) return false;
      return bad('Có/Không (TRUE/FALSE)');
    }
    case 'date': {
      const iso = cell.t === 'd' ? cell.v.slice(0, 10) : cell.t === 's' ? parseDateText(cell.v) : null;
      if (!iso || !isIsoDate(iso)) return bad('ngày dd/mm/yyyy');
      return iso;
    }
  }
}
