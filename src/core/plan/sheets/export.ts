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

function tableSheet(name: string, fields: readonly Field[], rows: Row[]): SheetSpec {
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

/** Export: the plan as sheets (general, agencies, indicators, inputs, milestones, tasks, deadlines). */
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
  // The formula's operands go to columns A and B, in the order its kind lists them.
  const formulaRow = (ind: Plan['indicators'][number]): Row => {
    if (!ind.formula) return { ...ind, formula: undefined };
    const [a, b] = formulaOperands(ind.formula).map((o) => o.input);
    return { ...ind, formula: { kind: ind.formula.kind, a, b } };
  };
  return {
    sheets: [
      general,
      tableSheet(TABLES.agencies.sheet, TABLES.agencies.fields, plan.agencies),
      tableSheet(TABLES.indicators.sheet, TABLES.indicators.fields, plan.indicators.map(formulaRow)),
      tableSheet(
        TABLES.inputs.sheet,
        TABLES.inputs.fields,
        plan.indicators.flatMap((i) => i.inputs.map((x) => ({ indicator: i.id, ...x }))),
      ),
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
