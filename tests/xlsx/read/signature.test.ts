/** Before anything is parsed, the first bytes decide: zip, encrypted Office file, legacy .xls, or not a workbook. */
import { DEFAULT_LIMITS } from '../../../src/xlsx/read';
import { csvAsXlsx, goodXlsx, oleEncrypted, oleXls } from '../../support/hostile';
import { rejected, snapshotOf } from './expect';

describe('file signature', () => {
  it('reads a zip that is a workbook', () => {
    expect(snapshotOf(goodXlsx()).sheets.map((s) => s.name)).toEqual(['Chỉ tiêu']);
  });

  it('refuses a CSV renamed .xlsx as not an .xlsx', () => {
    rejected(csvAsXlsx(), 'FILE_NOT_XLSX');
  });

  it('refuses an empty file as not an .xlsx', () => {
    rejected(new Uint8Array(0), 'FILE_NOT_XLSX');
  });

  it('says an OLE file with an EncryptedPackage stream is password-protected', () => {
    rejected(oleEncrypted(), 'FILE_ENCRYPTED');
  });

  it('says any other OLE file (a legacy .xls) is not an .xlsx', () => {
    rejected(oleXls(), 'FILE_NOT_XLSX');
  });
});

describe('file size', () => {
  it('refuses a file over the size limit before looking inside, naming both sizes', () => {
    const big = new Uint8Array(DEFAULT_LIMITS.maxBytes + 1);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    const found = rejected(big, 'FILE_TOO_LARGE');
    expect(found.params).toEqual({ size: '21 MB', limit: '20 MB' });
  });

  it('takes a smaller limit from the caller', () => {
    const found = rejected(goodXlsx(), 'FILE_TOO_LARGE', { maxBytes: 100 });
    expect(found.params).toEqual({ size: expect.stringMatching(/KB$/), limit: '1 KB' });
  });
});
