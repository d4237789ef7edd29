/**
 * Formula kinds of derived indicators, as a registry. Each kind owns its operands (which of the indicator's inputs
 * it reads, in the order the plan sheet lists them), its computation, the Excel formula the template writes, how the
 * province-wide value is formed, and an example for the demo. The plan schema, the template, the validator, the
 * consolidation, the plan sheets and the demo all read this table and none of them names a kind: adding a kind is
 * adding an entry here, with its tests (tests/core/formulas).
 *
 * Province-wide, every kind is computed over the sums of its operands across agencies (a ratio of sums, never an
 * average of ratios); agencies' year estimates, being percentages, are averaged weighted by the kind's `weight`.
 */
import { round6 } from './rounding';

/** One formula kind. `O` names its operands. */
interface FormulaKindDef<O extends string> {
  /** The operands; each names one of the indicator's inputs. Order: the plan sheet's columns "A" then "B". */
  operands: readonly O[];
  /** What it computes, in words (for a reader of the registry and the design notes). */
  summary: string;
  /** The value in percent from the operands' values; null where it is undefined (a divisor of 0). */
  compute(v: Readonly<Record<O, number>>): number | null;
  /** The same arithmetic as an Excel expression over the operands' cells (known to hold numbers), rounded as core rounds. */
  excel(ref: Readonly<Record<O, string>>): string;
  /** The operand whose values weight agencies' year estimates in the province-wide estimate (the percentage's base). */
  weight: O;
  /** Operand values an agency might type for about `value` % on a base of `size`, each passed through `round`. */
  example(value: number, size: number, round: (x: number) => number): Record<O, number>;
}

/** Keeps each entry's operand names as literal types (so a formula's fields are typed by its kind). */
const kind = <const O extends string>(def: FormulaKindDef<O>): FormulaKindDef<O> => def;

/** Every formula kind. */
export const FORMULAS = {
  ratio: kind({
    operands: ['numerator', 'denominator'],
    summary: 'numerator / denominator × 100 (e.g. disbursed / allocated capital)',
    compute: (v) => (v.denominator === 0 ? null : (v.numerator / v.denominator) * 100),
    excel: (r) => `IF(${r.denominator}=0,"",ROUND(${r.numerator}/${r.denominator}*100,6))`,
    weight: 'denominator',
    example: (value, size, round) => {
      const denominator = round(size);
      return { numerator: round(denominator * Math.min(1, value / 100)), denominator };
    },
  }),
  reduction: kind({
    operands: ['before', 'after'],
    summary: '(1 − after / before) × 100 (e.g. the cut in days an administrative procedure takes)',
    compute: (v) => (v.before === 0 ? null : (1 - v.after / v.before) * 100),
    excel: (r) => `IF(${r.before}=0,"",ROUND((1-${r.after}/${r.before})*100,6))`,
    weight: 'before',
    example: (value, size, round) => {
      const before = round(size * 10);
      return { before, after: round(before * (1 - Math.min(0.95, value / 100))) };
    },
  }),
  growth: kind({
    operands: ['before', 'after'],
    summary: '(after / before − 1) × 100 (e.g. growth of revenue over the same period last year)',
    compute: (v) => (v.before === 0 ? null : (v.after / v.before - 1) * 100),
    excel: (r) => `IF(${r.before}=0,"",ROUND((${r.after}/${r.before}-1)*100,6))`,
    weight: 'before',
    example: (value, size, round) => {
      const before = round(size * 10);
      return { before, after: round(before * (1 + value / 100)) };
    },
  }),
} satisfies Record<string, FormulaKindDef<string>>;

/** A formula kind. */
export type FormulaKind = keyof typeof FORMULAS;

/** The formula kinds, in registry order. */
export const FORMULA_KINDS = Object.keys(FORMULAS) as FormulaKind[];

type OperandOf<K extends FormulaKind> = (typeof FORMULAS)[K]['operands'][number];

/** A derived indicator's formula as the plan states it: its kind, and the input id each operand reads. */
export type IndicatorFormula = {
  [K in FormulaKind]: { kind: K } & { [O in OperandOf<K>]: string };
}[FormulaKind];

/** The registry entry of a formula, seen through its plain operand names. */
function definition(formula: IndicatorFormula): FormulaKindDef<string> {
  return FORMULAS[formula.kind] as FormulaKindDef<string>;
}

/** The operand → input id pairs of a formula, in operand order. */
export function formulaOperands(formula: IndicatorFormula): { operand: string; input: string }[] {
  const fields = formula as unknown as Record<string, string>;
  return definition(formula).operands.map((operand) => ({ operand, input: fields[operand] ?? '' }));
}

/** The formula from a kind and input ids given in operand order (the plan sheet's A, B); null for an unknown kind. */
export function formulaFromOperands(
  kindName: string,
  inputs: readonly unknown[],
): Record<string, unknown> | null {
  // Own keys only: "toString" is not a formula kind (and Object.hasOwn is newer than the pane's oldest browsers).
  if (!Object.prototype.hasOwnProperty.call(FORMULAS, kindName)) return null;
  const operands = FORMULAS[kindName as FormulaKind].operands as readonly string[];
  return Object.fromEntries([['kind', kindName], ...operands.map((o, i) => [o, inputs[i]])]);
}

/** The indicator's value in percent from its inputs' values; null when an input is missing or the result undefined. */
export function deriveValue(
  formula: IndicatorFormula,
  inputs: Readonly<Record<string, number | null | undefined>>,
): number | null {
  const values: Record<string, number> = {};
  for (const { operand, input } of formulaOperands(formula)) {
    const v = inputs[input];
    if (v === null || v === undefined) return null;
    values[operand] = v;
  }
  const value = definition(formula).compute(values);
  return value === null ? null : round6(value);
}

/** The formula as an Excel expression, given the cell of each input (which must hold numbers: the caller guards). */
export function formulaExcel(formula: IndicatorFormula, cellOf: (inputId: string) => string): string {
  const refs = Object.fromEntries(
    formulaOperands(formula).map(({ operand, input }) => [operand, cellOf(input)]),
  );
  return definition(formula).excel(refs);
}

/** The input whose values weight agencies' year estimates in the province-wide estimate. */
export function weightInput(formula: IndicatorFormula): string {
  const weight = definition(formula).weight;
  return formulaOperands(formula).find((o) => o.operand === weight)?.input ?? '';
}

/** Input values an agency might type for about `value` % (see each kind's `example`), by input id. */
export function formulaExample(
  formula: IndicatorFormula,
  value: number,
  size: number,
  round: (x: number) => number = (x) => x,
): Record<string, number> {
  const byOperand = definition(formula).example(value, size, round);
  return Object.fromEntries(
    formulaOperands(formula).map(({ operand, input }) => [input, byOperand[operand] ?? 0]),
  );
}
