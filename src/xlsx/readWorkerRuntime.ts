/**
 * The worker side of the reader pool (src/xlsx/readerPool.ts): its messages, and the loop that answers them, one job
 * at a time in order. `read` jobs — one workbook (its bytes, transferred, or its path) → its ReadResult — are answered
 * here. `submission` jobs — a path → the SubmissionInput (provenance and Report), the file read, hashed, parsed and
 * validated in the worker, only the small result sent back — are answered by the handler the worker script gives
 * (src/cli/submissionWorker.ts composes the app layer's steps), with the plan the pool gave the worker once, when it
 * started. Before a submission is parsed the handler says what it hashed, so a file that then hangs or exhausts the
 * heap keeps its provenance. An exception in a handler is a bug, reported as one (the pool rejects), never as a
 * damaged file.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Provenance, SubmissionInput } from '../core/consolidate/types';
import type { Plan } from '../core/plan/schema';
import type { SealKey } from '../core/seal/seal';
import type { ReceivedDate } from '../core/verdict';
import { readWorkbook, type ReadLimits, type ReadResult } from './read';
import { nativeInflate } from './nativeInflate';
import { readFileBoundedSync } from './readFile';

/** A job sent to a worker. */
export type ReadRequest =
  | { kind: 'read'; id: number; fileName: string; input: Uint8Array | string; limits: Partial<ReadLimits> }
  | {
      kind: 'submission';
      id: number;
      fileName: string;
      path: string;
      limits: Partial<ReadLimits>;
      /** The date Sở Tài chính received the file, as the shell knows it (docs/verdicts.md, "Deadlines"). */
      received: ReceivedDate | null;
    };

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
  /** Sở Tài chính's sealing key submissions are validated with, when it set one. */
  seal: SealKey | null;
}

/** A submission job as the handler gets it; `hashed` is to be told the provenance before parsing starts. */
export interface SubmissionJob {
  path: string;
  fileName: string;
  limits: Partial<ReadLimits>;
  plan: Plan;
  received: ReceivedDate | null;
  seal: SealKey | null;
  hashed(provenance: Provenance): void;
}

/** Answers submission jobs (a worker script's own composition of read, hash and validate). */
export type SubmissionHandler = (job: SubmissionJob) => SubmissionInput;

/** Reads one workbook (bytes or a path), with Node's zlib. */
function readJob(input: Uint8Array | string, fileName: string, limits: Partial<ReadLimits>): ReadResult {
  if (typeof input !== 'string') return readWorkbook(input, fileName, limits, nativeInflate);
  const onDisk = readFileBoundedSync(input, fileName, limits.maxBytes);
  return onDisk.ok ? readWorkbook(onDisk.bytes, fileName, limits, nativeInflate) : onDisk;
}

/** Serves the pool's jobs on this worker thread; `submission` answers submission jobs (none: a bug to send one). */
export function startReadWorker(submission?: SubmissionHandler): void {
  const port = parentPort;
  if (!port) return;
  const data = workerData as ReadWorkerData | undefined;
  const plan = data?.plan ?? null;
  const seal = data?.seal ?? null;
  port.on('message', (request: ReadRequest) =>
    handle(request, plan, seal, submission, (reply) => port.postMessage(reply)),
  );
}

function handle(
  request: ReadRequest,
  plan: Plan | null,
  seal: SealKey | null,
  submission: SubmissionHandler | undefined,
  post: (reply: ReadReply) => void,
): void {
  const { id } = request;
  if (request.kind === 'read') {
    post({ kind: 'read', id, result: readJob(request.input, request.fileName, request.limits) });
    return;
  }
  if (plan === null || submission === undefined) {
    post({
      kind: 'bug',
      id,
      message: 'a submission was sent to a reader worker without a plan or a handler',
    });
    return;
  }
  let input: SubmissionInput;
  try {
    const { path, fileName, limits, received } = request;
    const hashed = ({ sha256, size }: Provenance) => post({ kind: 'hashed', id, sha256, size });
    input = submission({ path, fileName, limits, plan, received, seal, hashed });
  } catch (e) {
    // readWorkbook never throws for bad input; anything here is a bug, to be reported as one.
    post({ kind: 'bug', id, message: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    return;
  }
  post({ kind: 'submission', id, input });
}
