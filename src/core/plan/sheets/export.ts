/** Export: the plan as sheets planners can edit in Excel (general, agencies, indicators, inputs, milestones, tasks, deadlines). */
import type { CellSpec, SheetSpec, WorkbookSpec } from '../../sheet/spec';
import { isoToSerial } from '../../text/dates';
import { STYLES } from '../../template/styles';
import { formulaOperands } from '../formulas';
import type { Plan } from '../schema';
import { f, GENERAL, GENERAL_SHEET, TABLES, type Field, type Kind, type Row } from './tables';

function get(obj: unknown, dotted: string): unknown {
  return dotted
    .split('.')
    .reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Row)[k] : undefined), obj);
}

function toCell(value: unknown, kind: Kind): CellSpec {
  if (value === undefined || value === null) return { s: 'cell' };
  if (kind === 'list') return { v: (value as string[]).join(', '), s: 'cell' };
  if (kind === 'date') return { v: isoToSerial(value as string), fmt: 'dd/mm/yyyy', s: 'cell' };
  if (kind === 'text') return { v: String(value), s: 'cell', fmt: '@' };
  return { v: value as number | boolean, s: 'cellNumber' };
}

function tableSheet(name: string, all: readonly Field[], rows: Row[]): SheetSpec {
  const fields = all.filter((x) => !x.legacy);
  return {
    name,
    visibility: 'visible',
    cells: [
      fields.map((x) => ({ v: `${x.label} (${x.key})`, s: 'header' })),
      ...rows.map((r) => fields.map((x) => toCell(get(r, x.key), x.kind))),
    ],
    columns: fields.map((x) => ({ width: x.width })),
    merges: [],
    validations: [],
    conditionalFormats: [],
    tables: [],
    charts: [],
    freeze: { rows: 1, cols: 1 },
  };
}

/** Each input of an indicator with the operand of its formula it fills (the "Đầu vào" sheet's rows). */
function inputRows(plan: Plan): Row[] {
  return plan.indicators.flatMap((i) => {
    const operandOf = new Map(
      (i.formula ? formulaOperands(i.formula) : []).flatMap((o) => o.inputs.map((id) => [id, o.operand])),
    );
    return i.inputs.map((x) => ({ indicator: i.id, ...x, operand: operandOf.get(x.id) }));
  });
}

/** One row per amended value, oldest version first. */
function amendmentRows(plan: Plan): Row[] {
  return (plan.amendments ?? []).flatMap((a) =>
    a.changes.map((c) => ({ version: a.version, date: a.date, basis: a.basis, ...c })),
  );
}

/**
 * Export: the plan as sheets (general, agencies, indicators, inputs, milestones, tasks, deadlines, amendments,
 * sources).
 */
export function planWorkbook(plan: Plan, generatedAt: string, generator: string): WorkbookSpec {
  const general: SheetSpec = {
    ...tableSheet(GENERAL_SHEET, [f('key', 'Trường', 'text', 28), f('value', 'Giá trị', 'text', 70)], []),
    cells: [
      [
        { v: 'Trường (key)', s: 'header' },
        { v: 'Giá trị (value)', s: 'header' },
        { v: 'Ý nghĩa', s: 'header' },
      ],
      ...GENERAL.map((x) => [
        { v: x.key, s: 'cell', fmt: '@' },
        toCell(get(plan, x.key), x.kind),
        { v: x.label, s: 'note' },
      ]),
    ],
    columns: [{ width: 28 }, { width: 70 }, { width: 34 }],
  };
  // The formula's kind stays on the indicator's row; the operand each input fills is on the input's row.
  const formulaRow = (ind: Plan['indicators'][number]): Row => ({
    ...ind,
    formula: ind.formula ? { kind: ind.formula.kind } : undefined,
  });
  return {
    sheets: [
      general,
      tableSheet(TABLES.agencies.sheet, TABLES.agencies.fields, plan.agencies),
      tableSheet(TABLES.indicators.sheet, TABLES.indicators.fields, plan.indicators.map(formulaRow)),
      tableSheet(TABLES.inputs.sheet, TABLES.inputs.fields, inputRows(plan)),
      tableSheet(
        TABLES.milestones.sheet,
        TABLES.milestones.fields,
        plan.indicators.flatMap((i) => i.milestones.map((m) => ({ indicator: i.id, ...m }))),
      ),
      tableSheet(TABLES.tasks.sheet, TABLES.tasks.fields, plan.tasks),
      tableSheet(
        TABLES.deadlines.sheet,
        TABLES.deadlines.fields,
        plan.tasks.flatMap((t) => t.deadlines.map((d) => ({ task: t.id, ...d }))),
      ),
      tableSheet(TABLES.amendments.sheet, TABLES.amendments.fields, amendmentRows(plan)),
      tableSheet(TABLES.sources.sheet, TABLES.sources.fields, plan.sources ?? []),
    ],
    styles: STYLES,
    properties: {
      title: plan.title,
      subject: `Kế hoạch ${plan.id}`,
      creator: generator,
      company: plan.issuer,
      created: generatedAt,
    },
  };
}
