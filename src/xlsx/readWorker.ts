/**
 * Worker-thread entry of the reader pool (src/xlsx/readerPool.ts). Two kinds of job, handled one at a time in order:
 * - `read`: one workbook (its bytes, transferred, or its path) → its ReadResult, snapshot included;
 * - `submission`: one file's path → read from disk, hashed and read here, and validated here against the plan the
 *   pool gave this worker once when it started (workerData): only the small SubmissionInput (provenance and Report)
 *   goes back, never the file or its snapshot.
 * Before a submission is parsed the worker says what it hashed, so a file that then hangs or exhausts the heap keeps
 * its provenance. A bug in validation is reported as a bug (the pool rejects), never as a damaged file.
 */
import { createHash } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import type { SubmissionInput } from '../core/consolidate/types';
import type { Plan } from '../core/plan/schema';
import { validate } from '../core/validate';
import { readWorkbook, type ReadLimits, type ReadResult } from './read';
import { nativeInflate } from './nativeInflate';
import { readFileBoundedSync } from './readFile';

/** A job sent to a worker. */
export type ReadRequest =
  | { kind: 'read'; id: number; fileName: string; input: Uint8Array | string; limits: Partial<ReadLimits> }
  | { kind: 'submission'; id: number; fileName: string; path: string; limits: Partial<ReadLimits> };

/** A worker's messages: a job's result, what a submission hashed to, or a bug met while handling a job. */
export type ReadReply =
  | { kind: 'read'; id: number; result: ReadResult }
  | { kind: 'hashed'; id: number; sha256: string; size: number }
  | { kind: 'submission'; id: number; input: SubmissionInput }
  | { kind: 'bug'; id: number; message: string };

/** What the pool gives each worker when it starts. */
export interface ReadWorkerData {
  /** The plan submissions are validated against (null: the pool only reads). */
  plan: Plan | null;
}

/** Reads one workbook (bytes or a path). */
export function readJob(
  input: Uint8Array | string,
  fileName: string,
  limits: Partial<ReadLimits>,
): ReadResult {
  if (typeof input !== 'string') return readWorkbook(input, fileName, limits, nativeInflate);
  const onDisk = readFileBoundedSync(input, fileName, limits.maxBytes);
  return onDisk.ok ? readWorkbook(onDisk.bytes, fileName, limits, nativeInflate) : onDisk;
}

/** Reads, hashes and validates one submission; `hashed` is told the provenance before parsing starts. */
export function submissionJob(
  path: string,
  fileName: string,
  limits: Partial<ReadLimits>,
  plan: Plan,
  hashed: (sha256: string, size: number) => void,
): SubmissionInput {
  const onDisk = readFileBoundedSync(path, fileName, limits.maxBytes);
  if (!onDisk.ok) return { provenance: { fileName, sha256: '', size: 0 }, readFailure: onDisk.issue };
  const bytes = onDisk.bytes;
  const provenance = {
    fileName,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    size: bytes.byteLength,
  };
  hashed(provenance.sha256, provenance.size);
  const read = readWorkbook(bytes, fileName, limits, nativeInflate);
  if (!read.ok) return { provenance, readFailure: { ...read.issue, file: fileName } };
  const savedAt = read.snapshot.properties.modified;
  return {
    provenance: { ...provenance, ...(savedAt ? { savedAt } : {}) },
    report: validate(read.snapshot, plan),
  };
}

function handle(request: ReadRequest, plan: Plan | null, post: (reply: ReadReply) => void): void {
  const { id } = request;
  if (request.kind === 'read') {
    post({ kind: 'read', id, result: readJob(request.input, request.fileName, request.limits) });
    return;
  }
  if (plan === null) {
    post({ kind: 'bug', id, message: 'a submission was sent to a reader pool started without a plan' });
    return;
  }
  let input: SubmissionInput;
  try {
    const hashed = (sha256: string, size: number) => post({ kind: 'hashed', id, sha256, size });
    input = submissionJob(request.path, request.fileName, request.limits, plan, hashed);
  } catch (e) {
    // readWorkbook never throws for bad input; anything here is a bug in validation, to be reported as one.
    post({ kind: 'bug', id, message: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    return;
  }
  post({ kind: 'submission', id, input });
}

if (parentPort) {
  const port = parentPort;
  const plan = (workerData as ReadWorkerData | undefined)?.plan ?? null;
  port.on('message', (request: ReadRequest) => handle(request, plan, (reply) => port.postMessage(reply)));
}
