/** Reading a submission from disk: size checked before loading, I/O failures as issues. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { readFileBoundedSync } from '../../../src/xlsx/readFile';
import { tempDir } from '../../support/external';

describe('readFileBoundedSync', () => {
  it('returns the bytes of a file within the limit', () => {
    const file = path.join(tempDir(), 'a.xlsx');
    writeFileSync(file, Buffer.from([1, 2, 3]));
    const read = readFileBoundedSync(file, 'a.xlsx', 3);
    expect(read.ok && Array.from(read.bytes)).toEqual([1, 2, 3]);
  });

  it('refuses a file over the limit with FILE_TOO_LARGE naming the file and both sizes', () => {
    const file = path.join(tempDir(), 'big.xlsx');
    writeFileSync(file, Buffer.alloc(2048));
    const read = readFileBoundedSync(file, 'big.xlsx', 1024);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.issue).toMatchObject({ code: 'FILE_TOO_LARGE', file: 'big.xlsx' });
    expect(read.issue.params).toEqual({ size: expect.any(String), limit: expect.any(String) });
  });

  it('a missing file is FILE_NOT_FOUND with the system code, not an exception', () => {
    const read = readFileBoundedSync(path.join(tempDir(), 'none.xlsx'), 'none.xlsx');
    expect(read).toEqual({
      ok: false,
      issue: expect.objectContaining({
        code: 'FILE_NOT_FOUND',
        file: 'none.xlsx',
        params: { reason: 'ENOENT' },
      }),
    });
  });
});
