/** What every sheet of the consolidated workbook is built from. */
import type { Issue } from '../../issues/issue';
import type { PeriodInfo } from '../../plan/period';
import type { Plan } from '../../plan/schema';
import type { TextSafety } from '../../text/safeText';
import type { Consolidation } from '../types';

/** Turns an issue into the sentence the workbook shows (Vietnamese); injected so core needs no message tables. */
export type DescribeIssue = (issue: Issue) => string;

/** The plan, the consolidation and the shared parts of every sheet's title. */
export interface SheetContext {
  plan: Plan;
  c: Consolidation;
  /** The period's dates (null only for a period outside the plan, which consolidate() never produces). */
  info: PeriodInfo | null;
  /** "tháng 7/2025". */
  monthLabel: string;
  /** "<plan title> — kỳ tháng 7/2025". */
  subtitle: string;
  /** "Tổng hợp tháng 7/2025": printed at the top right of every page. */
  pageNote: string;
  /** An agency's name by id (the id itself for one the plan does not know): what a person sees, never the id. */
  agencyName(id: string): string;
  /** Counts agency text written as text (neutralised) or cut; shared by every sheet, reported on the log. */
  safety: TextSafety;
  describe: DescribeIssue;
}

/** The text of an issue's found/expected value in a cell ('' for none). */
export function scalarText(v: string | number | boolean | null | undefined): string {
  return v === null || v === undefined ? '' : String(v);
}
