/**
 * Read → hash → validate, for both shells. The pure step, `submissionInput`, turns what a reader gave into what the
 * consolidation takes; a worker thread can call it as well as the main thread. `readSubmission` runs the three steps
 * with a reader passed in (the CLI's worker pool, the pane's Web Worker).
 */
import type { Provenance, SubmissionInput } from '../core/consolidate/types';
import type { Issue } from '../core/issues/issue';
import { sha256HexBytes } from '../core/plan/hash';
import type { Plan } from '../core/plan/schema';
import type { WorkbookSnapshot } from '../core/snapshot/types';
import { validate, type ValidateOptions } from '../core/validate';
import type { Report } from '../core/validate/types';
import type { PlanContext } from './plan';

/** What a reader gives for one file: the snapshot, or the issue saying why it could not be read. */
export type WorkbookRead = { ok: true; snapshot: WorkbookSnapshot } | { ok: false; issue: Issue };

/** Reads a workbook's bytes (off the main thread, with limits): the CLI's pool, the pane's worker. */
export type WorkbookReader = (bytes: Uint8Array, fileName: string) => Promise<WorkbookRead>;

/** A file's name, the SHA-256 of its bytes (one implementation for both shells: @noble/hashes, in core) and size. */
export function provenanceOf(fileName: string, bytes: Uint8Array): Provenance {
  return { fileName, sha256: sha256HexBytes(bytes), size: bytes.byteLength };
}

/** A file refused before it was read (not found, too large): no hash; the size if known. */
export function unreadSubmission(fileName: string, failure: Issue, size = 0): SubmissionInput {
  return { provenance: { fileName, sha256: '', size }, readFailure: { ...failure, file: fileName } };
}

/** What was read, validated against the plan: the report with the saved date, or why the file was unreadable. */
export function submissionInput(
  provenance: Provenance,
  read: WorkbookRead,
  plan: Plan,
  options: ValidateOptions = {},
): SubmissionInput {
  if (!read.ok) return { provenance, readFailure: { ...read.issue, file: provenance.fileName } };
  const savedAt = read.snapshot.properties.modified;
  return {
    provenance: { ...provenance, ...(savedAt ? { savedAt } : {}) },
    report: validate(read.snapshot, plan, { fileName: provenance.fileName, ...options }),
  };
}

/** Hashes the bytes, reads them with `read` (which may take them: they are hashed first), validates the result. */
export async function readSubmission(
  plan: Plan,
  fileName: string,
  bytes: Uint8Array,
  read: WorkbookReader,
  options: ValidateOptions = {},
): Promise<SubmissionInput> {
  const provenance = provenanceOf(fileName, bytes);
  return submissionInput(provenance, await read(bytes, fileName), plan, options);
}

/** Validates a workbook already open (the pane's Kiểm tra). */
export function checkWorkbook(ctx: PlanContext, snapshot: WorkbookSnapshot): Report {
  return validate(snapshot, ctx.plan);
}
