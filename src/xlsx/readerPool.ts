/**
 * Reads untrusted workbooks in worker threads, each with a heap cap and a time budget, so one hostile file is
 * rejected with a reason while the batch goes on (docs/design.md, "Reading files from outside"): a worker that runs out of
 * time is terminated and replaced (FILE_TIMEOUT), one that dies of out-of-memory (ERR_WORKER_OUT_OF_MEMORY) gives
 * FILE_OUT_OF_MEMORY, any other crash FILE_CORRUPT. Node only; in a browser the same reader runs in a Web Worker.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { issue } from '../core/issues/issue';
import type { ReadLimits, ReadResult } from './read';
import type { ReadReply, ReadRequest } from './readWorker';

/** Pool settings. */
export interface ReaderPoolOptions {
  /** Number of worker threads (at least 1). */
  size: number;
  /** Old-generation heap cap per worker, in MB. */
  heapMb?: number;
  /** Time budget per file, in ms. */
  timeoutMs?: number;
  /** Reader limits passed to every read. */
  limits?: Partial<ReadLimits>;
  /** Worker script to run instead of the reader's (tests use it to simulate a hang or a crash). */
  workerPath?: string;
}

/** A running pool. */
export interface ReaderPool {
  /**
   * Reads a workbook given its bytes or its path. Bytes are transferred, not copied, when they own their whole
   * buffer: the caller's array is then detached (empty) — hash or keep it before calling.
   */
  read(input: Uint8Array | string, fileName: string): Promise<ReadResult>;
  /** Stops every worker; reads still pending are rejected. */
  close(): Promise<void>;
}

interface Job {
  id: number;
  input: Uint8Array | string;
  fileName: string;
  resolve(result: ReadResult): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

/**
 * worker_threads cannot load TypeScript. Compiled (build/xlsx/readerPool.js) the worker sits next to this file;
 * under jest this file runs from src/ as .ts, so point at the compiled build/xlsx/readWorker.js, which jest's
 * globalSetup builds with `tsc -p tsconfig.build.json` before the tests.
 */
function defaultWorkerPath(): string {
  return __filename.endsWith('.ts')
    ? path.join(__dirname, '..', '..', 'build', 'xlsx', 'readWorker.js')
    : path.join(__dirname, 'readWorker.js');
}

/** Starts a pool; workers are created on demand and do not keep the process alive while idle. */
export function createReaderPool(options: ReaderPoolOptions): ReaderPool {
  const size = Math.max(1, Math.floor(options.size));
  const heapMb = options.heapMb ?? 256;
  const timeoutMs = options.timeoutMs ?? 10000;
  const limits = options.limits ?? {};
  const workerPath = options.workerPath ?? defaultWorkerPath();
  // A missing worker script is a broken install, not a bad file: say so once, loudly.
  if (!existsSync(workerPath))
    throw new Error(`reader worker not found: ${workerPath} (run: npx tsc -p tsconfig.build.json)`);

  const queue: Job[] = [];
  const slots = new Set<Slot>();
  let nextId = 1;
  let closed = false;

  const settle = (slot: Slot, result: ReadResult): void => {
    const job = slot.job;
    if (slot.timer) clearTimeout(slot.timer);
    slot.job = null;
    slot.timer = null;
    job?.resolve(result);
  };

  const retire = (slot: Slot, result: ReadResult): void => {
    if (!slots.delete(slot)) return;
    settle(slot, result);
    void slot.worker.terminate();
    pump();
  };

  const spawn = (): Slot => {
    const worker = new Worker(workerPath, {
      resourceLimits: {
        maxOldGenerationSizeMb: heapMb,
        maxYoungGenerationSizeMb: Math.max(4, Math.round(heapMb / 16)),
      },
    });
    // Idle workers must not keep the process alive; a job's timer does while it runs.
    worker.unref();
    const slot: Slot = { worker, job: null, timer: null };
    worker.on('message', (reply: ReadReply) => {
      if (!slots.has(slot) || slot.job?.id !== reply.id) return;
      settle(slot, reply.result);
      pump();
    });
    worker.on('error', (e: Error) => retire(slot, crashResult(slot.job, e, heapMb)));
    worker.on('exit', (code) =>
      retire(slot, failure(slot.job, 'FILE_CORRUPT', { reason: `reader stopped (exit code ${code})` })),
    );
    slots.add(slot);
    return slot;
  };

  const run = (slot: Slot, job: Job): void => {
    slot.job = job;
    slot.timer = setTimeout(
      () => retire(slot, failure(job, 'FILE_TIMEOUT', { seconds: timeoutMs / 1000 })),
      timeoutMs,
    );
    const request: ReadRequest = { id: job.id, fileName: job.fileName, input: job.input, limits };
    if (typeof job.input === 'string') slot.worker.postMessage(request);
    else {
      const bytes = ownBuffer(job.input);
      slot.worker.postMessage({ ...request, input: bytes }, [bytes.buffer as ArrayBuffer]);
    }
    job.input = '';
  };

  function pump(): void {
    while (queue.length && !closed) {
      let slot = [...slots].find((s) => s.job === null);
      if (!slot && slots.size < size) slot = spawn();
      if (!slot) return;
      run(slot, queue.shift() as Job);
    }
  }

  return {
    read(input, fileName) {
      if (closed) return Promise.reject(new Error('reader pool is closed'));
      return new Promise<ReadResult>((resolve, reject) => {
        queue.push({ id: nextId++, input, fileName, resolve, reject });
        pump();
      });
    },
    async close() {
      closed = true;
      const error = new Error('reader pool closed before the read finished');
      for (const job of queue.splice(0)) job.reject(error);
      const stopping = [...slots].map((slot) => {
        slots.delete(slot);
        if (slot.timer) clearTimeout(slot.timer);
        slot.job?.reject(error);
        slot.job = null;
        return slot.worker.terminate();
      });
      await Promise.all(stopping);
    },
  };
}

/** The bytes themselves when they own their whole ArrayBuffer (transferable), else a copy that does. */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  if (
    bytes.buffer instanceof ArrayBuffer &&
    bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength
  ) {
    return bytes;
  }
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy;
}

function crashResult(job: Job | null, e: Error, heapMb: number): ReadResult {
  if ((e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return failure(job, 'FILE_OUT_OF_MEMORY', { limit: `${heapMb} MB` });
  }
  return failure(job, 'FILE_CORRUPT', {
    reason: `reader crashed (${e.message.split('\n')[0]?.slice(0, 100) ?? ''})`,
  });
}

function failure(
  job: Job | null,
  code: 'FILE_TIMEOUT' | 'FILE_OUT_OF_MEMORY' | 'FILE_CORRUPT',
  params: Record<string, string | number>,
): ReadResult {
  return { ok: false, issue: issue(code, { file: job?.fileName ?? '', params }) };
}
