/** Assertions shared by the reader's specifications: a file reads, or is rejected with one issue, quickly. */
import type { Issue } from '../../../src/core/issues/issue';
import type { IssueCode } from '../../../src/core/issues/codes';
import type { WorkbookSnapshot } from '../../../src/core/snapshot/types';
import { readWorkbook, type ReadLimits } from '../../../src/xlsx/read';

/** Hostile files must be refused early: well under this, in-process. */
export const REJECT_WITHIN_MS = 2000;

/** Reads a file that must be rejected with `code`, naming the file, within REJECT_WITHIN_MS; returns the issue. */
export function rejected(
  bytes: Uint8Array,
  code: IssueCode,
  limits?: Partial<ReadLimits>,
): Issue & { ms: number } {
  const start = performance.now();
  const result = readWorkbook(bytes, 'nop-bao-cao.xlsx', limits);
  const ms = performance.now() - start;
  if (result.ok) throw new Error(`expected ${code}, but the file was read`);
  expect(result.issue).toMatchObject({ code, severity: 'error', file: 'nop-bao-cao.xlsx' });
  expect(ms).toBeLessThan(REJECT_WITHIN_MS);
  return { ...result.issue, ms };
}

/** Reads a file that must be read; returns its snapshot. */
export function snapshotOf(bytes: Uint8Array, limits?: Partial<ReadLimits>): WorkbookSnapshot {
  const result = readWorkbook(bytes, 'bao-cao.xlsx', limits);
  if (!result.ok) throw new Error(`expected a snapshot, got ${JSON.stringify(result.issue)}`);
  return result.snapshot;
}
