/**
 * Every validation rule, in the order validate() applies them — the list a newcomer reads first. Each rule is one
 * module (identity and timeliness judge the workbook, structure and the two sheet rules a whole sheet, the others
 * one indicator's or one task's row) with its own tests in tests/core/validate/rules. To add a check, add a rule to
 * the registry of its scope (./indicator/index.ts, ./task/index.ts), declare its codes, and test it.
 */
import type { IssueCode } from '../../issues/codes';
import { identityRule } from '../identity';
import { timelinessRule } from '../timeliness';
import { INDICATOR_RULES } from './indicator';
import { notRecalculated } from './indicator/notRecalculated';
import { mergesOverInputs } from './merges';
import { structure } from './structure';
import { TASK_RULES } from './task';

/** What a rule looks at: the whole workbook, a whole sheet, or one indicator's or task's row. */
export type RuleScope = 'workbook' | 'sheet' | 'indicator' | 'task';

/** A rule as listed: its name, scope, what it checks, and the codes it may raise. */
export interface RuleInfo {
  id: string;
  scope: RuleScope;
  summary: string;
  codes: readonly IssueCode[];
}

const listed = (scope: RuleScope, rules: Record<string, { summary: string; codes: readonly IssueCode[] }>) =>
  Object.entries(rules).map(([id, r]): RuleInfo => ({ id, scope, summary: r.summary, codes: r.codes }));

/** The rules, in order. */
export const RULES: readonly RuleInfo[] = [
  ...listed('workbook', { identity: identityRule }),
  ...listed('sheet', { structure }),
  ...listed('indicator', INDICATOR_RULES),
  ...listed('sheet', { notRecalculated, mergesOverInputs }),
  ...listed('task', TASK_RULES),
  ...listed('workbook', { timeliness: timelinessRule }),
];
