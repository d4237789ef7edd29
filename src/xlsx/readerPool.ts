/**
 * Reads untrusted workbooks in worker threads, each with a heap cap and a time budget, so one hostile file is
 * rejected with a reason while the batch goes on (docs/design.md, "Reading files from outside"): a worker that runs out of
 * time is terminated and replaced (FILE_TIMEOUT), one that dies of out-of-memory (ERR_WORKER_OUT_OF_MEMORY) gives
 * FILE_OUT_OF_MEMORY, any other crash FILE_CORRUPT. Node only; in a browser the same reader runs in a Web Worker.
 *
 * Given a plan and a worker script that answers submissions (src/cli/submissionWorker.ts), the pool also takes
 * submissions by path: each worker reads, hashes, parses and validates them (the plan is sent once, when the worker
 * starts) and only the small result comes back. Several path jobs are kept
 * in flight per worker, so a worker never waits for the main thread between files; the time budget runs for the job
 * a worker is on (the oldest it holds), and the jobs behind a file that hangs or crashes go to another worker.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ReceivedDate } from '../core/verdict';
import type { SubmissionInput } from '../core/consolidate/types';
import { issue, type Issue } from '../core/issues/issue';
import type { Plan } from '../core/plan/schema';
import type { SealKey } from '../core/seal/seal';
import type { ReadLimits, ReadResult } from './read';
import type { ReadReply, ReadRequest, ReadWorkerData } from './readWorkerRuntime';

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
  /**
   * Worker script to run instead of the reader's (src/xlsx/readWorker.ts, reads only): the CLI's, which also answers
   * submissions, or a test's stand-in that hangs or crashes.
   */
  workerPath?: string;
  /** The plan submissions are validated against, in the workers (needed for `submission`). */
  plan?: Plan;
  /** Sở Tài chính's sealing key, when it set one: submissions are validated with it (docs/seal.md). */
  seal?: SealKey | null;
  /** Path jobs a worker holds at once (default 4). */
  inFlight?: number;
}

/** A running pool. */
export interface ReaderPool {
  /**
   * Reads a workbook given its bytes or its path. Bytes are transferred, not copied, when they own their whole
   * buffer: the caller's array is then detached (empty) — hash or keep it before calling.
   */
  read(input: Uint8Array | string, fileName: string): Promise<ReadResult>;
  /** Reads, hashes and validates the file at `file` in a worker; rejects only for a bug, never for a bad file. */
  submission(file: string, fileName: string, received?: ReceivedDate | null): Promise<SubmissionInput>;
  /** Stops every worker; jobs still pending are rejected. */
  close(): Promise<void>;
}

type FailureCode = 'FILE_TIMEOUT' | 'FILE_OUT_OF_MEMORY' | 'FILE_CORRUPT';

interface Job {
  request: ReadRequest;
  /** What the worker said it hashed (submissions). */
  hashed?: { sha256: string; size: number };
  done(reply: Extract<ReadReply, { kind: 'read' | 'submission' }>): void;
  failed(failure: Issue, hashed: Job['hashed']): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  jobs: Job[];
  timer: NodeJS.Timeout | null;
}

/**
 * The compiled worker script at `part` ("xlsx/readWorker"): worker_threads cannot load TypeScript. Compiled, the
 * scripts sit in build/ beside this file's folder; under jest this file runs from src/ as .ts, so point at build/,
 * which jest's globalSetup builds with `tsc -p tsconfig.build.json` before the tests.
 */
export function compiledWorker(part: string): string {
  const buildRoot = __filename.endsWith('.ts')
    ? path.join(__dirname, '..', '..', 'build')
    : path.join(__dirname, '..');
  return path.join(buildRoot, `${part}.js`);
}

function defaultWorkerPath(): string {
  return compiledWorker('xlsx/readWorker');
}

/** Starts a pool; workers are created on demand and do not keep the process alive while idle. */
export function createReaderPool(options: ReaderPoolOptions): ReaderPool {
  const workerPath = options.workerPath ?? defaultWorkerPath();
  // A missing worker script is a broken install, not a bad file: say so once, loudly.
  if (!existsSync(workerPath))
    throw new Error(`reader worker not found: ${workerPath} (run: npx tsc -p tsconfig.build.json)`);
  const pool = new Pool(options, workerPath);
  return {
    read: (input, fileName) =>
      pool.add(
        (id) => ({ kind: 'read', id, fileName, input, limits: pool.limits }),
        (resolve) => ({
          done: (reply) => resolve((reply as Extract<ReadReply, { kind: 'read' }>).result),
          failed: (failure) => resolve({ ok: false, issue: failure }),
        }),
      ),
    submission: (file, fileName, received = null) => {
      if (!options.plan) return Promise.reject(new Error('reader pool started without a plan'));
      return pool.add(
        (id) => ({ kind: 'submission', id, fileName, path: file, limits: pool.limits, received }),
        (resolve) => ({
          done: (reply) => resolve((reply as Extract<ReadReply, { kind: 'submission' }>).input),
          failed: (failure, hashed) =>
            resolve({ provenance: { fileName, sha256: '', size: 0, ...hashed }, readFailure: failure }),
        }),
      );
    },
    close: () => pool.close(),
  };
}

/** The queue and the workers. */
class Pool {
  readonly limits: Partial<ReadLimits>;
  private readonly size: number;
  private readonly heapMb: number;
  private readonly timeoutMs: number;
  private readonly inFlight: number;
  private readonly workerData: ReadWorkerData;
  private readonly queue: Job[] = [];
  private readonly slots = new Set<Slot>();
  private nextId = 1;
  private closed = false;

  constructor(
    options: ReaderPoolOptions,
    private readonly workerPath: string,
  ) {
    this.size = Math.max(1, Math.floor(options.size));
    this.heapMb = options.heapMb ?? 256;
    this.timeoutMs = options.timeoutMs ?? 10000;
    this.inFlight = Math.max(1, options.inFlight ?? 4);
    this.limits = options.limits ?? {};
    this.workerData = { plan: options.plan ?? null, seal: options.seal ?? null };
  }

  /** Queues a job; `handlers` turns the worker's answer (or a failure) into the promised value. */
  add<T>(
    request: (id: number) => ReadRequest,
    handlers: (resolve: (value: T) => void) => Pick<Job, 'done' | 'failed'>,
  ): Promise<T> {
    if (this.closed) return Promise.reject(new Error('reader pool is closed'));
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ request: request(this.nextId++), reject, ...handlers(resolve) });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const error = new Error('reader pool closed before the read finished');
    for (const job of this.queue.splice(0)) job.reject(error);
    const stopping = [...this.slots].map((slot) => {
      this.slots.delete(slot);
      if (slot.timer) clearTimeout(slot.timer);
      for (const job of slot.jobs.splice(0)) job.reject(error);
      return slot.worker.terminate();
    });
    await Promise.all(stopping);
  }

  private pump(): void {
    while (this.queue.length && !this.closed) {
      const job = this.queue[0] as Job;
      let slot = [...this.slots].find((s) => s.jobs.length === 0);
      slot ??= [...this.slots].find((s) => this.canPipeline(s, job));
      if (!slot && this.slots.size < this.size) slot = this.spawn();
      if (!slot) return;
      this.queue.shift();
      this.send(slot, job);
    }
  }

  /**
   * Only path jobs queue up behind others: bytes are transferred to the worker, so a job behind a file that kills it
   * could not be handed to another.
   */
  private canPipeline(slot: Slot, job: Job): boolean {
    const byPath = (j: Job) => j.request.kind === 'submission' || typeof j.request.input === 'string';
    return slot.jobs.length < this.inFlight && byPath(job) && slot.jobs.every(byPath);
  }

  private send(slot: Slot, job: Job): void {
    slot.jobs.push(job);
    if (slot.jobs.length === 1) this.startTimer(slot);
    const request = job.request;
    if (request.kind === 'read' && typeof request.input !== 'string') {
      const bytes = ownBuffer(request.input);
      slot.worker.postMessage({ ...request, input: bytes }, [bytes.buffer as ArrayBuffer]);
      request.input = '';
    } else slot.worker.postMessage(request);
  }

  private spawn(): Slot {
    const worker = new Worker(this.workerPath, {
      workerData: this.workerData,
      resourceLimits: {
        maxOldGenerationSizeMb: this.heapMb,
        maxYoungGenerationSizeMb: Math.max(4, Math.round(this.heapMb / 16)),
      },
    });
    // Idle workers must not keep the process alive; a job's timer does while it runs.
    worker.unref();
    const slot: Slot = { worker, jobs: [], timer: null };
    worker.on('message', (reply: ReadReply) => this.reply(slot, reply));
    worker.on('error', (e: Error) => this.retire(slot, ...crash(e, this.heapMb)));
    worker.on('exit', (code) =>
      this.retire(slot, 'FILE_CORRUPT', { reason: `reader stopped (exit code ${code})` }),
    );
    this.slots.add(slot);
    return slot;
  }

  private reply(slot: Slot, reply: ReadReply): void {
    if (!this.slots.has(slot)) return;
    const at = slot.jobs.findIndex((j) => j.request.id === reply.id);
    const job = slot.jobs[at];
    if (!job) return;
    if (reply.kind === 'hashed') {
      job.hashed = { sha256: reply.sha256, size: reply.size };
      return;
    }
    slot.jobs.splice(at, 1);
    if (at === 0) this.startTimer(slot);
    if (reply.kind === 'bug') job.reject(new Error(`reader worker: ${reply.message}`));
    else job.done(reply);
    this.pump();
  }

  /** The time budget of the job the worker is on (its oldest); none when it holds no job. */
  private startTimer(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    if (slot.jobs.length === 0) return;
    slot.timer = setTimeout(
      () => this.retire(slot, 'FILE_TIMEOUT', { seconds: this.timeoutMs / 1000 }),
      this.timeoutMs,
    );
  }

  /** Ends a worker: its current job fails with the issue, the jobs behind it go back to the front of the queue. */
  private retire(slot: Slot, code: FailureCode, params: Record<string, string | number>): void {
    if (!this.slots.delete(slot)) return;
    if (slot.timer) clearTimeout(slot.timer);
    const [current, ...behind] = slot.jobs.splice(0);
    this.queue.unshift(...behind);
    void slot.worker.terminate();
    if (current) current.failed(issue(code, { file: current.request.fileName, params }), current.hashed);
    this.pump();
  }
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

function crash(e: Error, heapMb: number): [FailureCode, Record<string, string | number>] {
  if ((e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY')
    return ['FILE_OUT_OF_MEMORY', { limit: `${heapMb} MB` }];
  return ['FILE_CORRUPT', { reason: `reader crashed (${e.message.split('\n')[0]?.slice(0, 100) ?? ''})` }];
}
