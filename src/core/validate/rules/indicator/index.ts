/** The rules every indicator's row is checked against, in order: add a rule here (with its tests) to add a check. */
import type { IndicatorRow } from '../../indicators/row';
import type { Rule } from '../rule';
import { computedCells } from './computedCells';
import { derived } from './derived';
import { explanation } from './explanation';
import { fixedValues } from './fixedValues';
import { inputs } from './inputs';
import { plausibility } from './plausibility';

/** Names of the row rules of the indicators sheet. */
export type IndicatorRuleId =
  'fixedValues' | 'inputs' | 'plausibility' | 'derived' | 'computedCells' | 'explanation';

/** The row rules of the indicators sheet. */
export const INDICATOR_RULES = {
  fixedValues,
  inputs,
  plausibility,
  derived,
  computedCells,
  explanation,
} satisfies Record<IndicatorRuleId, Rule<IndicatorRow>>;
