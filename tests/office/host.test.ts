/** checkHost: outside Office, another Office application, an Excel too old, and the optional features found. */
import fs from 'node:fs';
import path from 'node:path';
import { checkHost, fileRoute, hostFeatures, hostPlatform, MIN_EXCEL_API } from '../../src/office/host';
import { installFakeOffice, type FakeOffice } from '../support/fake-excel';

let fake: FakeOffice | undefined;
afterEach(() => {
  fake?.uninstall();
  fake = undefined;
});

describe('checkHost', () => {
  it('says "outsideOffice" in a plain browser without office.js', async () => {
    expect(await checkHost()).toEqual({ ok: false, reason: 'outsideOffice', needed: 'ExcelApi 1.8' });
  });

  it('says "outsideOffice" when office.js is loaded but onReady reports no host', async () => {
    fake = installFakeOffice(globalThis, { host: null });
    expect(await checkHost()).toMatchObject({ ok: false, reason: 'outsideOffice' });
  });

  it('says "notExcel" inside another Office application', async () => {
    fake = installFakeOffice(globalThis, { host: 'Word' });
    expect(await checkHost()).toMatchObject({ ok: false, reason: 'notExcel' });
  });

  it('says "tooOld" below ExcelApi 1.8 (data validation) and names what is needed', async () => {
    fake = installFakeOffice(globalThis, { excelApi: '1.7' });
    expect(await checkHost()).toEqual({ ok: false, reason: 'tooOld', needed: `ExcelApi ${MIN_EXCEL_API}` });
  });

  it('accepts ExcelApi 1.8 and reports the optional features as missing', async () => {
    fake = installFakeOffice(globalThis, { excelApi: '1.8' });
    expect(await checkHost()).toEqual({
      ok: true,
      features: { pageLayout: false, fillTint: false, mergedAreas: false },
      platform: 'windows',
    });
  });

  it('compares requirement sets as versions: 1.13 is newer than 1.9', async () => {
    fake = installFakeOffice(globalThis, { excelApi: '1.13' });
    expect(hostFeatures()).toEqual({ pageLayout: true, fillTint: true, mergedAreas: true });
  });

  it('finds page layout but not merged areas on ExcelApi 1.12', () => {
    fake = installFakeOffice(globalThis, { excelApi: '1.12' });
    expect(hostFeatures()).toEqual({ pageLayout: true, fillTint: true, mergedAreas: false });
  });
});

describe('the platform', () => {
  it.each([
    ['PC', 'windows', 'download'],
    ['OfficeOnline', 'web', 'download'],
    ['Mac', 'mac', 'newWorkbook'],
    ['iOS', 'ipad', 'newWorkbook'],
  ] as const)('%s is %s, where a template leaves the pane as a %s', (office, platform, route) => {
    fake = installFakeOffice(globalThis, { platform: office });
    expect(hostPlatform()).toBe(platform);
    expect(fileRoute()).toBe(route);
  });

  it('is "other" outside Office', () => {
    expect(hostPlatform()).toBe('other');
  });
});

describe('the minimum requirement set', () => {
  it('is the manifest’s: Office refuses the add-in below it, the pane checks it again', () => {
    const manifest = fs.readFileSync(path.join(__dirname, '../../manifest.xml'), 'utf8');
    expect(/<Set Name="ExcelApi" MinVersion="([\d.]+)"/.exec(manifest)?.[1]).toBe(MIN_EXCEL_API);
  });
});
