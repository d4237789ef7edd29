/** The rules every indicator's row is checked against, in order: add a rule here (with its tests) to add a check. */
import type { IndicatorRow } from '../../indicators/row';
import type { Rule } from '../rule';
import { computedCells } from './computedCells';
import { derived } from './derived';
import { fixedValues } from './fixedValues';
import { inputs } from './inputs';

/** Names of the row rules of the indicators sheet. */
export type IndicatorRuleId = 'fixedValues' | 'inputs' | 'derived' | 'computedCells';

/** The row rules of the indicators sheet. */
export const INDICATOR_RULES = { fixedValues, inputs, derived, computedCells } satisfies Record<
  IndicatorRuleId,
  Rule<IndicatorRow>
>;
