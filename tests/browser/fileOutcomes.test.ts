/** Tổng hợp's file list: one outcome and one plain reason per file, from its reading and from the consolidation. */
import { consolidate } from '../../src/core/consolidate/consolidate';
import type { SubmissionInput } from '../../src/core/consolidate/types';
import { issue } from '../../src/core/issues/issue';
import { validate } from '../../src/core/validate';
import { fileViews } from '../../src/taskpane/components/fileOutcomes';
import type { ChosenFile } from '../../src/taskpane/hooks/useSubmissionQueue';
import { blankSubmission, cleanSubmission } from '../support/snapshots';
import { seedPlan } from './support/seed';

const { plan } = seedPlan();
const PERIOD = '2025-07';

function report(name: string, sha: string, agencyId: string, period: string): SubmissionInput {
  return {
    provenance: { fileName: name, sha256: sha, size: 1 },
    report: validate(blankSubmission(plan, agencyId, period), plan),
  };
}

function chosen(inputs: (SubmissionInput | null)[], state: ChosenFile['state'] = 'read'): ChosenFile[] {
  return inputs.map((input, i) => ({
    id: i + 1,
    file: new File([], input?.provenance.fileName ?? `queued-${i}.xlsx`),
    state: input ? state : 'queued',
    ...(input ? { input } : {}),
  }));
}

const yte = report('2025-07_so-y-te.xlsx', 'a1', 'so-y-te', PERIOD);
const twin: SubmissionInput = { ...yte, provenance: { ...yte.provenance } };
const august = report('2025-08_so-tu-phap.xlsx', 'b2', 'so-tu-phap', '2025-08');
const damaged: SubmissionInput = {
  provenance: { fileName: 'hong.xlsx', sha256: 'c3', size: 1 },
  readFailure: issue('FILE_CORRUPT', { file: 'hong.xlsx', params: { reason: 'invalid zip data' } }),
};
const noStamp: SubmissionInput = {
  provenance: { fileName: 'tu-lam.xlsx', sha256: 'd4', size: 1 },
  report: validate(
    { properties: {}, sheets: [{ name: 'Báo cáo', state: 'visible', merges: [], rows: [] }] },
    plan,
  ),
};

describe('file outcomes in Tổng hợp', () => {
  const files = chosen([yte, twin, august, damaged, noStamp]);
  const c = consolidate(
    plan,
    PERIOD,
    files.flatMap((f) => (f.input ? [f.input] : [])),
  );
  const views = fileViews(files, c, 'vi');
  const byName = (n: number) => views[n];

  it('a merged file with errors says so, with the agency and month, and needs a look', () => {
    expect(byName(0)).toMatchObject({ outcome: 'mergedWithErrors', needsAttention: true });
    expect(byName(0)?.reason).toMatch(/^Sở Y tế, tháng 7\/2025: \d+ lỗi/);
  });

  it('the same file chosen twice: the first counts, the second is the duplicate, named plainly', () => {
    expect(byName(1)).toMatchObject({ outcome: 'duplicate' });
    expect(byName(1)?.reason).toBe('Tệp giống hệt tệp “2025-07_so-y-te.xlsx” — chỉ tính một lần.');
    expect(byName(1)?.reason).not.toContain('SHA');
  });

  it('a report of another month names both months in words', () => {
    expect(byName(2)).toMatchObject({ outcome: 'otherPeriod' });
    expect(byName(2)?.reason).toBe('Tệp là báo cáo tháng 8/2025, không phải tháng 7/2025 — không tổng hợp.');
  });

  it('a damaged file is unreadable; the parser text is only a detail', () => {
    expect(byName(3)).toMatchObject({
      outcome: 'unreadable',
      detail: 'Thông tin kỹ thuật: invalid zip data',
    });
    expect(byName(3)?.reason).not.toContain('invalid zip data');
  });

  it('a workbook that is no template is rejected — never "read" — without naming the stamp sheet', () => {
    expect(byName(4)).toMatchObject({ outcome: 'rejected', needsAttention: true });
    expect(byName(4)?.reason).not.toMatch(/_stamp|chitieu/);
  });

  it('only an agency’s report of the month has a received date: not a duplicate, another month or a damaged file', () => {
    expect(views.map((v) => [v.outcome, v.received !== null])).toEqual([
      ['mergedWithErrors', true],
      ['duplicate', false],
      ['otherPeriod', false],
      ['unreadable', false],
      ['rejected', false],
    ]);
  });

  it('before a consolidation exists, a usable file is "read" (neutral) and an unusable one already rejected', () => {
    const early = fileViews(chosen([yte, noStamp]), null, 'vi');
    expect(early.map((v) => v.outcome)).toEqual(['read', 'rejected']);
  });

  it('files not yet read wait; a file being read cannot be removed', () => {
    const queued = fileViews(chosen([null]), null, 'vi');
    expect(queued[0]).toMatchObject({ outcome: 'queued', removable: true, needsAttention: false });
    const reading = fileViews(chosen([yte], 'reading'), null, 'vi');
    expect(reading[0]).toMatchObject({ outcome: 'reading', removable: false });
    const stopped = fileViews(chosen([yte], 'notRead'), null, 'en');
    expect(stopped[0]).toMatchObject({
      outcome: 'notRead',
      reason: 'Reading stopped before this file.',
      needsAttention: true,
    });
  });
});

describe('a late report in Tổng hợp', () => {
  const snapshot = cleanSubmission(plan, 'so-y-te', PERIOD);
  const judged = (date: string, source: 'fileTime' | 'confirmed'): SubmissionInput => ({
    provenance: { fileName: '2025-07_so-y-te.xlsx', sha256: 'e5', size: 1 },
    report: validate(snapshot, plan, { received: { date, source } }),
  });
  const viewOf = (input: SubmissionInput, lang: 'vi' | 'en' = 'vi') => {
    const files = chosen([input]);
    return fileViews(files, consolidate(plan, PERIOD, [input]), lang)[0];
  };

  it('late on the file’s own date: merged, late, and needs a look — the officer is asked to confirm the date', () => {
    const view = viewOf(judged('2025-07-20', 'fileTime'));
    expect(view).toMatchObject({ outcome: 'mergedLate', needsAttention: true });
    expect(view?.reason).toBe(
      'Sở Y tế, tháng 7/2025: muộn theo một ngày chưa xác nhận — hãy xác nhận ngày Sở Tài chính nhận tệp.',
    );
    expect(view?.received).toMatchObject({ date: '2025-07-20', source: 'fileTime', late: true });
  });

  it('late on a date the officer confirmed: still late, but nothing left to look at', () => {
    const view = viewOf(judged('2025-07-19', 'confirmed'), 'en');
    expect(view).toMatchObject({ outcome: 'mergedLate', needsAttention: false });
    expect(view?.reason).toBe('Sở Y tế, July 2025.');
  });

  it('on time: merged, calm, with its received date shown', () => {
    const view = viewOf(judged('2025-07-17', 'fileTime'));
    expect(view).toMatchObject({ outcome: 'merged', needsAttention: false });
    expect(view?.received).toMatchObject({ date: '2025-07-17', late: false });
  });
});
