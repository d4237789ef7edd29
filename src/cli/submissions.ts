/**
 * Reading submissions for `validate`, `merge` and `demo`: each file is read in an isolated worker (heap cap,
 * time budget), hashed and validated on arrival by the app layer, and its snapshot dropped — so memory stays bounded
 * however many files.
 */
import os from 'node:os';
import path from 'node:path';
import { readSubmission, unreadSubmission } from '../app/submission';
import type { SubmissionInput } from '../core/consolidate/types';
import type { Plan } from '../core/plan/schema';
import { createReaderPool } from '../xlsx/readerPool';
import { readFileBounded } from '../xlsx/readFile';

/** One file's outcome, in input order. */
export interface FileOutcome {
  path: string;
  input: SubmissionInput;
}

/** Options: worker count and what to call as files complete (for progress on stderr). */
export interface ReadOptions {
  workers?: number;
  onProgress?: (done: number, total: number, file: string) => void;
}

/** Reads and validates files with bounded concurrency; results come back in the order of `files`. */
export async function readSubmissions(
  files: readonly string[],
  plan: Plan,
  options: ReadOptions = {},
): Promise<FileOutcome[]> {
  const size = Math.max(
    1,
    Math.min(options.workers ?? Math.max(1, os.availableParallelism()), files.length || 1),
  );
  const pool = createReaderPool({ size });
  const out: FileOutcome[] = new Array<FileOutcome>(files.length);
  let next = 0;
  let done = 0;
  try {
    const worker = async () => {
      for (let i = next++; i < files.length; i = next++) {
        const file = files[i] as string;
        out[i] = { path: file, input: await readOne(file, plan, pool) };
        done++;
        options.onProgress?.(done, files.length, file);
      }
    };
    await Promise.all(Array.from({ length: size }, worker));
  } finally {
    await pool.close();
  }
  return out;
}

async function readOne(
  file: string,
  plan: Plan,
  pool: ReturnType<typeof createReaderPool>,
): Promise<SubmissionInput> {
  const fileName = path.basename(file);
  const onDisk = await readFileBounded(file, fileName);
  if (!onDisk.ok) return unreadSubmission(fileName, onDisk.issue);
  return readSubmission(plan, fileName, onDisk.bytes, (bytes, name) => pool.read(bytes, name));
}
