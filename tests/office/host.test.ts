/** checkHost: outside Office, another Office application, an Excel too old, and the optional features found. */
import { checkHost, hostFeatures, MIN_EXCEL_API } from '../../src/office/host';
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
