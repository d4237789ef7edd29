/** CLI file I/O: failures on paths the user gave become one-line usage errors naming the path, never internal errors. */
import { existsSync, mkdirSync, promises as fsp, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileError, UsageError } from '../../src/cli/errors';
import { ensureDir, expandInputs, readUserFile, writeFileAtomic, writeFilesAtomic } from '../../src/cli/io';
import { tempDir } from '../support/external';

const osError = (code: string): NodeJS.ErrnoException =>
  Object.assign(new Error(`${code}: operation failed`), { code });

const keyOf = (e: unknown): string => (e instanceof UsageError ? e.key : 'not a usage error');

async function failure(run: () => Promise<unknown>): Promise<UsageError> {
  try {
    await run();
  } catch (e) {
    if (e instanceof UsageError) return e;
    throw e;
  }
  throw new Error('expected a usage error');
}

describe('fileError', () => {
  it.each([
    ['EACCES', 'write', 'writeDenied'],
    ['EPERM', 'write', 'writeDenied'],
    ['EBUSY', 'write', 'writeDenied'],
    ['EROFS', 'write', 'writeDenied'],
    ['ENOSPC', 'write', 'diskFull'],
    ['EACCES', 'read', 'readDenied'],
    ['ENOENT', 'read', 'fileNotFound'],
    ['EISDIR', 'read', 'isADirectory'],
    ['ENOTDIR', 'write', 'badPath'],
    ['EIO', 'write', 'writeFailed'],
    ['EIO', 'read', 'readFailed'],
  ] as const)('maps %s on %s to the message %s, naming the path', (code, op, key) => {
    const e = fileError(osError(code), 'out/tong-hop.xlsx', op);
    expect(keyOf(e)).toBe(key);
    expect((e as UsageError).params).toEqual({ path: 'out/tong-hop.xlsx', code });
  });

  it('returns an error that is not from the operating system unchanged (a bug stays an internal error)', () => {
    const bug = new TypeError('cannot read properties of undefined');
    expect(fileError(bug, 'x.xlsx', 'write')).toBe(bug);
  });
});

describe('writeFileAtomic', () => {
  it('writes the file and leaves no temp file behind', async () => {
    const dir = tempDir();
    await writeFileAtomic(path.join(dir, 'sub', 'a.txt'), 'xin chào');
    expect(readFileSync(path.join(dir, 'sub', 'a.txt'), 'utf8')).toBe('xin chào');
    expect(readdirSync(path.join(dir, 'sub'))).toEqual(['a.txt']);
  });

  it('a folder at the output path is a usage error naming it, and the temp file is removed', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'tong-hop.xlsx');
    mkdirSync(target);
    const e = await failure(() => writeFileAtomic(target, 'data'));
    expect(e.key).toBe('isADirectory');
    expect(e.params.path).toBe(target);
    expect(readdirSync(dir)).toEqual(['tong-hop.xlsx']);
  });

  it('a file where a folder should be is a usage error naming the output', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'ket-qua'), 'not a folder');
    const target = path.join(dir, 'ket-qua', 'tong-hop.xlsx');
    const e = await failure(() => writeFileAtomic(target, 'data'));
    expect(e.key).toBe('badPath');
    expect(e.params.path).toBe(target);
  });
});

describe('when the operating system refuses (tests run as root, so the refusal is simulated)', () => {
  afterEach(() => jest.restoreAllMocks());

  it('a workbook held open by Excel (EPERM on rename) keeps the old file and names the output', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'tong-hop.xlsx');
    writeFileSync(target, 'tháng trước');
    jest.spyOn(fsp, 'rename').mockRejectedValueOnce(osError('EPERM'));
    const e = await failure(() => writeFileAtomic(target, 'tháng này'));
    expect([e.key, e.params.path]).toEqual(['writeDenied', target]);
    expect(readFileSync(target, 'utf8')).toBe('tháng trước');
    expect(readdirSync(dir)).toEqual(['tong-hop.xlsx']);
  });

  it('an output folder it may not create is folderDenied naming the folder', async () => {
    jest.spyOn(fsp, 'mkdir').mockRejectedValueOnce(osError('EACCES'));
    const e = await failure(() => ensureDir('/root/mau-bieu'));
    expect([e.key, e.params.path]).toEqual(['folderDenied', '/root/mau-bieu']);
  });
});

describe('reading what the user named', () => {
  it('a missing file is fileNotFound', async () => {
    expect((await failure(() => readUserFile(path.join(tempDir(), 'khong-co.json')))).key).toBe(
      'fileNotFound',
    );
  });

  it('a folder given as a file is isADirectory', async () => {
    expect((await failure(() => readUserFile(tempDir()))).key).toBe('isADirectory');
  });

  it('an input that does not exist is fileNotFound', async () => {
    const missing = path.join(tempDir(), 'nop-ve');
    const e = await failure(() => expandInputs([missing]));
    expect([e.key, e.params.path]).toEqual(['fileNotFound', missing]);
  });

  it('writes several files together: a failure on the second leaves the first as it was', async () => {
    const dir = tempDir();
    const first = path.join(dir, 'tong-hop.xlsx');
    writeFileSync(first, 'cũ');
    const blocked = path.join(dir, 'la-thu-muc.csv');
    mkdirSync(blocked);
    const e = await failure(() =>
      writeFilesAtomic([
        { file: first, data: 'mới' },
        { file: blocked, data: 'csv' },
      ]),
    );
    expect([e.key, readFileSync(first, 'utf8')]).toEqual(['isADirectory', 'cũ']);
    expect(readdirSync(dir).sort()).toEqual(['la-thu-muc.csv', 'tong-hop.xlsx']);
  });

  it('a folder with no spreadsheet is noInputs naming what it holds', async () => {
    const folder = tempDir();
    writeFileSync(path.join(folder, 'bao-cao.pdf'), '%PDF');
    const e = await failure(() => expandInputs([folder]));
    expect([e.key, e.params.skipped]).toEqual(['noInputs', ' (bao-cao.pdf)']);
  });

  it('a file given by name is read whatever its extension (the reader says what it is)', async () => {
    const file = path.join(tempDir(), 'bao-cao.pdf');
    writeFileSync(file, '%PDF');
    expect(await expandInputs([file])).toEqual({ files: [file], skipped: [] });
  });

  it('an output folder that is a file is notADirectory', async () => {
    const file = path.join(tempDir(), 'mau-bieu');
    writeFileSync(file, '');
    expect((await failure(() => ensureDir(file))).key).toBe('notADirectory');
    expect(existsSync(file)).toBe(true);
  });
});
