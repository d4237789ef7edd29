/**
 * Worker-thread entry of the CLI's reader pool: reads as every reader worker does, and answers submissions with the
 * app layer's steps (src/app/submission.ts) — the file read from disk here, hashed (core's SHA-256, the same in both
 * shells), read with the guarded reader and Node's zlib, and validated against the plan the pool gave this worker —
 * so only the provenance and the Report go back to the main thread.
 */
import { provenanceOf, submissionInput, unreadSubmission } from '../app/submission';
import { readWorkbook } from '../xlsx/read';
import { nativeInflate } from '../xlsx/nativeInflate';
import { readFileBoundedSync } from '../xlsx/readFile';
import { startReadWorker, type SubmissionHandler } from '../xlsx/readWorkerRuntime';

/** Read, hash, validate one submission. */
const submission: SubmissionHandler = ({ path, fileName, limits, plan, received, seal, hashed }) => {
  const onDisk = readFileBoundedSync(path, fileName, limits.maxBytes);
  if (!onDisk.ok) return unreadSubmission(fileName, onDisk.issue);
  const provenance = provenanceOf(fileName, onDisk.bytes);
  hashed(provenance);
  return submissionInput(provenance, readWorkbook(onDisk.bytes, fileName, limits, nativeInflate), plan, {
    received,
    seal,
  });
};

startReadWorker(submission);
