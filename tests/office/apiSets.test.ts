/**
 * No Office.js member above the manifest's ExcelApi minimum is used without a feature check: every member used in
 * src/office and src/taskpane, resolved by the TypeScript compiler against @types/office-js's "[Api set]" notes.
 * Hosts older than a member fail with ApiNotFound (or silently ignore it) — Microsoft's advice is to check at runtime:
 * https://learn.microsoft.com/office/dev/add-ins/develop/specify-api-requirements-runtime
 */
import fs from 'node:fs';
import path from 'node:path';
import { MIN_EXCEL_API, OPTIONAL_FEATURES } from '../../src/office/host';
import { compareVersions } from '../support/fake-excel';
import { officeMembersUsed, type MemberUse } from './apiSets';

const ROOT = path.join(__dirname, '../..');

/** Every .ts/.tsx file under a folder (repository-relative). */
function sources(dir: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => path.join(dir, f));
}

const manifestMinimum = (): string => {
  const manifest = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
  const m = /<Set Name="ExcelApi" MinVersion="([\d.]+)"/.exec(manifest);
  if (!m?.[1]) throw new Error('manifest.xml names no ExcelApi minimum');
  return m[1];
};

/** A use that needs a check and has none (or one too weak). */
function unguarded(use: MemberUse, minimum: string): boolean {
  if (!use.set.startsWith('ExcelApi') || !use.entryPoint) return false;
  const numbered = use.set === 'ExcelApi' && /^\d+(\.\d+)*$/.test(use.version);
  if (numbered && compareVersions(use.version, minimum) <= 0) return false;
  return !numbered || !use.guardedUpTo || compareVersions(use.guardedUpTo, use.version) < 0;
}

const show = (u: MemberUse) => `${u.at} ${u.member} [${u.set} ${u.version}]`;

let uses: MemberUse[];
beforeAll(() => {
  uses = officeMembersUsed([...sources('src/office'), ...sources('src/taskpane')], OPTIONAL_FEATURES);
}, 120_000);

describe('Office.js requirement sets', () => {
  it('the manifest’s minimum is the one the pane checks at start-up', () => {
    expect(manifestMinimum()).toBe(MIN_EXCEL_API);
  });

  it('no member above the minimum is used without a feature check', () => {
    expect(uses.filter((u) => unguarded(u, manifestMinimum())).map(show)).toEqual([]);
  });

  it('finds the members it must: the feature-checked ones above 1.8, and loads named in strings', () => {
    const above = new Set(uses.filter((u) => u.entryPoint && u.guardedUpTo).map((u) => u.member));
    expect(above).toEqual(
      new Set([
        'Worksheet.pageLayout',
        'Worksheet.horizontalPageBreaks',
        'RangeFill.tintAndShade',
        'Range.getMergedAreasOrNullObject',
      ]),
    );
    const names = new Set(uses.map((u) => u.member));
    for (const m of [
      'Range.dataValidation',
      'Worksheet.protection',
      'WorksheetProtection.protected',
      'createWorkbook',
    ])
      expect([m, names.has(m)]).toEqual([m, true]);
  });

  it('would catch an unguarded use, a guard under ! or ||, a guard too weak, and an online-only member', () => {
    const fixture = `
      export function f(sheet: Excel.Worksheet, wb: Excel.Workbook, features: Record<string, boolean>, x: boolean) {
        const a = sheet.pageLayout;
        if (!features.pageLayout) return a;
        if (x || features.pageLayout) return sheet.pageLayout;
        if (Office.context.requirements.isSetSupported('ExcelApi', '1.9')) sheet.getRange().getMergedAreasOrNullObject();
        if (features.mergedAreas) sheet.getRange().getMergedAreasOrNullObject();
        sheet.getRange().load('values,valueTypes,linkedDataTypeState');
        return wb.linkedWorkbooks;
      }`;
    const found = officeMembersUsed([], OPTIONAL_FEATURES, { 'tests/office/__fixture__.ts': fixture })
      .filter((u) => unguarded(u, '1.8'))
      .map((u) => `${u.member}:${u.at.split(':')[1] ?? ''}`);
    expect(found).toEqual([
      'Worksheet.pageLayout:3',
      'Worksheet.pageLayout:5',
      'Range.getMergedAreasOrNullObject:6',
      'Range.linkedDataTypeState:8',
      'Workbook.linkedWorkbooks:9',
    ]);
  }, 120_000);
});
