/** validate(snapshot, plan) → Report: everything wrong with one submission, at its cell, and every value judged. */
import { formTasks, indicatorsReportedBy, tasksOf, type FormTaskRow } from '../plan/resolve';
import type { Plan } from '../plan/schema';
import type { RosterWindow } from '../plan/units';
import { planInForce } from '../plan/versions';
import type { WorkbookSnapshot } from '../snapshot/types';
import { COMMON_TASKS_ID, indicatorColumnsOf, SHEETS, taskColumns } from '../template/model';
import { capIssues, compareIssues, countByCode, countBySeverity, issue, type Issue } from '../issues/issue';
import { findTemplateSheet } from './grid';
import { checkIdentity } from './identity';
import { validateIndicators } from './indicators';
import { validateTasks } from './tasks';
import { checkTimeliness } from './timeliness';
import { readPreparer } from './preparer';
import type { SheetOutcome } from './rules/structure';
import type { Report } from './types';
import type { ReceivedDate } from '../verdict';
import type { SealKey } from '../seal/seal';

/** At most this many issues of one code are listed per report; the rest are counted (ISSUES_TRUNCATED). */
const ISSUES_PER_CODE = 500;

/** What a shell knows about a submission beyond its workbook. */
export interface ValidateOptions {
  /** The date Sở Tài chính received the file, and where that date comes from (docs/verdicts.md, "Deadlines"). */
  received?: ReceivedDate | null;
  /** Sở Tài chính's sealing key, when it set one: a submission without a valid seal is not accepted (docs/seal.md). */
  seal?: SealKey | null;
  /** The file's name, when there is one: compared with the stamp when it carries an agency id. */
  fileName?: string;
}

/**
 * Validates one submission against the plan: its identity against the plan itself, its figures against the values in
 * force for its period (an amended plan's). Pure: the same snapshot, plan and options always give the same report.
 */
export function validate(snapshot: WorkbookSnapshot, source: Plan, options: ValidateOptions = {}): Report {
  const {
    identity,
    stamp,
    issues: identityIssues,
  } = checkIdentity(snapshot, source, {
    seal: options.seal ?? null,
    fileName: options.fileName,
  });
  const issues: Issue[] = [...identityIssues];
  if (!identity || !stamp) return finish({ identity: null, issues, ...nothingJudged() });

  const { agency, info } = identity;
  const plan = planInForce(source, info);
  // The stamp's layout says where things are: a derived indicator's inputs, and which tasks have rows.
  const layout = stamp.layoutVersion;
  const indicatorDefs = indicatorColumnsOf(plan.year, layout);
  const expectedIndicators = indicatorsReportedBy(plan, agency.id, info);
  const expectedTasks = expectedTaskRows(plan, agency.id, layout, info);
  const report: Omit<Report, 'counts'> = {
    identity: {
      planId: stamp.planId,
      planHash: stamp.planHash,
      agencyId: agency.id,
      agencyName: agency.name,
      period: info.period,
      layoutVersion: stamp.layoutVersion,
      generatedAt: stamp.generatedAt,
    },
    issues,
    ...nothingJudged(),
  };

  /** Runs one sheet's validation, or reports the sheet missing when the agency has rows to fill there. */
  const sheetOutcome = <K extends string, O extends SheetOutcome<unknown>>(
    name: string,
    defs: Parameters<typeof findTemplateSheet<K>>[2],
    expectedRows: number,
    run: (located: NonNullable<ReturnType<typeof findTemplateSheet<K>>>) => O,
  ): O | null => {
    const located = findTemplateSheet(snapshot, name, defs);
    if (!located) {
      if (expectedRows) issues.push(issue('SHEET_MISSING', { expected: name }));
      return null;
    }
    const outcome = run(located);
    issues.push(...outcome.issues);
    report.rows.push(...outcome.accounts);
    report.completeness.push(outcome.completeness);
    return outcome;
  };
  const issuedIndicators = new Map(stamp.indicators.map((i) => [i.id, i]));
  const issuedTasks = new Map(stamp.tasks.map((t) => [t.id, t]));
  report.indicators =
    sheetOutcome(SHEETS.indicators, indicatorDefs, expectedIndicators.length, (located) =>
      validateIndicators(plan, info, expectedIndicators, issuedIndicators, located, layout),
    )?.results ?? [];
  report.tasks =
    sheetOutcome(SHEETS.tasks, taskColumns(), expectedTasks.length, (located) =>
      validateTasks(info, expectedTasks, issuedTasks, located),
    )?.results ?? [];

  const timeliness = checkTimeliness(snapshot, info, options.received ?? null);
  issues.push(...timeliness.issues);
  report.timeliness = timeliness.timeliness;
  report.preparer = readPreparer(snapshot);
  return finish(report);
}

/**
 * The rows the tasks sheet of a layout has: layout 3 only what the agency answers for (formTasks); layouts 1 and 2
 * a row for every task naming the agency, "*" included, each to be filled.
 */
function expectedTaskRows(plan: Plan, agencyId: string, layout: number, info: RosterWindow): FormTaskRow[] {
  if (layout >= 3) return formTasks(plan, agencyId, COMMON_TASKS_ID);
  return tasksOf(plan, agencyId, info).map(({ task, role }) => ({
    id: task.id,
    tasks: [task],
    role,
    required: true,
    section: role === 'lead' ? 'lead' : 'collaborator',
  }));
}

/** The parts of a report that sheets fill in, before any sheet is read. */
function nothingJudged(): Pick<
  Report,
  'indicators' | 'tasks' | 'completeness' | 'timeliness' | 'preparer' | 'rows'
> {
  return { indicators: [], tasks: [], completeness: [], timeliness: null, preparer: null, rows: [] };
}

function finish(report: Omit<Report, 'counts'>): Report {
  const issues = capIssues([...report.issues].sort(compareIssues), ISSUES_PER_CODE);
  const all = report.issues;
  return { ...report, issues, counts: { bySeverity: countBySeverity(all), byCode: countByCode(all) } };
}
