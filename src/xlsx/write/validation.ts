/** Data validation (rules, Vietnamese prompts and error messages) from a SheetSpec into an ExcelJS sheet. */
import type ExcelJS from 'exceljs';
import { rangeAddress, type CellRange } from '../../core/sheet/a1';
import type { SheetSpec, ValidationSpec } from '../../core/sheet/spec';
import { overlaps, requireRange } from './checks';
import { WorkbookSpecError } from './specError';

/**
 * ExcelJS 4.4 keeps a sheet's validations in `worksheet.dataValidations` (lib/doc/data-validations.js) and writes a
 * range key as one `sqref`, but its index.d.ts does not declare the property
 * (https://github.com/exceljs/exceljs/issues/2818). This is the part we use.
 */
interface SheetWithValidations {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): ExcelJS.DataValidation };
}

/**
 * Excel's limits on the texts (MS-OI29500 2.1.613, https://learn.microsoft.com/en-us/openspecs/office_standards/ms-oi29500/0114969a-4859-443e-ae3e-0c1fdebfcc64):
 * longer texts make Excel "repair" the file by dropping the validation. Titles and messages are display text, so
 * they are shortened with "…" rather than failing a whole template over a long indicator name.
 */
export const TEXT_LIMITS = { promptTitle: 32, prompt: 255, errorTitle: 32, error: 224 } as const;
/** Excel's limit on an inline list's source (`"a,b,c"`), beyond which it drops the validation. */
export const LIST_SOURCE_LIMIT = 255;

/** Shortens display text to `max` UTF-16 units (Excel counts those), ending with "…" when cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * ExcelJS writes a date validation's bounds as `dateToExcel(new Date(formula))` (data-validations-xform.js), so it
 * needs Date objects: a serial number would be read as milliseconds since 1970 and come out as 25569.0005.
 */
function serialToDate(serial: number): Date {
  return new Date(SERIAL_EPOCH_MS + serial * 86400000);
}

/** The inline list source: quoted, comma-separated, inner quotes doubled. */
export function listSource(values: readonly string[], where: string): string {
  if (values.length === 0) throw new WorkbookSpecError(where, 'an inline list needs at least one value');
  for (const v of values)
    if (v.includes(',')) throw new WorkbookSpecError(where, `a list value may not contain a comma: "${v}"`);
  const source = `"${values.map((v) => v.replace(/"/g, '""')).join(',')}"`;
  if (source.length > LIST_SOURCE_LIMIT)
    throw new WorkbookSpecError(
      where,
      `an inline list is limited to ${LIST_SOURCE_LIMIT} characters (${source.length})`,
    );
  return source;
}

function bounds(min: number, max: number, where: string, integer: boolean): void {
  if (!Number.isFinite(min) || !Number.isFinite(max) || min > max)
    throw new WorkbookSpecError(where, `bounds must be finite with min ≤ max (${min}, ${max})`);
  if (integer && (!Number.isInteger(min) || !Number.isInteger(max)))
    throw new WorkbookSpecError(where, `whole-number bounds must be integers (${min}, ${max})`);
}

/** The ExcelJS validation for one ValidationSpec (rule, blanks, prompt, error). */
export function excelValidation(spec: ValidationSpec, where: string): ExcelJS.DataValidation {
  const rule = spec.rule;
  let base: Pick<ExcelJS.DataValidation, 'type' | 'operator' | 'formulae'>;
  switch (rule.kind) {
    case 'decimal':
    case 'whole':
      bounds(rule.min, rule.max, where, rule.kind === 'whole');
      base = { type: rule.kind, operator: 'between', formulae: [rule.min, rule.max] };
      break;
    case 'date':
      bounds(rule.min, rule.max, where, false);
      base = {
        type: 'date',
        operator: 'between',
        formulae: [serialToDate(rule.min), serialToDate(rule.max)],
      };
      break;
    case 'textLength':
      if (!Number.isInteger(rule.max) || rule.max < 0)
        throw new WorkbookSpecError(where, `a text length must be a whole number ≥ 0 (${rule.max})`);
      base = { type: 'textLength', operator: 'lessThanOrEqual', formulae: [rule.max] };
      break;
    case 'list':
      base = { type: 'list', formulae: [listSource(rule.values, where)] };
      break;
  }
  const out: ExcelJS.DataValidation = {
    ...base,
    allowBlank: spec.allowBlank,
    // Without showErrorMessage Excel accepts any input and only circles it on request: the rule would not be a rule.
    showErrorMessage: true,
  };
  if (spec.prompt) {
    out.showInputMessage = true;
    out.promptTitle = clip(spec.prompt.title, TEXT_LIMITS.promptTitle);
    out.prompt = clip(spec.prompt.text, TEXT_LIMITS.prompt);
  }
  if (spec.error) {
    out.errorStyle = spec.error.style;
    out.errorTitle = clip(spec.error.title, TEXT_LIMITS.errorTitle);
    out.error = clip(spec.error.text, TEXT_LIMITS.error);
  }
  return out;
}

/**
 * Adds the sheet's validations, each over its whole A1 range (one `sqref`). Ranges may not overlap: Excel keeps
 * one rule per cell, and which one wins in an overlap differs between Excel and LibreOffice.
 */
export function writeValidations(ws: ExcelJS.Worksheet, sheet: SheetSpec): void {
  // Narrow cast: see SheetWithValidations (the property exists at runtime, the typings miss it).
  const target = (ws as unknown as SheetWithValidations).dataValidations;
  const seen: { range: CellRange; ref: string }[] = [];
  for (const spec of sheet.validations) {
    const where = `sheet "${sheet.name}", validation ${spec.range}`;
    const range = requireRange(spec.range, where);
    const clash = seen.find((s) => overlaps(s.range, range));
    if (clash) throw new WorkbookSpecError(where, `overlaps validation ${clash.ref}`);
    seen.push({ range, ref: spec.range });
    // The key must be the normalised "J5:J20" (or "J5"): ExcelJS looks the range up again by that spelling.
    target.add(rangeAddress(range), excelValidation(spec, where));
  }
}
