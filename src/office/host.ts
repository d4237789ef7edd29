/**
 * Is the add-in running inside Excel, and is that Excel new enough? Requirement sets are checked at runtime, never
 * assumed from the platform or version number:
 * https://learn.microsoft.com/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements
 */

/**
 * The oldest Excel JavaScript API the add-in runs on, the manifest's `<Set Name="ExcelApi" MinVersion>` (a test keeps
 * them equal): data validation (`Range.dataValidation`) needs ExcelApi 1.8. Newer members are used only behind a
 * feature check (OPTIONAL_FEATURES; tests/office/apiSets.test.ts enforces it). Why not 1.9: see docs/addin.md.
 */
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

/** Where Office runs, as `Office.context.platform` says. */
export type HostPlatform = 'windows' | 'mac' | 'web' | 'ipad' | 'other';

/** The outcome of checkHost: ready (with the optional features and the platform), or the reason and what is needed. */
export type HostCheck =
  | { ok: true; features: HostFeatures; platform: HostPlatform }
  | { ok: false; reason: HostProblem; needed: string };

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
  return { ok: true, features: hostFeatures(), platform: hostPlatform() };
}

/** The platform of the running Office ('other' outside Office, and for Android or an unknown value). */
export function hostPlatform(): HostPlatform {
  if (typeof Office === 'undefined') return 'other';
  switch (Office.context.platform) {
    case Office.PlatformType.PC:
      return 'windows';
    case Office.PlatformType.Mac:
      return 'mac';
    case Office.PlatformType.OfficeOnline:
      return 'web';
    case Office.PlatformType.iOS:
      return 'ipad';
    default:
      return 'other';
  }
}

/**
 * How a file made in the pane reaches the user: a browser download, or — on Mac and iPad, where the webview drops
 * downloads without a word (https://github.com/OfficeDev/office-js/issues/2700, "by design";
 * https://github.com/OfficeDev/office-js/issues/4681) — a new workbook opened from it with `Excel.createWorkbook`.
 */
export function fileRoute(platform: HostPlatform = hostPlatform()): 'download' | 'newWorkbook' {
  return platform === 'mac' || platform === 'ipad' ? 'newWorkbook' : 'download';
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
