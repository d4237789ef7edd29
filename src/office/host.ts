/**
 * Is the add-in running inside Excel, and is that Excel new enough? Requirement sets are checked at runtime, never
 * assumed from the platform or version number:
 * https://learn.microsoft.com/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements
 */

/** The oldest Excel JavaScript API the add-in runs on: data validation (`Range.dataValidation`) needs ExcelApi 1.8. */
export const MIN_EXCEL_API = '1.8';

/**
 * Features used only when the host has them; without them the adapter skips the feature and says so in its result.
 * Versions are strings on purpose: `isSetSupported('ExcelApi', 1.10)` would ask for 1.1, since 1.10 === 1.1 as a number.
 */
export const OPTIONAL_FEATURES = {
  /** `Worksheet.pageLayout`: print orientation, fit to page width, repeated title rows. */
  pageLayout: '1.9',
  /** `RangeFill.tintAndShade`: the only way to tell "no fill" from a white fill when restoring highlights. */
  fillTint: '1.9',
  /** `Range.getMergedAreasOrNullObject`: which cells of the open workbook are merged. */
  mergedAreas: '1.13',
} as const;

/** An optional feature's name. */
export type OptionalFeature = keyof typeof OPTIONAL_FEATURES;

/** Which optional features this host has. */
export type HostFeatures = Record<OptionalFeature, boolean>;

/** Why the add-in cannot run here. */
export type HostProblem = 'outsideOffice' | 'notExcel' | 'tooOld';

/** The outcome of checkHost: ready (with the optional features found), or the reason and what is needed. */
export type HostCheck =
  { ok: true; features: HostFeatures } | { ok: false; reason: HostProblem; needed: string };

/** Checks that the page runs in Excel with at least ExcelApi MIN_EXCEL_API. Never throws for a missing host. */
export async function checkHost(): Promise<HostCheck> {
  const needed = `ExcelApi ${MIN_EXCEL_API}`;
  // A plain browser has no office.js at all; with office.js loaded outside Office, onReady reports no host.
  // https://learn.microsoft.com/office/dev/add-ins/develop/initialize-add-in
  if (typeof Office === 'undefined') return { ok: false, reason: 'outsideOffice', needed };
  const info = await Office.onReady();
  if (!info.host) return { ok: false, reason: 'outsideOffice', needed };
  if (info.host !== Office.HostType.Excel) return { ok: false, reason: 'notExcel', needed };
  if (!Office.context.requirements.isSetSupported('ExcelApi', MIN_EXCEL_API))
    return { ok: false, reason: 'tooOld', needed };
  return { ok: true, features: hostFeatures() };
}

/** The optional features of the running host (all false outside Office). */
export function hostFeatures(): HostFeatures {
  const has = (version: string): boolean =>
    typeof Office !== 'undefined' && Office.context.requirements.isSetSupported('ExcelApi', version);
  return {
    pageLayout: has(OPTIONAL_FEATURES.pageLayout),
    fillTint: has(OPTIONAL_FEATURES.fillTint),
    mergedAreas: has(OPTIONAL_FEATURES.mergedAreas),
  };
}
