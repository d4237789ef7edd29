/** The app layer's read → hash → validate: one hash for both shells, and the pure step a worker can run. */
import { createHash } from 'node:crypto';
import { planContext } from '../../src/app/plan';
import {
  checkWorkbook,
  provenanceOf,
  readSubmission,
  submissionInput,
  unreadSubmission,
} from '../../src/app/submission';
import { issue } from '../../src/core/issues/issue';
import { testPlan } from '../support/plans';
import { cleanSubmission } from '../support/snapshots';

const plan = testPlan();
const ctx = planContext(plan, { kind: 'builtIn' });
const bytes = new TextEncoder().encode('not really a workbook, but bytes to hash');

describe('the app layer: submissions', () => {
  it('hashes with SHA-256 (the same digest Node computes), and records name and size', () => {
    expect(provenanceOf('a.xlsx', bytes)).toEqual({
      fileName: 'a.xlsx',
      sha256: createHash('sha256').update(bytes).digest('hex'),
      size: bytes.byteLength,
    });
  });

  it('validates what was read, keeping the saved date as provenance', () => {
    const snapshot = {
      ...cleanSubmission(plan, 'ubnd-a', '2025-07'),
      properties: { modified: '2025-07-16T02:00:00Z' },
    };
    const input = submissionInput(provenanceOf('a.xlsx', bytes), { ok: true, snapshot }, plan);
    expect(input.provenance.savedAt).toBe('2025-07-16T02:00:00Z');
    expect('report' in input && input.report.identity?.agencyId).toBe('ubnd-a');
  });

  it('turns a file the reader refused into a read failure naming the file', () => {
    const failure = issue('FILE_CORRUPT', { params: { reason: 'x' } });
    const input = submissionInput(provenanceOf('b.xlsx', bytes), { ok: false, issue: failure }, plan);
    expect(input).toMatchObject({ readFailure: { code: 'FILE_CORRUPT', file: 'b.xlsx' } });
  });

  it('records a file refused before reading without a hash', () => {
    const input = unreadSubmission(
      'c.xlsx',
      issue('FILE_TOO_LARGE', { params: { size: '1', limit: '0' } }),
      9,
    );
    expect(input).toEqual({
      provenance: { fileName: 'c.xlsx', sha256: '', size: 9 },
      readFailure: expect.objectContaining({ code: 'FILE_TOO_LARGE', file: 'c.xlsx' }),
    });
  });

  it('hashes the bytes before the reader takes them', async () => {
    const snapshot = cleanSubmission(plan, 'ubnd-a', '2025-07');
    const copy = bytes.slice();
    const input = await readSubmission(plan, 'a.xlsx', copy, async (b) => {
      b.fill(0); // a reader that transfers the buffer leaves nothing behind
      return { ok: true, snapshot };
    });
    expect(input.provenance.sha256).toBe(provenanceOf('a.xlsx', bytes).sha256);
  });

  it('validates an open workbook against the context’s plan', () => {
    expect(checkWorkbook(ctx, cleanSubmission(plan, 'so-tc', '2025-07')).identity?.agencyId).toBe('so-tc');
  });
});
