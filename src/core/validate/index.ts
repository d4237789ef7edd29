/** validate(snapshot, plan) → Report: everything wrong with one submission, at its cell, and every value judged. */
import { indicatorsReportedBy, tasksOf } from '../plan/resolve';
import type { Plan } from '../plan/schema';
import type { WorkbookSnapshot } from '../snapshot/types';
import { indicatorColumns, SHEETS, taskColumns } from '../template/model';
import { capIssues, compareIssues, countByCode, countBySeverity, issue, type Issue } from '../issues/issue';
import { findTemplateSheet } from './grid';
import { checkIdentity } from './identity';
import { validateIndicators } from './indicators';
import { validateTasks } from './tasks';
import { checkTimeliness } from './timeliness';
import type { Report } from './types';

/** At most this many issues of one code are listed per report; the rest are counted (ISSUES_TRUNCATED). */
export const ISSUES_PER_CODE = 500;

/** Validates one submission against the plan. Pure: the same snapshot and plan always give the same report. */
export function validate(snapshot: WorkbookSnapshot, plan: Plan): Report {
  const { identity, stamp, issues: identityIssues } = checkIdentity(snapshot, plan);
  const issues: Issue[] = [...identityIssues];
  if (!identity || !stamp)
    return finish({
      identity: null,
      issues,
      indicators: [],
      tasks: [],
      completeness: [],
      timeliness: null,
      rows: [],
    });

  const { agency, info } = identity;
  const indicatorDefs = indicatorColumns(plan.year);
  const expectedIndicators = indicatorsReportedBy(plan, agency.id);
  const expectedTasks = tasksOf(plan, agency.id);
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
    indicators: [],
    tasks: [],
    completeness: [],
    timeliness: null,
    rows: [],
  };

  const indicatorSheet = findTemplateSheet(snapshot, SHEETS.indicators, indicatorDefs);
  if (!indicatorSheet) {
    if (expectedIndicators.length) issues.push(issue('SHEET_MISSING', { expected: SHEETS.indicators }));
  } else {
    const outcome = validateIndicators(
      plan,
      info,
      expectedIndicators,
      new Map(stamp.indicators.map((i) => [i.id, i])),
      indicatorSheet,
    );
    issues.push(...outcome.issues);
    report.indicators = outcome.results;
    report.rows.push(...outcome.accounts);
    report.completeness.push(outcome.completeness);
  }

  const taskSheet = findTemplateSheet(snapshot, SHEETS.tasks, taskColumns());
  if (!taskSheet) {
    if (expectedTasks.length) issues.push(issue('SHEET_MISSING', { expected: SHEETS.tasks }));
  } else {
    const outcome = validateTasks(
      plan,
      info,
      expectedTasks,
      new Map(stamp.tasks.map((t) => [t.id, t])),
      taskSheet,
    );
    issues.push(...outcome.issues);
    report.tasks = outcome.results;
    report.rows.push(...outcome.accounts);
    report.completeness.push(outcome.completeness);
  }

  const timeliness = checkTimeliness(snapshot, info);
  issues.push(...timeliness.issues);
  report.timeliness = timeliness.timeliness;
  return finish(report);
}

function finish(report: Omit<Report, 'counts'>): Report {
  const issues = capIssues([...report.issues].sort(compareIssues), ISSUES_PER_CODE);
  const all = report.issues;
  return { ...report, issues, counts: { bySeverity: countBySeverity(all), byCode: countByCode(all) } };
}

/** True when a report has no errors (warnings allowed). */
export function isClean(report: Report): boolean {
  return report.counts.bySeverity.error === 0;
}
