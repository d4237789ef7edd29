/** The shape of a validation rule (the list of every rule is ./index.ts). */
import type { IssueCode } from '../../issues/codes';
import type { Issue } from '../../issues/issue';

/** One rule: a line saying what it checks and why, the issue codes it may raise, and the check of one subject. */
export interface Rule<Subject> {
  summary: string;
  codes: readonly IssueCode[];
  check(subject: Subject): Issue[];
}
