/**
 * Formula kinds of derived indicators, as a registry: the small vocabulary a plan uses to define an indicator from
 * any number of named inputs (total, difference, ratio, reduction, growth, share of a total). Each kind owns its
 * operands (each reads one input, or a list of inputs that is summed), its computation, the Excel formula the
 * template writes, what its result is (a percentage, or a figure in the inputs' unit), how a percentage is weighted
 * province-wide, and an example for the demo. The plan schema, the template, the validator, the consolidation, the
 * plan sheets and the demo all read this table and none of them names a kind: adding a kind is adding an entry
 * here, with its tests (tests/core/formulas).
 *
 * Province-wide, every kind is computed over the sums of its inputs across agencies (a ratio of sums, never an
 * average of ratios); agencies' year estimates of a percentage are averaged weighted by the kind's `base`, those of
 * a figure in the inputs' unit are added up.
 */
import { round6 } from './rounding';

/** How many inputs an operand reads: exactly one, or one or more (their sum). */
export type Arity = 'one' | 'many';

/** What a kind's value is: a percentage, or a figure in the unit its inputs share. */
export type FormulaResult = 'percent' | 'inputs';

/** One formula kind. `Ops` names its operands and their arity, in the order the plan sheets list them. */
interface FormulaKindDef<Ops extends Record<string, Arity>> {
  /** The operands and how many inputs each reads (a list is summed before the kind's arithmetic). */
  operands: Ops;
  /** What it computes, in words (for a reader of the registry and the design notes). */
  summary: string;
  /** What the value is: a percentage (the indicator's measure must be "percent"), or a figure in the inputs' unit. */
  result: FormulaResult;
  /** The value from each operand's value (a list's sum); null where it is undefined (a divisor of 0). */
  compute(v: Readonly<Record<keyof Ops & string, number>>): number | null;
  /**
   * The same arithmetic as an Excel expression over each operand's expression (a cell, or a parenthesised sum of
   * cells, known to hold numbers), rounded as core rounds.
   */
  excel(ref: Readonly<Record<keyof Ops & string, string>>): string;
  /** For a percentage: what it is a percentage of, which weights agencies' year estimates province-wide. */
  base?(v: Readonly<Record<keyof Ops & string, number>>): number;
  /** Operand values an agency might type for about `value` on a base of `size`, each passed through `round`. */
  example(value: number, size: number, round: (x: number) => number): Record<keyof Ops & string, number>;
}

/** Keeps each entry's operand names and arities as literal types (so a formula's fields are typed by its kind). */
const kind = <const Ops extends Record<string, Arity>>(def: FormulaKindDef<Ops>): FormulaKindDef<Ops> => def;

/** Every formula kind. */
export const FORMULAS = {
  ratio: kind({
    operands: { numerator: 'one', denominator: 'one' },
    summary: 'numerator / denominator × 100 (e.g. disbursed / allocated capital)',
    result: 'percent',
    compute: (v) => (v.denominator === 0 ? null : (v.numerator / v.denominator) * 100),
    excel: (r) => `IF(${r.denominator}=0,"",ROUND(${r.numerator}/${r.denominator}*100,6))`,
    base: (v) => v.denominator,
    example: (value, size, round) => {
      const denominator = round(size);
      return { numerator: round(denominator * Math.min(1, value / 100)), denominator };
    },
  }),
  reduction: kind({
    operands: { before: 'one', after: 'one' },
    summary: '(1 − after / before) × 100 (e.g. the cut in days an administrative procedure takes)',
    result: 'percent',
    compute: (v) => (v.before === 0 ? null : (1 - v.after / v.before) * 100),
    excel: (r) => `IF(${r.before}=0,"",ROUND((1-${r.after}/${r.before})*100,6))`,
    base: (v) => v.before,
    example: (value, size, round) => {
      const before = round(size * 10);
      return { before, after: round(before * (1 - Math.min(0.95, value / 100))) };
    },
  }),
  growth: kind({
    operands: { before: 'one', after: 'one' },
    summary: '(after / before − 1) × 100 (e.g. growth of revenue over the same period last year)',
    result: 'percent',
    compute: (v) => (v.before === 0 ? null : (v.after / v.before - 1) * 100),
    excel: (r) => `IF(${r.before}=0,"",ROUND((${r.after}/${r.before}-1)*100,6))`,
    base: (v) => v.before,
    example: (value, size, round) => {
      const before = round(size * 10);
      return { before, after: round(before * (1 + value / 100)) };
    },
  }),
  share: kind({
    operands: { part: 'many', rest: 'many' },
    summary:
      'Σ part / (Σ part + Σ rest) × 100: the share the listed parts make of the total of all the inputs',
    result: 'percent',
    compute: (v) => (v.part + v.rest === 0 ? null : (v.part / (v.part + v.rest)) * 100),
    excel: (r) => `IF((${r.part}+${r.rest})=0,"",ROUND(${r.part}/(${r.part}+${r.rest})*100,6))`,
    base: (v) => v.part + v.rest,
    example: (value, size, round) => {
      const part = round(size * Math.min(1, Math.max(0, value / 100)));
      return { part, rest: round(size - part) };
    },
  }),
  total: kind({
    operands: { terms: 'many' },
    summary: 'Σ terms, in the unit the inputs share (e.g. investment from every source)',
    result: 'inputs',
    compute: (v) => v.terms,
    excel: (r) => `ROUND(${r.terms},6)`,
    example: (value, _size, round) => ({ terms: round(value) }),
  }),
  difference: kind({
    operands: { after: 'one', before: 'one' },
    summary:
      'after − before, in the unit the inputs share (e.g. enterprises added since the start of the year)',
    result: 'inputs',
    compute: (v) => v.after - v.before,
    excel: (r) => `ROUND(${r.after}-${r.before},6)`,
    example: (value, size, round) => {
      const before = round(size);
      return { after: round(before + value), before };
    },
  }),
} satisfies Record<string, FormulaKindDef<Record<string, Arity>>>;

/** A formula kind. */
export type FormulaKind = keyof typeof FORMULAS;

/** The formula kinds, in registry order. */
export const FORMULA_KINDS = Object.keys(FORMULAS) as FormulaKind[];

type OperandsOf<K extends FormulaKind> = (typeof FORMULAS)[K]['operands'];

/** A derived indicator's formula as the plan states it: its kind, and the input id (or ids) each operand reads. */
export type IndicatorFormula = {
  [K in FormulaKind]: { kind: K } & {
    -readonly [O in keyof OperandsOf<K>]: OperandsOf<K>[O] extends 'many' ? string[] : string;
  };
}[FormulaKind];

/** The registry entry of a formula, seen through its plain operand names. */
function definition(kindName: FormulaKind): FormulaKindDef<Record<string, Arity>> {
  return FORMULAS[kindName] as unknown as FormulaKindDef<Record<string, Arity>>;
}

/** True when `name` is a kind of the registry (own keys only: "toString" is not a kind). */
export function isFormulaKind(name: string): name is FormulaKind {
  // Object.hasOwn is newer than the pane's oldest browsers.
  return Object.prototype.hasOwnProperty.call(FORMULAS, name);
}

/** A kind's operands and their arity, in order. */
export function kindOperands(kindName: FormulaKind): { operand: string; arity: Arity }[] {
  return Object.entries(definition(kindName).operands).map(([operand, arity]) => ({ operand, arity }));
}

/** What a kind's value is: a percentage, or a figure in its inputs' unit. */
export function formulaResult(kindName: FormulaKind): FormulaResult {
  return definition(kindName).result;
}

/** The operands of a formula with the input ids each reads (one for a single operand), in operand order. */
export function formulaOperands(
  formula: IndicatorFormula,
): { operand: string; arity: Arity; inputs: string[] }[] {
  const fields = formula as unknown as Record<string, string | string[] | undefined>;
  return kindOperands(formula.kind).map(({ operand, arity }) => {
    const field = fields[operand];
    return { operand, arity, inputs: field === undefined ? [] : Array.isArray(field) ? field : [field] };
  });
}

/** Every input id the formula reads, in operand order. */
export function formulaInputs(formula: IndicatorFormula): string[] {
  return formulaOperands(formula).flatMap((o) => o.inputs);
}

/**
 * The formula from a kind and, for each input in order, the operand it fills (the plan sheet "Đầu vào" gives each
 * input its operand); null for an unknown kind. Unknown operands are kept, for the checker to name.
 */
export function formulaFromOperands(
  kindName: string,
  inputs: readonly { id: unknown; operand: unknown }[],
): Record<string, unknown> | null {
  if (!isFormulaKind(kindName)) return null;
  const arity = new Map(kindOperands(kindName).map((o) => [o.operand, o.arity]));
  const out: Record<string, unknown> = { kind: kindName };
  for (const { id, operand } of inputs) {
    const name = String(operand ?? '');
    if (arity.get(name) === 'many') out[name] = [...((out[name] as unknown[] | undefined) ?? []), id];
    else out[name] = out[name] === undefined ? id : [out[name], id];
  }
  return out;
}

/** Each operand's value: the sum of its inputs' values; null when an input has none. */
function operandValues(
  formula: IndicatorFormula,
  inputs: Readonly<Record<string, number | null | undefined>>,
): Record<string, number> | null {
  const values: Record<string, number> = {};
  for (const { operand, inputs: ids } of formulaOperands(formula)) {
    let total = 0;
    for (const id of ids) {
      const v = inputs[id];
      if (v === null || v === undefined) return null;
      total += v;
    }
    values[operand] = total;
  }
  return values;
}

/** The indicator's value from its inputs' values; null when an input is missing or the result undefined. */
export function deriveValue(
  formula: IndicatorFormula,
  inputs: Readonly<Record<string, number | null | undefined>>,
): number | null {
  const values = operandValues(formula, inputs);
  const value = values === null ? null : definition(formula.kind).compute(values);
  return value === null ? null : round6(value);
}

/**
 * What an agency's percentage is a percentage of, from its inputs (the weight of its year estimate province-wide);
 * null for a kind whose value is not a percentage, or when an input is missing.
 */
export function formulaBase(
  formula: IndicatorFormula,
  inputs: Readonly<Record<string, number | null | undefined>>,
): number | null {
  const base = definition(formula.kind).base;
  const values = operandValues(formula, inputs);
  return base && values ? base(values) : null;
}

/** The formula as an Excel expression, given the cell of each input (which must hold numbers: the caller guards). */
export function formulaExcel(formula: IndicatorFormula, cellOf: (inputId: string) => string): string {
  const refs = Object.fromEntries(
    formulaOperands(formula).map(({ operand, inputs }) => {
      const cells = inputs.map(cellOf);
      return [operand, cells.length === 1 ? (cells[0] as string) : `(${cells.join('+')})`];
    }),
  );
  return definition(formula.kind).excel(refs);
}

/**
 * Input values an agency might type for about `value` (see each kind's `example`), by input id: an operand's value is
 * shared among its inputs (the last takes what rounding leaves).
 */
export function formulaExample(
  formula: IndicatorFormula,
  value: number,
  size: number,
  round: (x: number) => number = (x) => x,
): Record<string, number> {
  const byOperand = definition(formula.kind).example(value, size, round);
  const out: Record<string, number> = {};
  for (const { operand, inputs } of formulaOperands(formula)) {
    const total = byOperand[operand] ?? 0;
    let left = total;
    inputs.forEach((id, i) => {
      const share = i === inputs.length - 1 ? left : round(total / inputs.length);
      out[id] = share;
      left = round(left - share);
    });
  }
  return out;
}
