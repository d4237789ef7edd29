/**
 * Reading submissions for `validate`, `merge` and `demo`: each file is read from disk, hashed, parsed and validated
 * in an isolated worker (heap cap, time budget; src/xlsx/readerPool.ts) by the app layer's steps
 * (src/cli/submissionWorker.ts), which sends back only the small result — so the main thread stays free and memory
 * stays bounded however many files.
 */
import os from 'node:os';
import path from 'node:path';
import type { SubmissionInput } from '../core/consolidate/types';
import type { Plan } from '../core/plan/schema';
import type { ReceivedDate } from '../core/verdict';
import type { SealKey } from '../core/seal/seal';
import { compiledWorker, createReaderPool } from '../xlsx/readerPool';

/** The worker script that reads, hashes and validates (src/cli/submissionWorker.ts, compiled). */
export const SUBMISSION_WORKER = compiledWorker('cli/submissionWorker');

/** One file's outcome, in input order. */
export interface FileOutcome {
  path: string;
  input: SubmissionInput;
}

/** Options: worker count and what to call as files complete (for progress on stderr). */
export interface ReadOptions {
  workers?: number;
  onProgress?: (done: number, total: number, file: string) => void;
  /** The date Sở Tài chính received each file (docs/verdicts.md, "Deadlines"); none: the file's own dates stand in. */
  received?: (file: string) => ReceivedDate | null;
  /** Sở Tài chính's sealing key, when it set one (src/cli/seal.ts): files are validated with it. */
  seal?: SealKey | null;
}

/** Reads and validates files in worker threads; results come back in the order of `files`. */
export async function readSubmissions(
  files: readonly string[],
  plan: Plan,
  options: ReadOptions = {},
): Promise<FileOutcome[]> {
  const size = Math.max(
    1,
    Math.min(options.workers ?? Math.max(1, os.availableParallelism()), files.length || 1),
  );
  const pool = createReaderPool({ size, plan, seal: options.seal ?? null, workerPath: SUBMISSION_WORKER });
  let done = 0;
  try {
    return await Promise.all(
      files.map(async (file) => {
        const input = await pool.submission(file, path.basename(file), options.received?.(file) ?? null);
        done++;
        options.onProgress?.(done, files.length, file);
        return { path: file, input };
      }),
    );
  } finally {
    await pool.close();
  }
}
