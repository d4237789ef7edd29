/**
 * The reader pool runs each read in a worker thread with a heap cap and a time budget: a file that hangs or exhausts
 * memory is rejected with its own issue, its worker replaced, and the batch goes on.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { IssueCode } from '../../../src/core/issues/codes';
import { checkPlan } from '../../../src/core/plan/check';
import type { Plan } from '../../../src/core/plan/schema';
import { writeWorkbook } from '../../../src/xlsx/write';
import { SUBMISSION_WORKER } from '../../../src/cli/submissions';
import { templateSpec } from '../../support/snapshots';
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

/**
 * A stand-in for submissions: it says what it hashed, then hangs, reports a bug or answers with a stand-in report
 * (the pool never looks inside a report), by file name.
 */
const STAND_IN_SUBMISSION_WORKER = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (m) => {
  const name = m.fileName;
  parentPort.postMessage({ kind: 'hashed', id: m.id, sha256: 'ab'.repeat(32), size: 7 });
  if (name === 'hang.xlsx') for (;;) {}
  if (name === 'bug.xlsx') return parentPort.postMessage({ kind: 'bug', id: m.id, message: 'TypeError: x is undefined' });
  parentPort.postMessage({ kind: 'submission', id: m.id, input: { provenance: { fileName: name, sha256: '', size: 0 }, report: { stand: 'in' } } });
});
`;

let dir: string;
let misbehaving: string;
let standIn: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'chitieu-pool-'));
  misbehaving = path.join(dir, 'misbehaving-worker.js');
  writeFileSync(misbehaving, MISBEHAVING_WORKER);
  standIn = path.join(dir, 'submission-worker.js');
  writeFileSync(standIn, STAND_IN_SUBMISSION_WORKER);
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

describe('submissions: read, hashed and validated in the worker', () => {
  const plan = (): Plan => {
    const file = path.join(__dirname, '..', '..', '..', 'seeds', 'sonla-2025', 'plan.json');
    const checked = checkPlan(JSON.parse(readFileSync(file, 'utf8')));
    if (!checked.ok) throw new Error('seed plan rejected');
    return checked.plan;
  };

  it('sends back the provenance (SHA-256 of the file, its size) and the report, nothing else', async () => {
    const p = plan();
    const file = path.join(dir, 'so-xay-dung.xlsx');
    writeFileSync(file, await writeWorkbook(templateSpec(p, 'so-xay-dung', '2025-07')));
    const bytes = readFileSync(file);
    await withPool({ size: 1, plan: p, workerPath: SUBMISSION_WORKER }, async (pool) => {
      const input = await pool.submission(file, 'so-xay-dung.xlsx');
      expect(input.provenance).toEqual({
        fileName: 'so-xay-dung.xlsx',
        sha256: createHash('sha256').update(bytes).digest('hex'),
        size: bytes.byteLength,
        savedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      });
      expect('report' in input && input.report.identity?.agencyId).toBe('so-xay-dung');
      expect(Object.keys(input).sort()).toEqual(['provenance', 'report']);
    });
  });

  it('keeps the hash and size of a file it refuses, and says a missing file is missing', async () => {
    const bomb = path.join(dir, 'bom.xlsx');
    writeFileSync(bomb, zipBomb());
    await withPool({ size: 1, plan: plan(), workerPath: SUBMISSION_WORKER }, async (pool) => {
      const refused = await pool.submission(bomb, 'bom.xlsx');
      expect(refused).toMatchObject({
        provenance: { fileName: 'bom.xlsx', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
        readFailure: { code: 'FILE_ZIP_BOMB', file: 'bom.xlsx' },
      });
      const missing = await pool.submission(path.join(dir, 'khong-co.xlsx'), 'khong-co.xlsx');
      expect(missing).toMatchObject({
        provenance: { sha256: '', size: 0 },
        readFailure: { code: 'FILE_NOT_FOUND', params: { reason: 'ENOENT' } },
      });
    });
  });

  it('keeps what a file that hangs hashed to, and hands the files queued behind it to a fresh worker', async () => {
    await withPool({ size: 1, timeoutMs: 300, workerPath: standIn, plan: plan() }, async (pool) => {
      const jobs = ['hang.xlsx', 'a.xlsx', 'b.xlsx'].map((name) =>
        pool.submission(path.join(dir, name), name),
      );
      const [hung, a, b] = await Promise.all(jobs);
      expect(hung).toMatchObject({
        provenance: { fileName: 'hang.xlsx', sha256: 'ab'.repeat(32), size: 7 },
        readFailure: { code: 'FILE_TIMEOUT', file: 'hang.xlsx' },
      });
      expect([a, b].map((x) => x && 'report' in x)).toEqual([true, true]);
    });
  });

  it('rejects for a bug in validation instead of calling the file damaged', async () => {
    await withPool({ size: 1, workerPath: standIn, plan: plan() }, async (pool) => {
      await expect(pool.submission(path.join(dir, 'bug.xlsx'), 'bug.xlsx')).rejects.toThrow(
        /TypeError: x is undefined/,
      );
      await expect(pool.submission(path.join(dir, 'ok.xlsx'), 'ok.xlsx')).resolves.toHaveProperty('report');
    });
  });

  it('refuses submissions when it was started without a plan, or with a worker that only reads', async () => {
    await withPool({ size: 1 }, async (pool) => {
      await expect(pool.submission(path.join(dir, 'x.xlsx'), 'x.xlsx')).rejects.toThrow(/without a plan/);
    });
    await withPool({ size: 1, plan: plan() }, async (pool) => {
      await expect(pool.submission(path.join(dir, 'x.xlsx'), 'x.xlsx')).rejects.toThrow(
        /without a plan or a handler/,
      );
    });
  });
});
