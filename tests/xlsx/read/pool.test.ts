/**
 * The reader pool runs each read in a worker thread with a heap cap and a time budget: a file that hangs or exhausts
 * memory is rejected with its own issue, its worker replaced, and the batch goes on.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { IssueCode } from '../../../src/core/issues/codes';
import type { ReadResult } from '../../../src/xlsx/read';
import { createReaderPool, type ReaderPool } from '../../../src/xlsx/readerPool';
import { goodXlsx, hugeMerge, manyCells, manyMerges, zipBomb, zipBombLying } from '../../support/hostile';

const BUILD_READER = path.join(__dirname, '..', '..', '..', 'build', 'xlsx', 'read', 'index.js');

/**
 * A stand-in worker (worker threads cannot load TypeScript, so it is plain JS): it misbehaves on cue by file name
 * and otherwise reads with the compiled reader, so one pool can show a bad file followed by a good one.
 */
const MISBEHAVING_WORKER = `
const { parentPort } = require('node:worker_threads');
const { readWorkbook } = require(${JSON.stringify(BUILD_READER)});
parentPort.on('message', (m) => {
  if (m.fileName === 'hang.xlsx') for (;;) {}
  if (m.fileName === 'oom.xlsx') { const hoard = []; for (;;) hoard.push(new Array(1e5).fill({ x: hoard.length })); }
  if (m.fileName === 'exit.xlsx') process.exit(3);
  if (m.fileName === 'throw.xlsx') throw new Error('boom');
  parentPort.postMessage({ kind: 'read', id: m.id, result: readWorkbook(m.input, m.fileName, m.limits) });
});
`;

let dir: string;
let misbehaving: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'chitieu-pool-'));
  misbehaving = path.join(dir, 'misbehaving-worker.js');
  writeFileSync(misbehaving, MISBEHAVING_WORKER);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function expectIssue(
  result: ReadResult,
  code: IssueCode,
  file: string,
): NonNullable<Extract<ReadResult, { ok: false }>['issue']> {
  if (result.ok) throw new Error(`expected ${code}, but the file was read`);
  expect(result.issue).toMatchObject({ code, file });
  return result.issue;
}

async function withPool<T>(
  options: Parameters<typeof createReaderPool>[0],
  run: (pool: ReaderPool) => Promise<T>,
): Promise<T> {
  const pool = createReaderPool(options);
  try {
    return await run(pool);
  } finally {
    await pool.close();
  }
}

describe('reading in workers', () => {
  it('reads a good file from bytes, transferring them rather than copying', async () => {
    await withPool({ size: 1 }, async (pool) => {
      const bytes = goodXlsx();
      const result = await pool.read(bytes, 'tot.xlsx');
      expect(result).toEqual({
        ok: true,
        snapshot: expect.objectContaining({ sheets: [expect.objectContaining({ name: 'Chỉ tiêu' })] }),
      });
      expect(bytes.byteLength).toBe(0);
    });
  });

  it('copies bytes that share their buffer with other data, leaving the caller’s buffer intact', async () => {
    await withPool({ size: 1 }, async (pool) => {
      const good = goodXlsx();
      const shared = new Uint8Array(good.length + 10);
      shared.set(good, 10);
      const view = shared.subarray(10);
      expect((await pool.read(view, 'tot.xlsx')).ok).toBe(true);
      expect(shared.byteLength).toBe(good.length + 10);
    });
  });

  it('reads a file from its path inside the worker, and says when there is no such file', async () => {
    const file = path.join(dir, 'tot.xlsx');
    writeFileSync(file, goodXlsx());
    await withPool({ size: 1 }, async (pool) => {
      expect((await pool.read(file, 'tot.xlsx')).ok).toBe(true);
      expect(
        expectIssue(
          await pool.read(path.join(dir, 'khong-co.xlsx'), 'khong-co.xlsx'),
          'FILE_NOT_FOUND',
          'khong-co.xlsx',
        ).params,
      ).toEqual({ reason: 'ENOENT' });
    });
  });

  it('refuses a file on disk over the size limit without loading it', async () => {
    const file = path.join(dir, 'lon.xlsx');
    writeFileSync(file, goodXlsx());
    await withPool({ size: 1, limits: { maxBytes: 100 } }, async (pool) => {
      expectIssue(await pool.read(file, 'lon.xlsx'), 'FILE_TOO_LARGE', 'lon.xlsx');
    });
  });

  it('rejects hostile files with their own issue and goes on with the batch', async () => {
    await withPool({ size: 2 }, async (pool) => {
      const batch: [string, Uint8Array, IssueCode | null][] = [
        ['gop-lon.xlsx', hugeMerge(), 'FILE_MERGE_TOO_LARGE'],
        ['gop-nhieu.xlsx', manyMerges(50_000), 'FILE_MERGE_TOO_LARGE'],
        ['bom.xlsx', zipBomb(), 'FILE_ZIP_BOMB'],
        ['bom-noi-doi.xlsx', zipBombLying(), 'FILE_ZIP_BOMB'],
        ['nhieu-o.xlsx', manyCells(300_000), 'FILE_TOO_MANY_CELLS'],
        ['tot.xlsx', goodXlsx(), null],
      ];
      const results = await Promise.all(
        batch.map(async ([name, bytes]) => {
          const start = performance.now();
          const result = await pool.read(bytes, name);
          return { result, ms: performance.now() - start };
        }),
      );
      results.forEach(({ result, ms }, i) => {
        const [name, , code] = batch[i] as [string, Uint8Array, IssueCode | null];
        if (code) expectIssue(result, code, name);
        else expect(result.ok).toBe(true);
        expect(ms).toBeLessThan(5000);
      });
    });
  });
});

describe('isolation', () => {
  it('terminates a worker that runs past the time budget, reports FILE_TIMEOUT, and reads the next file', async () => {
    await withPool({ size: 1, timeoutMs: 300, workerPath: misbehaving }, async (pool) => {
      const start = performance.now();
      const hung = pool.read(goodXlsx(), 'hang.xlsx');
      const next = pool.read(goodXlsx(), 'tot.xlsx');
      expect(expectIssue(await hung, 'FILE_TIMEOUT', 'hang.xlsx').params).toEqual({ seconds: 0.3 });
      expect(performance.now() - start).toBeLessThan(2000);
      expect((await next).ok).toBe(true);
    });
  });

  it('reports FILE_OUT_OF_MEMORY when a worker exhausts its heap cap, without harming this process', async () => {
    await withPool({ size: 1, heapMb: 32, workerPath: misbehaving }, async (pool) => {
      expect(
        expectIssue(await pool.read(goodXlsx(), 'oom.xlsx'), 'FILE_OUT_OF_MEMORY', 'oom.xlsx').params,
      ).toEqual({ limit: '32 MB' });
      expect((await pool.read(goodXlsx(), 'tot.xlsx')).ok).toBe(true);
    });
  });

  it('reports FILE_OUT_OF_MEMORY when the real reader needs more than a tiny heap cap', async () => {
    await withPool({ size: 1, heapMb: 8 }, async (pool) => {
      expectIssue(await pool.read(manyCells(200_000), 'lon.xlsx'), 'FILE_OUT_OF_MEMORY', 'lon.xlsx');
      expect((await pool.read(goodXlsx(), 'tot.xlsx')).ok).toBe(true);
    });
  });

  it('reports any other crash of a worker as FILE_CORRUPT and goes on', async () => {
    await withPool({ size: 1, workerPath: misbehaving }, async (pool) => {
      expect(
        expectIssue(await pool.read(goodXlsx(), 'exit.xlsx'), 'FILE_CORRUPT', 'exit.xlsx').params?.reason,
      ).toMatch(/exit code 3/);
      expect(
        expectIssue(await pool.read(goodXlsx(), 'throw.xlsx'), 'FILE_CORRUPT', 'throw.xlsx').params?.reason,
      ).toMatch(/boom/);
      expect((await pool.read(goodXlsx(), 'tot.xlsx')).ok).toBe(true);
    });
  });
});

describe('closing', () => {
  it('rejects reads still waiting when the pool is closed, and reads after it', async () => {
    const pool = createReaderPool({ size: 1, workerPath: misbehaving });
    const hung = expect(pool.read(goodXlsx(), 'hang.xlsx')).rejects.toThrow(/closed/);
    const queued = expect(pool.read(goodXlsx(), 'tot.xlsx')).rejects.toThrow(/closed/);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await pool.close();
    await hung;
    await queued;
    await expect(pool.read(goodXlsx(), 'tot.xlsx')).rejects.toThrow(/closed/);
  });

  it('refuses to start without the compiled worker, saying how to build it', () => {
    expect(() => createReaderPool({ size: 1, workerPath: path.join(dir, 'missing.js') })).toThrow(
      /tsconfig\.build\.json/,
    );
  });
});
