/** A template leaving the pane on Mac and iPad: opened as a new workbook (Excel.createWorkbook), or said plainly. */
import { describeOfficeError } from '../../src/office/errors';
import { base64 } from '../../src/office/newWorkbook';
import { downloadBytes } from '../../src/taskpane/services/download';
import { installFakeOffice, type FakeOffice } from '../support/fake-excel';

let fake: FakeOffice;
afterEach(() => fake.uninstall());

const file = new Uint8Array(70_000).map((_, i) => (i * 31) % 256);

describe('on Mac and iPad, where the webview drops downloads (office-js#2700, #4681)', () => {
  it.each(['Mac', 'iOS'] as const)('%s: opens the file as a new workbook instead', async (platform) => {
    fake = installFakeOffice(globalThis, { platform });
    expect(await downloadBytes(file, '2025-07_so-y-te.xlsx')).toBe('openedInExcel');
    expect(fake.createdWorkbooks).toHaveLength(1);
    expect(Buffer.from(fake.createdWorkbooks[0] ?? '', 'base64')).toEqual(Buffer.from(file));
  });

  it('says plainly that the file cannot be made here when Excel cannot open it either', async () => {
    fake = installFakeOffice(globalThis, { platform: 'iOS', createWorkbook: 'notImplemented' });
    const error = await downloadBytes(file, 'x.xlsx').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'DownloadUnavailable', cause: { code: 'NotImplemented' } });
    expect(describeOfficeError(error).messageKey).toBe('office.error.downloadUnavailable');
  });
});

describe('base64', () => {
  it('encodes files larger than one piece of String.fromCharCode arguments', () => {
    expect(base64(file)).toBe(Buffer.from(file).toString('base64'));
  });
});
