/**
 * What Excel does with a value written through `Range.values` or `Range.formulas`: it takes a string the way it takes
 * typed input (en-US rules here). Into a Text ("@") cell anything stays text; a leading apostrophe forces text and is
 * hidden; "=…" is a formula; "+…", "-…", "@…" that are not numbers become formulas too (and so errors like #NAME?);
 * numbers, percentages, ISO and US dates and TRUE/FALSE are converted. This is the trap the adapter must avoid.
 */
import { isoToSerial, isoFromParts } from '../../../src/core/text/dates';
import { fail } from './errors';
import type { CellModel } from './model';

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PERCENT = /^([+-]?(\d+(\.\d*)?|\.\d+))%$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** Writes one entry of a values/formulas array into a cell (null entries are skipped by the caller). */
export function enterValue(cell: CellModel, input: unknown, where: string): void {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) fail('InvalidArgument', `${where}: ${input} is not a number Excel can hold`);
    return setConstant(cell, input);
  }
  if (typeof input === 'boolean') return setConstant(cell, input);
  if (typeof input !== 'string')
    return fail('InvalidArgument', `${where}: ${typeof input} is not a cell value`);
  if (input === '') return setConstant(cell, null);
  if (cell.numberFormat === '@') return setConstant(cell, input);
  if (input.startsWith("'")) return setConstant(cell, input.slice(1));
  if (input.startsWith('=')) return setFormula(cell, input);
  if (NUMBER.test(input) || GROUPED.test(input)) return setConstant(cell, Number(input.replace(/,/g, '')));
  const percent = PERCENT.exec(input);
  if (percent) {
    setConstant(cell, Number(percent[1]) / 100);
    if (cell.numberFormat === 'General') cell.numberFormat = '0%';
    return;
  }
  if (/^[+\-@]/.test(input)) {
    setFormula(cell, `=${input}`);
    cell.error = '#NAME?';
    return;
  }
  const date = parseDate(input);
  if (date !== null) {
    setConstant(cell, isoToSerial(date));
    if (cell.numberFormat === 'General') cell.numberFormat = 'm/d/yyyy';
    return;
  }
  if (/^(true|false)$/i.test(input)) return setConstant(cell, input.toLowerCase() === 'true');
  setConstant(cell, input);
}

function parseDate(input: string): string | null {
  const iso = ISO_DATE.exec(input);
  if (iso) return isoFromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const us = US_DATE.exec(input);
  if (us) return isoFromParts(Number(us[3]), Number(us[1]), Number(us[2]));
  return null;
}

function setConstant(cell: CellModel, value: CellModel['value']): void {
  cell.value = value;
  cell.formula = null;
  cell.error = null;
}

function setFormula(cell: CellModel, formula: string): void {
  cell.formula = formula;
  cell.value = null;
  cell.error = null;
}
