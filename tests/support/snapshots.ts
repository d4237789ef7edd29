/**
 * Test helpers: a template's WorkbookSpec seen as a reader would see it (formulas not recalculated), and
 * small setters to fill it the way an agency would — so validation tests read like specifications.
 */
import { layout, resolveTemplateRequest, type LayoutOptions } from '../../src/core/template/layout';
import { formulaExample, type IndicatorFormula } from '../../src/core/plan/formulas';
import type { Plan } from '../../src/core/plan/schema';
import { cellAddress, parseCellAddress } from '../../src/core/sheet/a1';
import type { WorkbookSpec } from '../../src/core/sheet/spec';
import type { SheetSnapshot, SnapshotCell, WorkbookSnapshot } from '../../src/core/snapshot/types';
import { serialToIso } from '../../src/core/text/dates';
import { HEADER_ROW, indicatorColumns, inputRowId, SHEETS, taskColumns } from '../../src/core/template/model';
import { validate } from '../../src/core/validate';

/** What a test may add to a template's making: a sealing key. */
export type TemplateExtras = Pick<LayoutOptions, 'seal'>;

/** A template as plain data for an agency and period (fixed generation time; sealed when given a key). */
export function templateSpec(
  plan: Plan,
  agencyId: string,
  period: string,
  extras: TemplateExtras = {},
): WorkbookSpec {
  const req = resolveTemplateRequest(plan, agencyId, period);
  if (!req.ok) throw new Error(`bad test request: ${JSON.stringify(req.error)}`);
  return layout(plan, req.agency, req.info, {
    generatedAt: '2025-07-01T08:00:00Z',
    generator: 'test',
    ...extras,
  });
}

/** The snapshot a reader would give for a spec saved without recalculation (formulas have no cached value). */
export function specToSnapshot(spec: WorkbookSpec): WorkbookSnapshot {
  return {
    properties: {},
    sheets: spec.sheets.map((s): SheetSnapshot => ({
      name: s.name,
      state: s.visibility,
      merges: [...s.merges],
      rows: s.cells.map((row) =>
        row.map((c): SnapshotCell | null => {
          if (!c) return null;
          if (c.f !== undefined) return { t: 'z', f: c.f };
          if (c.v === undefined || c.v === null) return null;
          if (typeof c.v === 'number')
            return c.fmt?.includes('yy') ? { t: 'd', v: serialToIso(c.v) } : { t: 'n', v: c.v };
          if (typeof c.v === 'boolean') return { t: 'b', v: c.v };
          return { t: 's', v: c.v };
        }),
      ),
    })),
  };
}

/** A blank template for an agency and period, as a snapshot. */
export function blankSubmission(
  plan: Plan,
  agencyId: string,
  period: string,
  extras: TemplateExtras = {},
): WorkbookSnapshot {
  return specToSnapshot(templateSpec(plan, agencyId, period, extras));
}

/** A sheet of a snapshot by name (throws in tests when absent). */
export function sheet(snapshot: WorkbookSnapshot, name: string): SheetSnapshot {
  const s = snapshot.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

/** Sets a cell by A1 address (a plain JS value becomes the matching snapshot cell; null clears it). */
export function setCell(
  snapshot: WorkbookSnapshot,
  sheetName: string,
  address: string,
  value: SnapshotCell | number | string | null,
): void {
  const pos = parseCellAddress(address);
  if (!pos) throw new Error(`bad address ${address}`);
  const s = sheet(snapshot, sheetName);
  while (s.rows.length <= pos.row) s.rows.push([]);
  const row = s.rows[pos.row] ?? [];
  s.rows[pos.row] = row;
  while (row.length <= pos.col) row.push(null);
  row[pos.col] =
    value === null
      ? null
      : typeof value === 'number'
        ? { t: 'n', v: value }
        : typeof value === 'string'
          ? { t: 's', v: value }
          : value;
}

/**
 * The A1 address of a column (by key) on the row of an id, on the indicators or tasks sheet. On the indicators sheet
 * `input1`, `input2` … name a derived indicator's inputs in the plan's order: the value cell of their own rows
 * ("CT08.1", layout 3).
 */
export function addressOf(
  snapshot: WorkbookSnapshot,
  sheetName: string,
  id: string,
  key: string,
  year = 2025,
): string {
  const input = sheetName === SHEETS.indicators ? /^input(\d+)$/.exec(key) : null;
  if (input) return addressOf(snapshot, sheetName, inputRowId(id, Number(input[1]) - 1), 'actual', year);
  const defs = sheetName === SHEETS.tasks ? taskColumns() : indicatorColumns(year);
  const col = defs.findIndex((d) => d.key === key);
  if (col < 0) throw new Error(`no column ${key}`);
  const s = sheet(snapshot, sheetName);
  const row = s.rows.findIndex((r, i) => i > HEADER_ROW && r[0]?.t === 's' && r[0].v === id);
  if (row < 0) throw new Error(`no row ${id}`);
  return cellAddress(row, col);
}

/** Fills indicator columns by key, e.g. fillIndicator(s, 'CT01', { actual: 7.5, yearEstimate: 8.1 }). */
export function fillIndicator(
  snapshot: WorkbookSnapshot,
  id: string,
  values: Record<string, SnapshotCell | number | string | null>,
): void {
  for (const [key, value] of Object.entries(values))
    setCell(snapshot, SHEETS.indicators, addressOf(snapshot, SHEETS.indicators, id, key), value);
}

/** Fills task columns by key, e.g. fillTask(s, 'NV1.1', { status: 'Hoàn thành', percent: 100, results: '…' }). */
export function fillTask(
  snapshot: WorkbookSnapshot,
  id: string,
  values: Record<string, SnapshotCell | number | string | null>,
): void {
  for (const [key, value] of Object.entries(values))
    setCell(snapshot, SHEETS.tasks, addressOf(snapshot, SHEETS.tasks, id, key), value);
}

/**
 * Types the inputs of a derived indicator by input id, into the cells the validator reads them from (so the test
 * does not depend on how the template lays inputs out), e.g. fillInputs(s, plan, 'CT02', { allocated: 400 }).
 */
export function fillInputs(
  snapshot: WorkbookSnapshot,
  plan: Plan,
  id: string,
  values: Record<string, SnapshotCell | number | string | null>,
): void {
  const cells = validate(snapshot, plan).indicators.find((r) => r.indicatorId === id)?.cells.inputs ?? {};
  for (const [input, value] of Object.entries(values)) {
    const cell = cells[input];
    if (!cell) throw new Error(`no cell for input ${input} of ${id}`);
    setCell(snapshot, SHEETS.indicators, cell, value);
  }
}

/** Sets the report date (ISO) on the instructions sheet. */
export function setReportDate(snapshot: WorkbookSnapshot, iso: string | SnapshotCell): void {
  const s = sheet(snapshot, SHEETS.instructions);
  const row = s.rows.findIndex((r) => r[0]?.t === 's' && r[0].v === 'Ngày báo cáo');
  setCell(
    snapshot,
    SHEETS.instructions,
    cellAddress(row, 1),
    typeof iso === 'string' ? { t: 'd', v: iso } : iso,
  );
}

/** Fills "Người lập biểu" and "Điện thoại" on the instructions sheet. */
export function setPreparer(snapshot: WorkbookSnapshot, name: string, phone: string | SnapshotCell): void {
  const s = sheet(snapshot, SHEETS.instructions);
  const rowOf = (label: string) => s.rows.findIndex((r) => r[0]?.t === 's' && r[0].v === label);
  setCell(snapshot, SHEETS.instructions, cellAddress(rowOf('Người lập biểu'), 1), name);
  setCell(snapshot, SHEETS.instructions, cellAddress(rowOf('Điện thoại'), 1), phone);
}

/** Inputs of a clean submission: a full ratio (100 %), else the kind's example of 40 %. */
function cleanInputs(formula: IndicatorFormula): Record<string, number> {
  return formula.kind === 'ratio' ? formulaExample(formula, 100, 200) : formulaExample(formula, 40, 10);
}

/**
 * A complete, clean submission: every required input filled with values that meet the checkpoint, tasks in
 * progress, report date before the due date.
 */
export function cleanSubmission(
  plan: Plan,
  agencyId: string,
  period: string,
  extras: TemplateExtras = {},
): WorkbookSnapshot {
  const snap = blankSubmission(plan, agencyId, period, extras);
  const ind = sheet(snap, SHEETS.indicators);
  for (let r = HEADER_ROW + 1; r < ind.rows.length; r++) {
    const id = ind.rows[r]?.[0];
    if (id?.t !== 's') continue;
    const indicator = plan.indicators.find((i) => i.id === id.v);
    if (!indicator) continue;
    if (indicator.formula) {
      fillInputs(snap, plan, id.v, cleanInputs(indicator.formula));
    } else {
      fillIndicator(snap, id.v, { actual: indicator.target });
    }
  }
  const tasks = sheet(snap, SHEETS.tasks);
  for (let r = HEADER_ROW + 1; r < tasks.rows.length; r++) {
    const id = tasks.rows[r]?.[0];
    if (id?.t === 's')
      fillTask(snap, id.v, {
        status: 'Đang triển khai',
        percent: 50,
        results: 'Đang thực hiện theo kế hoạch.',
      });
  }
  setReportDate(snap, `${period}-17`);
  return snap;
}
