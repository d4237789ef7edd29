/** English messages (second language). Placeholders match vi.ts. */
import type { IssueCode } from '../core/issues/codes';

/** Issue messages by code. */
export const issuesEn: Record<IssueCode, string> = {
  FILE_NOT_FOUND: 'The file cannot be found or read ({reason}).',
  FILE_NOT_XLSX:
    'The file is not an .xlsx workbook (an old .xls, a LibreOffice .ods, a .csv or another file renamed?). Save it as "Excel Workbook (.xlsx)" (in LibreOffice: "Excel 2007-365 (.xlsx)").',
  FILE_ENCRYPTED:
    'The file is protected with an opening password (encrypted). Remove the password and send it again.',
  FILE_TOO_LARGE: 'The file is too large ({size}; at most {limit}).',
  FILE_TOO_MANY_ENTRIES:
    'The file holds too many parts ({entries}; at most {limit}) — not an ordinary template.',
  FILE_ZIP_BOMB:
    'Abnormal compression: it inflates to {inflated} (ratio {ratio}:1) — rejected to protect the machine.',
  FILE_DTD: 'The file contains an XML DTD declaration ({part}) — not allowed, for safety.',
  FILE_TOO_MANY_CELLS: 'Sheet "{sheet}" has too many cells ({cells}; at most {limit}).',
  FILE_MERGE_TOO_LARGE:
    'Sheet "{sheet}" has merged ranges that are too large or too many ({found}, limit {limit}).',
  FILE_TIMEOUT: 'Reading took longer than {seconds} s — the file is rejected so the batch does not hang.',
  FILE_OUT_OF_MEMORY: 'Reading needs too much memory (limit {limit}) — the file is rejected.',
  FILE_CORRUPT:
    'The .xlsx file is damaged or not standard — open it in Excel, save it again and resend it (technical detail: {reason}).',
  FILE_CONTENT_TOO_LARGE:
    'The file holds too much data: it unpacks to {size} (at most {limit}). Remove sheets or ranges that are not needed and send it again.',

  STAMP_MISSING:
    'The workbook has no template stamp sheet (_stamp): it is not a template issued by this system. Enter the figures in the template issued for this period (made with "chitieu templates" or the add-in\'s "Template" tab) instead of copying them into a new workbook.',
  SUBMISSION_IS_CONSOLIDATION: 'This is a consolidated workbook, not an agency report — skipped.',
  STAMP_UNREADABLE: 'The template stamp is damaged: "{subject}" is missing or wrong (found: {found}).',
  LAYOUT_UNSUPPORTED: 'Template layout version {found} is not supported (supported: {expected}).',
  PLAN_UNKNOWN: 'The template belongs to plan "{found}", not to the plan in use "{expected}".',
  PLAN_VERSION_CHANGED:
    'The plan changed after this template was issued (hash {found}, now {expected}); figures are judged against the current plan.',
  PLAN_AMENDED:
    'The template was issued under version {fromVersion} of the plan; the plan has been amended (version {toVersion}) — figures are judged against the values in force for this period.',
  TARGET_AMENDED:
    '{subject}: {field} amended from {found} to {expected} (version {version}, basis: {basis}); figures are judged against the new value.',
  AGENCY_UNKNOWN: 'Agency "{found}" in the template stamp is not in the plan.',
  AGENCY_NOT_IN_FORCE:
    '{subject} does not report for period {found} (in force {from} – {to}); this report is not judged.',
  PERIOD_INVALID: 'Reporting period "{found}" is invalid or outside plan year {expected}.',
  SHEET_MISSING: 'Sheet "{expected}" is missing (deleted or renamed?).',
  COLUMN_MISSING: 'Sheet "{sheet}": column "{expected}" was not found in the header row.',
  ROW_MISSING: 'The row for {subject} is missing (deleted, or its id was edited).',
  ROW_DUPLICATE:
    'Id {subject} appears more than once; row {cell} is ignored, the first row ({expected}) is used.',
  ROW_UNKNOWN:
    'A row with id "{found}" is not part of this agency\'s template; its figures are not consolidated.',
  ROW_WITHOUT_ID: 'Row {cell} has figures but no id in the Id column; its figures are not consolidated.',
  TARGET_TAMPERED:
    'Cell {cell} ({subject}): the planned value was changed to {found}; the plan says {expected} — judged against the plan.',
  LOCKED_TEXT_CHANGED: 'Cell {cell} ({subject}): fixed text was edited ("{found}", original: "{expected}").',
  MERGE_OVER_INPUT: 'Merged range {cell} covers input cells; only the first cell of a merged range is read.',

  VALUE_NOT_NUMBER: 'Cell {cell} ({subject}): "{found}" is not a number.',
  VALUE_NUMERIC_TEXT:
    'Cell {cell} ({subject}): a number was typed as text "{found}", read as {expected}. Better re-enter it as a number.',
  VALUE_FRACTION_PERCENT:
    'Cell {cell} ({subject}): {found} looks like a fraction; the unit is %, perhaps {expected} was meant.',
  VALUE_FRACTION_SLIP:
    'Cell {cell} ({subject}): {found} is most likely {expected} % typed as a fraction (the unit is percentage points; the target and the figures on the same row are of that size). Enter {expected}; the indicator is not judged until this is fixed.',
  ESTIMATE_BELOW_ACTUAL:
    'Cell {cell} ({subject}): the year estimate {found} is below the cumulative actual {expected} (cell {actualCell}) — a year total cannot be below what is already reached. Check it; the forecast is not judged until this is fixed.',
  CUMULATIVE_DECREASED:
    "Cell {cell} ({subject}): the cumulative figure {found} is below last period's ({previousPeriod}) {expected} — a running total cannot go down. Check it; the indicator is not judged until this is fixed.",
  VALUE_NOT_DATE: 'Cell {cell} ({subject}): "{found}" is not a valid date (enter day/month/year).',
  VALUE_OUT_OF_RANGE: 'Cell {cell} ({subject}): {found} is outside the allowed range {min} – {max}.',
  VALUE_BELOW_MIN: 'Cell {cell} ({subject}): {found} is not allowed — the value must be ≥ {min}.',
  VALUE_ABOVE_MAX: 'Cell {cell} ({subject}): {found} is not allowed — the value must be ≤ {max}.',
  VALUE_NUMBER_AMBIGUOUS:
    'Cell {cell} ({subject}): "{found}" could be the decimal {decimal} or the whole number {thousands} — not guessed. Enter it as a number (not as text), or type it without the separator, e.g. {thousands}.',
  VALUE_NOT_INTEGER:
    'Cell {cell} ({subject}): {found} is not a whole number; this cell takes whole numbers only.',
  VALUE_PERCENT_FORMAT:
    'Cell {cell} ({subject}): the cell has a percent format (Excel stores {found}); read as {expected} percentage points.',
  DERIVED_OUT_OF_RANGE:
    'Cells {cells} ({subject}): the rate computed from these figures is {found}%, outside the allowed range {min} – {max}. Check the figures entered.',
  FORMULA_ERROR: 'Cell {cell} ({subject}): the formula gives the error {found}.',
  FORMULA_NO_RESULT:
    'Cell {cell} ({subject}): formula {found} has no saved result — not read as 0. Open it in Excel, recalculate and save.',
  FORMULA_IN_INPUT:
    'Cell {cell} ({subject}): the input cell holds a formula {found}; only its value {expected} is used.',
  COMPUTED_NOT_RECALCULATED:
    'Cell {cell} ({subject}): the computed cell was not recalculated before saving; the system recomputes it from the inputs.',
  COMPUTED_OVERWRITTEN:
    'Cell {cell} ({subject}): the template\'s formula was replaced by the value "{found}".',
  DERIVED_MISMATCH:
    'Cell {cell} ({subject}): the workbook shows {found}, recomputed from the inputs it is {expected}.',
  STATUS_MISMATCH:
    'Cell {cell} ({subject}): the workbook says "{found}", against the plan it is "{expected}".',
  EXPLANATION_MISSING:
    'Cell {cell} ({subject}): the indicator is judged "{found}" but no explanation is given — write the causes and remedies in the "Ghi chú, giải trình" column.',
  INPUT_MISSING: 'Cell {cell} ({subject}): "{expected}" is not filled in.',
  VALUE_TEXT_TOO_LONG:
    'Cell {cell} ({subject}): the text has {found} characters, more than the {limit} an Excel cell holds — the consolidation keeps only the beginning. Shorten it or send the rest separately.',

  TASK_STATUS_INVALID: 'Cell {cell} ({subject}): status "{found}" is not valid; choose one of: {expected}.',
  TASK_DONE_INCOMPLETE:
    'Cell {cell} ({subject}): status is "Hoàn thành" (done) but progress is only {found}%.',
  TASK_FULL_NOT_DONE: 'Cell {cell} ({subject}): progress is 100% but status is "{found}".',
  TASK_COMPLETION_DATE_MISSING:
    'Cell {cell} ({subject}): the task is reported done without a completion date, and its deadline {expected} has passed — on time or late cannot be told.',
  TASK_COMPLETION_DATE_LATER:
    "Cell {cell} ({subject}): the completion date {found} is after the period's data cut-off ({expected}).",
  TASK_OVERDUE: 'Cell {cell} ({subject}): deadline {expected} has passed but status is "{found}".',
  TASK_PERCENT_OUT_OF_RANGE: 'Cell {cell} ({subject}): progress {found}% is outside 0 – 100.',
  TASK_RESULT_MISSING: 'Cell {cell} ({subject}): the task is done but its results are not described.',
  TASK_NOT_STARTED_PROGRESS:
    'Cell {cell} ({subject}): status is "Chưa triển khai" (not started) but progress is {found}%.',

  SUBMISSION_LATE:
    'Received {days} day(s) late: the Finance Department received it on {found} ({receivedSource}); due {expected}.',
  REPORT_DATE_MISSING: 'No report date is given on the "Hướng dẫn" sheet.',
  REPORT_DATE_INVALID: 'Cell {cell}: report date "{found}" is not a valid date.',
  REPORT_DATE_EARLY:
    'Cell {cell}: report date {found} is before the data window ends on {expected} — probably a typo; please check.',
  REPORT_DATE_FAR_FROM_RECEIVED:
    'The report date written in the file ({found}) is {days} days from the date the Finance Department received it ({expected}).',
  SUBMISSION_DATE_UNKNOWN: 'The submission date is unknown (no report date, no saved date).',

  SUBMISSION_DUPLICATE: 'Same content as "{expected}" (same SHA-256) — counted once.',
  SUBMISSION_SUPERSEDED:
    'Superseded by the file "{expected}" for the same agency and period, saved later ({winnerDate}; this file: {ownDate}; Vietnam time).',
  SUBMISSION_SUPERSEDED_REPORT_DATE:
    'Superseded by the file "{expected}" for the same agency and period: saved at the same time ({savedAt}) but with a later report date ({winnerDate}; this file: {ownDate}).',
  SUBMISSION_SAME_TIME_CONFLICT:
    'This file and "{expected}" for the same agency and period were saved at the same time ({savedAt}) with the same report date ({reportDate}) but differ; "{expected}" is used (the later file name). Check which one is right.',
  SUBMISSION_OTHER_PERIOD: 'The file reports period {found}, not {expected} — not merged.',
  SUBMISSION_OTHER_PLAN: 'The file belongs to plan "{found}", not "{expected}" — not merged.',
  SUBMISSION_NOT_TEMPLATE: 'The file is not a valid template — not merged.',
  SUBMISSION_MISSING: '{subject} has not submitted for period {expected}.',

  ISSUES_TRUNCATED: '{omitted} more issues with code {code} not listed (listed {shown} of {total}).',

  // Authenticity (docs/seal.md).
  SEAL_MISSING:
    'The template carries no authentication code from the Department of Finance, so it cannot be confirmed as the template issued to {agency} (it was made before codes were used or by a copy of the tool without the key, or the code was removed). The file is not checked further and not merged. If it is a template issued before codes were used, confirm with the agency and check it again without the key, or ask the agency to enter its figures in a new template.',
  SEAL_INVALID:
    'The template’s authentication code does not match its identification: the agency, period, plan or issued targets recorded hidden in the template were changed, or the template was not issued by the Department of Finance. It cannot be confirmed as the report of {agency}; the file is not checked further and not merged.',
  SEAL_OTHER_KEY:
    'The template’s authentication code was made with another key (key id {found}), not the key in use (key id {expected}). If the Department changed its key, check the file with the old key; otherwise the template was not issued by the Department of Finance. It is not confirmed as the report of {agency}; the file is not checked further and not merged.',
  AGENCY_NAME_MISMATCH:
    'Sheet "{sheet}", cell {cell}, names the agency "{found}", but the template was issued to {expected} (by the identification recorded hidden in the template). Whose report this is cannot be told, so the file is not checked further and not merged. Use the template issued to your own agency.',
  AGENCY_CODE_MISMATCH:
    'Sheet "{sheet}", cell {cell}, gives the agency code "{found}", but the template was issued to {agency} (code {expected}, by the identification recorded hidden in the template). Whose report this is cannot be told, so the file is not checked further and not merged. Use the template issued to your own agency.',
  AGENCY_FILE_NAME_MISMATCH:
    'The file name "{fileName}" carries the agency code "{found}", but the template inside was issued to {agency} (code {expected}). Check that this is indeed the report of {agency}: an agency may have filled in another agency’s template by mistake.',
};

/** Messages for plan problems by code. */
export const planProblemsEn: Record<string, string> = {
  invalid_type: 'wrong type (expected {expected})',
  too_small: 'too small or missing (minimum {minimum})',
  too_big: 'too big (maximum {maximum})',
  invalid_format: 'wrong format ({format})',
  invalid_value: 'invalid value (one of: {values})',
  invalid_union: 'matches none of the allowed shapes',
  unrecognized_keys: 'fields not allowed: {keys}',
  custom: '{message}',
  lead_not_reporting: 'aggregation "lead" needs the lead agency "{id}" among the reporters',
  duplicate_id: 'id "{id}" is duplicated',
  unknown_agency: 'agency "{id}" is not in the agency list',
  unknown_kind: 'agency kind "{kind}" is invalid (choose: {values})',
  unknown_input: 'the formula uses input "{id}", which is not declared',
  input_unused: 'input "{id}" is not read by the formula "{kind}" (every input needs a role in the formula)',
  input_read_twice: 'the formula reads input "{id}" twice',
  formula_gives_percent:
    'this formula gives a percentage: the indicator must have measure "percent" (is {measure})',
  formula_gives_amount:
    'formula "{kind}" gives a figure in its inputs’ unit, not a percentage: the measure cannot be "percent"',
  unit_dates_reversed: 'start {from} is after end {to}',
  unit_replaces_itself: 'unit "{id}" cannot replace itself',
  unit_needs_end:
    '{earlierName} (id {id}) is replaced by {laterName} (id {successor}), so it needs the day it ends',
  unit_needs_start:
    '{laterName} (id {id}) replaces {earlierName} (id {predecessor}), so it needs the day it starts',
  unit_dates_overlap:
    '{laterName} (id {id}) starts {from} while the unit before it, {earlierName} (id {predecessor}), is in force until {to}: the same area would be reported twice',
  unit_dates_gap:
    '{laterName} (id {id}) starts {from} but the unit before it, {earlierName} (id {predecessor}), ends {to}: {days} day(s) with no unit reporting',
  locality_ends_unreplaced:
    '{name} (id {id}) ends {to} with no unit replacing it: its area is left unreported',
  locality_starts_unreplacing:
    '{name} (id {id}) starts {from} replacing no unit: its area was unreported before',
  unknown_source: 'source "{id}" is not in the list of sources',
  unknown_indicator: 'indicator "{id}" is not in the plan',
  amendment_version: 'this amendment must be version {expected} (says {found})',
  amendment_date_earlier: 'date in force {date} is before the previous amendment’s',
  amendment_rows_disagree:
    'the rows of version {version} must share one date and basis ("{found}" differs from "{expected}")',
  inputs_without_formula: 'has inputs but no formula',
  ratio_needs_formula: 'aggregation "ratioOfSums" needs an indicator with a formula',
  sum_of_percent: 'percentages cannot be summed (use "ratioOfSums" or "lead")',
  min_above_max: 'lower bound {min} is above upper bound {max}',
  target_outside_range: 'target {target} is outside the allowed range',
  milestone_outside_year: 'milestone {date} must be in {year} and before 31 December',
  milestones_not_increasing: 'milestones must be in increasing date order ({date})',
  date_outside_year: 'date {date} is not in {year}',
  due_before_window_end: 'due day {dueDay} is before the data cut-off day {windowEndDay}',
  json_syntax: 'not valid JSON: {message}',
  sheet_missing: 'sheet "{sheet}" is missing',
  column_missing: 'column "{column}" is missing',
  unknown_parent: 'id "{id}" is not on the main sheet (indicators or tasks)',
  cell_invalid: 'value "{found}" is invalid ({expected})',
};
