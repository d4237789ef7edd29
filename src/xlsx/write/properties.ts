/** Workbook-level settings: document properties, recalculation on load, the tab shown first. */
import type ExcelJS from 'exceljs';
import type { WorkbookSpec } from '../../core/sheet/spec';
import { WorkbookSpecError } from './specError';

/** `properties.created` (ISO 8601) as a Date, or a WorkbookSpecError. */
export function createdDate(spec: WorkbookSpec): Date {
  const created = new Date(spec.properties.created);
  if (!/^\d{4}-\d{2}-\d{2}/.test(spec.properties.created) || Number.isNaN(created.getTime()))
    throw new WorkbookSpecError('properties.created', `not an ISO date-time: "${spec.properties.created}"`);
  return created;
}

/**
 * Title, subject, creator, company and dates. `lastModifiedBy` is the creator and `modified` equals `created`,
 * so the same spec always gives the same docProps (ExcelJS would otherwise stamp "now").
 */
export function writeProperties(wb: ExcelJS.Workbook, spec: WorkbookSpec): void {
  const p = spec.properties;
  const created = createdDate(spec);
  wb.title = p.title;
  if (p.subject !== undefined) wb.subject = p.subject;
  wb.creator = p.creator;
  wb.lastModifiedBy = p.creator;
  if (p.company !== undefined) wb.company = p.company;
  wb.created = created;
  wb.modified = created;
  // ExcelJS writes formulas without cached results; fullCalcOnLoad makes Excel compute them all on open instead
  // of showing empty or stale cells (ECMA-376 Part 1, 18.2.2 calcPr).
  wb.calcProperties.fullCalcOnLoad = true;
}

/**
 * The workbook window opens on the first visible sheet. Excel needs at least one visible sheet, and an active
 * tab that is hidden would open on a sheet the user cannot see.
 */
export function writeWorkbookView(wb: ExcelJS.Workbook, spec: WorkbookSpec): void {
  const first = spec.sheets.findIndex((s) => s.visibility === 'visible');
  if (first < 0) throw new WorkbookSpecError('sheets', 'at least one sheet must be visible');
  wb.views = [
    { x: 0, y: 0, width: 10000, height: 20000, firstSheet: first, activeTab: first, visibility: 'visible' },
  ];
}
