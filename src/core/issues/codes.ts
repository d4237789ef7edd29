/**
 * Stable issue codes and their fixed severity. Codes never change meaning once released: reports, the
 * consolidated workbook and users' own filters key on them. Messages live in src/i18n (vi, en) by code.
 */

/** How serious an issue is: errors make a submission unusable as is; warnings need a look; info is for the record. */
export type Severity = 'error' | 'warning' | 'info';

/** Every issue code with its severity. */
export const ISSUE_SEVERITY = {
  // A file that cannot be read at all (one issue per file, naming why).
  FILE_NOT_FOUND: 'error',
  FILE_NOT_XLSX: 'error',
  FILE_ENCRYPTED: 'error',
  FILE_TOO_LARGE: 'error',
  FILE_TOO_MANY_ENTRIES: 'error',
  FILE_ZIP_BOMB: 'error',
  FILE_DTD: 'error',
  FILE_TOO_MANY_CELLS: 'error',
  FILE_MERGE_TOO_LARGE: 'error',
  FILE_TIMEOUT: 'error',
  FILE_OUT_OF_MEMORY: 'error',
  FILE_CORRUPT: 'error',
  FILE_CONTENT_TOO_LARGE: 'error',

  // Identity and structure.
  STAMP_MISSING: 'error',
  SUBMISSION_IS_CONSOLIDATION: 'error',
  STAMP_UNREADABLE: 'error',
  LAYOUT_UNSUPPORTED: 'error',
  PLAN_UNKNOWN: 'error',
  PLAN_VERSION_CHANGED: 'warning',
  AGENCY_UNKNOWN: 'error',
  PERIOD_INVALID: 'error',
  SHEET_MISSING: 'error',
  COLUMN_MISSING: 'error',
  ROW_MISSING: 'error',
  ROW_DUPLICATE: 'error',
  ROW_UNKNOWN: 'warning',
  ROW_WITHOUT_ID: 'warning',
  TARGET_TAMPERED: 'error',
  LOCKED_TEXT_CHANGED: 'warning',
  MERGE_OVER_INPUT: 'warning',

  // Authenticity (docs/seal.md): with Sở Tài chính's key, a stamp without a valid seal is not accepted; without a
  // key, the visible sheets and the file name are compared with the stamp.
  SEAL_MISSING: 'error',
  SEAL_INVALID: 'error',
  SEAL_OTHER_KEY: 'error',
  AGENCY_NAME_MISMATCH: 'error',
  AGENCY_CODE_MISMATCH: 'error',
  AGENCY_FILE_NAME_MISMATCH: 'warning',

  // Values.
  VALUE_NOT_NUMBER: 'error',
  VALUE_NUMERIC_TEXT: 'warning',
  VALUE_FRACTION_PERCENT: 'warning',
  VALUE_OUT_OF_RANGE: 'error',
  VALUE_BELOW_MIN: 'error',
  VALUE_ABOVE_MAX: 'error',
  VALUE_NUMBER_AMBIGUOUS: 'error',
  VALUE_NOT_INTEGER: 'error',
  VALUE_PERCENT_FORMAT: 'info',
  DERIVED_OUT_OF_RANGE: 'error',
  // Plausibility (docs/verdicts.md): a slip is stopped at its cell; the value is not judged until fixed.
  VALUE_FRACTION_SLIP: 'error',
  ESTIMATE_BELOW_ACTUAL: 'error',
  CUMULATIVE_DECREASED: 'error',
  VALUE_NOT_DATE: 'error',
  FORMULA_ERROR: 'error',
  FORMULA_NO_RESULT: 'error',
  FORMULA_IN_INPUT: 'warning',
  COMPUTED_NOT_RECALCULATED: 'info',
  COMPUTED_OVERWRITTEN: 'warning',
  DERIVED_MISMATCH: 'warning',
  STATUS_MISMATCH: 'warning',
  INPUT_MISSING: 'error',
  EXPLANATION_MISSING: 'warning',
  VALUE_TEXT_TOO_LONG: 'warning',

  // Tasks.
  TASK_STATUS_INVALID: 'error',
  TASK_DONE_INCOMPLETE: 'warning',
  TASK_FULL_NOT_DONE: 'warning',
  TASK_OVERDUE: 'warning',
  TASK_PERCENT_OUT_OF_RANGE: 'error',
  TASK_RESULT_MISSING: 'warning',
  TASK_NOT_STARTED_PROGRESS: 'warning',
  TASK_COMPLETION_DATE_MISSING: 'warning',
  TASK_COMPLETION_DATE_LATER: 'warning',

  // Timeliness.
  SUBMISSION_LATE: 'warning',
  REPORT_DATE_MISSING: 'info',
  REPORT_DATE_INVALID: 'warning',
  REPORT_DATE_EARLY: 'warning',
  SUBMISSION_DATE_UNKNOWN: 'warning',
  REPORT_DATE_FAR_FROM_RECEIVED: 'info',

  // Consolidation.
  SUBMISSION_DUPLICATE: 'info',
  SUBMISSION_SUPERSEDED: 'info',
  SUBMISSION_SUPERSEDED_REPORT_DATE: 'info',
  SUBMISSION_SAME_TIME_CONFLICT: 'warning',
  SUBMISSION_OTHER_PERIOD: 'warning',
  SUBMISSION_OTHER_PLAN: 'warning',
  SUBMISSION_NOT_TEMPLATE: 'error',
  SUBMISSION_MISSING: 'warning',

  // Reports.
  ISSUES_TRUNCATED: 'info',
} as const satisfies Record<string, Severity>;

/** A stable issue code. */
export type IssueCode = keyof typeof ISSUE_SEVERITY;

/** All codes, in declaration order (stable ordering for counts and output). */
export const ISSUE_CODES = Object.keys(ISSUE_SEVERITY) as IssueCode[];

/** Codes that mean "this file could not be read at all". */
export const FILE_CODES: readonly IssueCode[] = ISSUE_CODES.filter((c) => c.startsWith('FILE_'));
