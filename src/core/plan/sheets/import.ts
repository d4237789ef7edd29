/** Import: the plan read back from its sheets, every problem located at a sheet and cell (lossless with export). */
import { cellAddress } from '../../sheet/a1';
import { cellText, isBlank } from '../../snapshot/cells';
import type { SheetSnapshot, SnapshotCell, WorkbookSnapshot } from '../../snapshot/types';
import { isIsoDate, parseDateText } from '../../text/dates';
import { formulaFromOperands } from '../formulas';
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

/** Import: reads the plan back from the sheets; cell-level problems (not a number, bad date) come located. */
export function planFromSnapshot(snapshot: WorkbookSnapshot): ImportedPlan {
  const problems: SheetProblem[] = [];
  const where = new Map<string, { sheet: string; cell: string }>();
  const note = (path: (string | number)[], sheet: string, cell: string) =>
    where.set(path.join('.'), { sheet, cell });
  const sheetOf = (name: string): SheetSnapshot | null => {
    const s = snapshot.sheets.find((x) => x.name === name) ?? null;
    if (!s)
      problems.push({ sheet: name, cell: 'A1', path: [], code: 'sheet_missing', params: { sheet: name } });
    return s;
  };

  const rowCell = new WeakMap<Row, string>();
  const json: Row = {};
  const general = sheetOf(GENERAL_SHEET);
  if (general) {
    for (let r = 1; r < general.rows.length; r++) {
      const key = cellText(general.rows[r]?.[0] ?? null).trim();
      const field = GENERAL.find((x) => x.key === key);
      if (!field) continue;
      const cell = cellAddress(r, 1);
      const value = readValue(general.rows[r]?.[1] ?? null, field.kind, general.name, cell, problems);
      if (value !== undefined) set(json, field.key, value);
      note(field.key.split('.'), general.name, cell);
    }
  }

  const readTable = (
    t: { sheet: string; fields: readonly Field[] },
    pathOf: (row: Row, index: number) => (string | number)[],
  ): Row[] => {
    const s = sheetOf(t.sheet);
    if (!s) return [];
    const header = (s.rows[0] ?? []).map((c) => /\(([\w.]+)\)\s*$/.exec(cellText(c ?? null))?.[1] ?? '');
    const cols = t.fields.map((x) => header.indexOf(x.key));
    t.fields.forEach((x, i) => {
      if (cols[i] === -1)
        problems.push({
          sheet: t.sheet,
          cell: 'A1',
          path: [],
          code: 'column_missing',
          params: { column: `${x.label} (${x.key})` },
        });
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
        const value = readValue(cells[c] ?? null, x.kind, t.sheet, cell, problems);
        if (value !== undefined) set(row, x.key, value);
      });
      const base = pathOf(row, out.length);
      for (const [key, cell] of located) note([...base, ...key.split('.')], t.sheet, cell);
      where.set(base.join('.'), { sheet: t.sheet, cell: cellAddress(r, 0) });
      rowCell.set(row, cellAddress(r, 0));
      out.push(row);
    }
    return out;
  };

  json.agencies = readTable(TABLES.agencies, (_, i) => ['agencies', i]);
  const indicators = readTable(TABLES.indicators, (_, i) => ['indicators', i]).map((row) => {
    const formula = row.formula as Row | undefined;
    const out: Row = { ...row, inputs: [], milestones: [] };
    delete out.formula;
    if (formula?.kind !== undefined)
      out.formula = formulaFromOperands(String(formula.kind), [formula.a, formula.b]) ?? {
        kind: formula.kind,
      };
    return out;
  });
  const indexOf = new Map(indicators.map((r, i) => [String(r.id), i]));
  const childCount = new Map<string, number>();
  const child = (parent: string, list: string) => {
    const k = `${parent}|${list}`;
    const n = childCount.get(k) ?? 0;
    childCount.set(k, n + 1);
    return n;
  };
  const attach = (rows: Row[], list: 'inputs' | 'milestones', sheet: string) => {
    for (const row of rows) {
      const i = indexOf.get(String(row.indicator));
      if (i === undefined)
        problems.push({
          sheet,
          cell: rowCell.get(row) ?? 'A1',
          path: [],
          code: 'unknown_parent',
          params: { id: String(row.indicator ?? '') },
        });
      delete row.indicator;
      if (i !== undefined) ((indicators[i] as Row)[list] as Row[]).push(row);
    }
  };
  attach(
    readTable(TABLES.inputs, (row) => [
      'indicators',
      indexOf.get(String(row.indicator)) ?? -1,
      'inputs',
      child(String(row.indicator), 'inputs'),
    ]),
    'inputs',
    TABLES.inputs.sheet,
  );
  attach(
    readTable(TABLES.milestones, (row) => [
      'indicators',
      indexOf.get(String(row.indicator)) ?? -1,
      'milestones',
      child(String(row.indicator), 'milestones'),
    ]),
    'milestones',
    TABLES.milestones.sheet,
  );
  json.indicators = indicators;

  const tasks: Row[] = readTable(TABLES.tasks, (_, i) => ['tasks', i]).map((row) => ({
    collaborators: [],
    ...row,
    deadlines: [],
  }));
  const taskIndex = new Map(tasks.map((r, i) => [String(r.id), i]));
  const deadlines = readTable(TABLES.deadlines, (row) => [
    'tasks',
    taskIndex.get(String(row.task)) ?? -1,
    'deadlines',
    child(String(row.task), 'deadlines'),
  ]);
  for (const row of deadlines) {
    const i = taskIndex.get(String(row.task));
    if (i === undefined) {
      problems.push({
        sheet: TABLES.deadlines.sheet,
        cell: rowCell.get(row) ?? 'A1',
        path: [],
        code: 'unknown_parent',
        params: { id: String(row.task ?? '') },
      });
    }
    delete row.task;
    if (i !== undefined) ((tasks[i] as Row).deadlines as Row[]).push(row);
  }
  json.tasks = tasks;

  const locate = (path: readonly (string | number)[]) => {
    for (let n = path.length; n > 0; n--) {
      const hit = where.get(path.slice(0, n).join('.'));
      if (hit) return hit;
    }
    return null;
  };
  return { json, problems, locate };
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
