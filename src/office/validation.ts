/**
 * A ValidationSpec → `Range.dataValidation` (ExcelApi 1.8,
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation). Excel caps an input or error
 * title at 32 characters (https://learn.microsoft.com/office/vba/api/excel.validation.inputtitle), an input message
 * at 255 and an error message at 225; longer text is shortened with "…" and counted rather than rejected by the host.
 * The limits and the cut are the xlsx writer's (src/xlsx/write/validation.ts TEXT_LIMITS), so both show the same text.
 */
import type { ValidationSpec } from '../core/sheet/spec';
import { serialToIso } from '../core/text/dates';
import { ACTION_BYTES, jsonBytes } from './payload';

/** Excel's limit on a validation title. */
export const MAX_VALIDATION_TITLE = 32;
/** Excel's limit on an input message. */
export const MAX_PROMPT_MESSAGE = 255;
/** Our limit on an error message (Excel's is 225; one less, as the xlsx writer clips). */
export const MAX_ERROR_MESSAGE = 224;
/** Excel's limit on an in-cell list written as text. */
export const MAX_LIST_SOURCE = 255;

const ALERT_STYLE = { stop: 'Stop', warning: 'Warning', information: 'Information' } as const;

/** A validation ready to queue: rule, prompt and alert as Office.js takes them, and how many texts were shortened. */
export interface OfficeValidation {
  range: string;
  rule: Excel.DataValidationRule;
  ignoreBlanks: boolean;
  prompt?: Excel.DataValidationPrompt;
  errorAlert?: Excel.DataValidationErrorAlert;
  shortened: number;
  bytes: number;
}

/** Translates one validation; throws on a list Excel cannot hold as text (a bug in the spec, not user data). */
export function officeValidation(v: ValidationSpec): OfficeValidation {
  let shortened = 0;
  const cut = (text: string, max: number) => {
    if (text.length <= max) return text;
    shortened += 1;
    return `${text.slice(0, max - 1)}…`;
  };
  const out: OfficeValidation = {
    range: v.range,
    rule: officeRule(v.rule),
    ignoreBlanks: v.allowBlank,
    shortened: 0,
    bytes: 0,
  };
  if (v.prompt) {
    out.prompt = {
      showPrompt: true,
      title: cut(v.prompt.title, MAX_VALIDATION_TITLE),
      message: cut(v.prompt.text, MAX_PROMPT_MESSAGE),
    };
  }
  if (v.error) {
    out.errorAlert = {
      showAlert: true,
      style: ALERT_STYLE[v.error.style],
      title: cut(v.error.title, MAX_VALIDATION_TITLE),
      message: cut(v.error.text, MAX_ERROR_MESSAGE),
    };
  }
  out.shortened = shortened;
  out.bytes = 4 * ACTION_BYTES + jsonBytes(out.rule) + jsonBytes(out.prompt) + jsonBytes(out.errorAlert);
  return out;
}

/** Queues a translated validation on its range of a sheet. */
export function applyValidation(sheet: Excel.Worksheet, v: OfficeValidation): void {
  const dv = sheet.getRange(v.range).dataValidation;
  dv.rule = v.rule;
  dv.ignoreBlanks = v.ignoreBlanks;
  if (v.prompt) dv.prompt = v.prompt;
  if (v.errorAlert) dv.errorAlert = v.errorAlert;
}

function officeRule(rule: ValidationSpec['rule']): Excel.DataValidationRule {
  switch (rule.kind) {
    case 'decimal':
      return { decimal: { formula1: rule.min, formula2: rule.max, operator: 'Between' } };
    case 'whole':
      return { wholeNumber: { formula1: rule.min, formula2: rule.max, operator: 'Between' } };
    case 'date':
      // Dates are given as ISO 8601 text, which the host reads in any locale (DateTimeDataValidation.formula1).
      return {
        date: { formula1: serialToIso(rule.min), formula2: serialToIso(rule.max), operator: 'Between' },
      };
    case 'textLength':
      return { textLength: { formula1: rule.max, operator: 'LessThanOrEqualTo' } };
    case 'list':
      return { list: { inCellDropDown: true, source: listSource(rule.values) } };
  }
}

/** A list as the comma-separated text ListDataValidation.source takes (no item may contain a comma). */
function listSource(values: readonly string[]): string {
  const bad = values.find((v) => v.includes(','));
  if (bad !== undefined) throw new Error(`validation list item contains a comma: ${JSON.stringify(bad)}`);
  const source = values.join(',');
  if (source.length > MAX_LIST_SOURCE)
    throw new Error(`validation list is ${source.length} characters, Excel holds ${MAX_LIST_SOURCE}`);
  return source;
}
