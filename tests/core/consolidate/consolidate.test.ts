/** Consolidation: merging validated submissions — duplicates, superseding, accounting, aggregation. */
import { consolidate, inferPeriod } from '../../../src/core/consolidate/consolidate';
import type { SubmissionInput } from '../../../src/core/consolidate/types';
import { accumulateData } from '../../../src/core/consolidate/data';
import { sha256Hex } from '../../../src/core/plan/hash';
import { issue } from '../../../src/core/issues/issue';
import { validate } from '../../../src/core/validate';
import type { WorkbookSnapshot } from '../../../src/core/snapshot/types';
import { SHEETS } from '../../../src/core/template/model';
import { testPlan } from '../../support/plans';
import { consolidationWorkbook } from '../../../src/core/consolidate/workbook';
import { issueMessage } from '../../../src/i18n';
import {
  addressOf,
  cleanSubmission,
  fillIndicator,
  setReportDate,
  specToSnapshot,
} from '../../support/snapshots';
import { columnLetters } from '../../../src/core/sheet/a1';
import { columnIndexes, indicatorColumns } from '../../../src/core/template/model';

/** The indicators sheet's column of the actual (where a typed figure is). */
const actualLetter = columnLetters(columnIndexes(indicatorColumns(2025)).actual);

const plan = testPlan();

/** A submission as the shells build it: the snapshot validated, with provenance. */
function submission(
  fileName: string,
  agencyId: string,
  period = '2025-07',
  edit: (s: WorkbookSnapshot) => void = () => {},
  savedAt = '2025-07-16T03:00:00Z',
): SubmissionInput {
  const snap = cleanSubmission(plan, agencyId, period);
  edit(snap);
  return {
    provenance: {
      fileName,
      sha256: sha256Hex(`${fileName}|${agencyId}|${period}|${savedAt}`),
      size: 1000,
      savedAt,
    },
    report: validate(snap, plan),
  };
}

/** One saved time shared by copies in the superseding tests. */
const SAME = '2025-07-16T03:00:00Z';

const allAgencies = () => ['so-tc', 'so-xd', 'ubnd-a', 'ubnd-b'].map((a) => submission(`${a}.xlsx`, a));

describe('consolidate: files', () => {
  it('merges one file per agency and lists every expected agency as submitted', () => {
    const c = consolidate(plan, '2025-07', allAgencies());
    expect(c.files.map((f) => f.status)).toEqual(['merged', 'merged', 'merged', 'merged']);
    expect(c.submissions.map((s) => [s.agencyId, s.status])).toEqual([
      ['so-tc', 'submitted'],
      ['so-xd', 'submitted'],
      ['ubnd-a', 'submitted'],
      ['ubnd-b', 'submitted'],
    ]);
  });

  it('counts the same file twice (same SHA-256) once, listing the copy as a duplicate', () => {
    const a = submission('ubnd-a.xlsx', 'ubnd-a');
    const copy: SubmissionInput = { ...a, provenance: { ...a.provenance, fileName: 'z-copy.xlsx' } };
    const c = consolidate(plan, '2025-07', [a, copy]);
    expect(c.files.map((f) => [f.fileName, f.status])).toEqual([
      ['ubnd-a.xlsx', 'merged'],
      ['z-copy.xlsx', 'duplicate'],
    ]);
    expect(c.values.filter((v) => v.agencyId === 'ubnd-a')).toHaveLength(3);
    expect(c.files[1]?.reason).toMatchObject({ code: 'SUBMISSION_DUPLICATE', expected: 'ubnd-a.xlsx' });
  });

  it('of several files for one agency and period the latest saved wins; the others are superseded, with why', () => {
    const old = submission(
      'a-v1.xlsx',
      'ubnd-a',
      '2025-07',
      (s) => fillIndicator(s, 'CT05', { actual: 10 }),
      '2025-07-15T01:00:00Z',
    );
    const fresh = submission(
      'a-v2.xlsx',
      'ubnd-a',
      '2025-07',
      (s) => fillIndicator(s, 'CT05', { actual: 12 }),
      '2025-07-17T01:00:00Z',
    );
    const c = consolidate(plan, '2025-07', [fresh, old]);
    expect(c.files.find((f) => f.fileName === 'a-v1.xlsx')).toMatchObject({
      status: 'superseded',
      reason: {
        code: 'SUBMISSION_SUPERSEDED',
        expected: 'a-v2.xlsx',
        params: { winnerDate: '17/07/2025 08:00:00', ownDate: '15/07/2025 08:00:00' }, // Vietnam time (UTC+7)
      },
    });
    expect(c.values.find((v) => v.agencyId === 'ubnd-a' && v.indicatorId === 'CT05')?.actual).toBe(12);
  });

  it('compares saved times as instants: a correction saved at 06:00Z beats one saved at 12:00+07:00 (05:00Z)', () => {
    const first = submission(
      'a-v1.xlsx',
      'ubnd-a',
      '2025-07',
      (s) => fillIndicator(s, 'CT05', { actual: 10 }),
      '2025-07-17T12:00:00+07:00',
    );
    const correction = submission(
      'a-v2.xlsx',
      'ubnd-a',
      '2025-07',
      (s) => fillIndicator(s, 'CT05', { actual: 12 }),
      '2025-07-17T06:00:00Z',
    );
    const c = consolidate(plan, '2025-07', [first, correction]);
    expect(c.files.find((f) => f.fileName === 'a-v1.xlsx')).toMatchObject({
      status: 'superseded',
      reason: {
        code: 'SUBMISSION_SUPERSEDED',
        expected: 'a-v2.xlsx',
        params: { winnerDate: '17/07/2025 13:00:00', ownDate: '17/07/2025 12:00:00' },
      },
    });
    expect(c.values.find((v) => v.agencyId === 'ubnd-a' && v.indicatorId === 'CT05')?.actual).toBe(12);
  });

  it('one instant written in two zones is the same saved time: the report date decides', () => {
    const early = submission(
      'z.xlsx',
      'ubnd-a',
      '2025-07',
      (s) => setReportDate(s, '2025-07-10'),
      '2025-07-16T10:00:00+07:00',
    );
    const late = submission(
      'a.xlsx',
      'ubnd-a',
      '2025-07',
      (s) => setReportDate(s, '2025-07-12'),
      '2025-07-16T03:00:00Z',
    );
    const c = consolidate(plan, '2025-07', [early, late]);
    expect(c.files.find((f) => f.fileName === 'z.xlsx')?.reason).toMatchObject({
      code: 'SUBMISSION_SUPERSEDED_REPORT_DATE',
      expected: 'a.xlsx',
    });
  });

  it('a file whose saved time is unknown or unreadable loses to one with a saved time', () => {
    const unknown = submission('z.xlsx', 'ubnd-a', '2025-07', () => {}, 'hôm qua');
    const known = submission('a.xlsx', 'ubnd-a', '2025-07', () => {}, '2025-07-16T03:00:00Z');
    const c = consolidate(plan, '2025-07', [unknown, known]);
    expect(c.files.find((f) => f.status === 'merged')?.fileName).toBe('a.xlsx');
    expect(c.files.find((f) => f.fileName === 'z.xlsx')?.reason).toMatchObject({
      code: 'SUBMISSION_SUPERSEDED',
      params: { winnerDate: '16/07/2025 10:00:00', ownDate: '?' },
    });
  });

  it('with equal saved dates the later report date wins', () => {
    const early = submission(
      'x.xlsx',
      'ubnd-a',
      '2025-07',
      (s) => setReportDate(s, '2025-07-10'),
      '2025-07-16T00:00:00Z',
    );
    const late = submission(
      'y.xlsx',
      'ubnd-a',
      '2025-07',
      (s) => setReportDate(s, '2025-07-12'),
      '2025-07-16T00:00:00Z',
    );
    expect(
      consolidate(plan, '2025-07', [early, late]).files.find((f) => f.status === 'merged')?.fileName,
    ).toBe('y.xlsx');
  });

  it('when the saved times are equal, says the later report date decided', () => {
    const early = submission('x.xlsx', 'ubnd-a', '2025-07', (s) => setReportDate(s, '2025-07-10'), SAME);
    const late = submission('a.xlsx', 'ubnd-a', '2025-07', (s) => setReportDate(s, '2025-07-12'), SAME);
    const reason = consolidate(plan, '2025-07', [early, late]).files.find(
      (f) => f.fileName === 'x.xlsx',
    )?.reason;
    expect(reason).toMatchObject({
      code: 'SUBMISSION_SUPERSEDED_REPORT_DATE',
      severity: 'info',
      expected: 'a.xlsx',
      params: { savedAt: '16/07/2025 10:00:00', winnerDate: '12/07/2025', ownDate: '10/07/2025' },
    });
  });

  it('two different files with the same saved time and report date: a warning to check, the later name used', () => {
    const one = submission(
      'a.xlsx',
      'ubnd-a',
      '2025-07',
      (s) => fillIndicator(s, 'CT05', { actual: 10 }),
      SAME,
    );
    const two = submission(
      'b.xlsx',
      'ubnd-a',
      '2025-07',
      (s) => fillIndicator(s, 'CT05', { actual: 12 }),
      SAME,
    );
    const c = consolidate(plan, '2025-07', [one, two]);
    const reason = c.files.find((f) => f.fileName === 'a.xlsx')?.reason;
    expect(reason).toMatchObject({
      code: 'SUBMISSION_SAME_TIME_CONFLICT',
      severity: 'warning',
      subject: 'ubnd-a',
      expected: 'b.xlsx',
    });
    expect(c.issues).toContainEqual(reason);
    expect(c.values.find((v) => v.agencyId === 'ubnd-a' && v.indicatorId === 'CT05')?.actual).toBe(12);
  });

  it('lists a file of another period with the reason and never merges it', () => {
    const c = consolidate(plan, '2025-07', [submission('june.xlsx', 'ubnd-a', '2025-06')]);
    expect(c.files[0]).toMatchObject({
      status: 'otherPeriod',
      reason: { code: 'SUBMISSION_OTHER_PERIOD', found: '2025-06', expected: '2025-07' },
    });
    expect(c.values).toEqual([]);
    expect(c.submissions.find((s) => s.agencyId === 'ubnd-a')?.status).toBe('missing');
  });

  it('lists a file of another plan with the reason and never merges it', () => {
    const other = { ...testPlan(), id: 'other-2025' };
    const snap = cleanSubmission(other, 'ubnd-a', '2025-07');
    const input: SubmissionInput = {
      provenance: { fileName: 'other.xlsx', sha256: 'ab', size: 1 },
      report: validate(snap, plan),
    };
    expect(consolidate(plan, '2025-07', [input]).files[0]).toMatchObject({
      status: 'otherPlan',
      reason: { code: 'SUBMISSION_OTHER_PLAN', found: 'other-2025' },
    });
  });

  it('rejects a workbook that is not a template, naming why', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    snap.sheets = snap.sheets.filter((s) => s.name !== SHEETS.stamp);
    const input: SubmissionInput = {
      provenance: { fileName: 'random.xlsx', sha256: 'cd', size: 1 },
      report: validate(snap, plan),
    };
    expect(consolidate(plan, '2025-07', [input]).files[0]).toMatchObject({
      status: 'rejected',
      reason: { code: 'STAMP_MISSING' },
    });
  });

  it('rejects a consolidated workbook given as input with its own reason, counting no agency', () => {
    const workbook = consolidationWorkbook(plan, consolidate(plan, '2025-07', allAgencies()), {
      generatedAt: '2025-07-19T08:00:00Z',
      generator: 'test',
      describe: (i) => issueMessage(i, 'vi'),
    }).workbook;
    const input: SubmissionInput = {
      provenance: { fileName: 'tong-hop_2025-07.xlsx', sha256: 'cc', size: 1 },
      report: validate(specToSnapshot(workbook), plan),
    };
    const c = consolidate(plan, '2025-07', [input, ...allAgencies()]);
    expect(c.files.find((f) => f.fileName === 'tong-hop_2025-07.xlsx')).toMatchObject({
      status: 'rejected',
      reason: { code: 'SUBMISSION_IS_CONSOLIDATION' },
    });
    expect(c.accounting.files).toMatchObject({ merged: 4, rejected: 1 });
  });

  it('rejects a file that could not be read, keeping the reader’s issue, and merges the rest', () => {
    const bad: SubmissionInput = {
      provenance: { fileName: 'bomb.xlsx', sha256: 'ef', size: 300000 },
      readFailure: issue('FILE_ZIP_BOMB', { file: 'bomb.xlsx', params: { inflated: '1 GB', ratio: 3000 } }),
    };
    const c = consolidate(plan, '2025-07', [bad, ...allAgencies()]);
    expect(c.files.find((f) => f.fileName === 'bomb.xlsx')).toMatchObject({
      status: 'rejected',
      reason: { code: 'FILE_ZIP_BOMB' },
    });
    expect(c.accounting.files).toMatchObject({ total: 5, merged: 4, rejected: 1 });
  });

  it('reports agencies that did not submit, by name', () => {
    const c = consolidate(plan, '2025-07', [submission('a.xlsx', 'ubnd-a')]);
    expect(c.submissions.filter((s) => s.status === 'missing').map((s) => s.agencyId)).toEqual([
      'so-tc',
      'so-xd',
      'ubnd-b',
    ]);
    expect(c.issues.filter((i) => i.code === 'SUBMISSION_MISSING').map((i) => i.subject)).toEqual([
      'Sở Tài chính',
      'Sở Xây dựng',
      'UBND huyện B',
    ]);
  });

  it('marks a late submission late with its days', () => {
    const late = submission('b.xlsx', 'ubnd-b', '2025-07', (s) => setReportDate(s, '2025-07-22'));
    expect(
      consolidate(plan, '2025-07', [late]).submissions.find((s) => s.agencyId === 'ubnd-b'),
    ).toMatchObject({ status: 'late', daysLate: 5 }); // the 17th is the last day on time
  });

  it('does not expect agencies without the monthly duty, but keeps them if they submit', () => {
    const c = consolidate(plan, '2025-07', allAgencies());
    expect(c.submissions.some((s) => s.agencyId === 'mttq')).toBe(false);
  });
});

describe('consolidate: accounting and determinism', () => {
  const inputs = () => {
    const a1 = submission('a-v1.xlsx', 'ubnd-a', '2025-07', () => {}, '2025-07-15T00:00:00Z');
    const a2 = submission(
      'a-v2.xlsx',
      'ubnd-a',
      '2025-07',
      (s) => {
        const row = s.sheets.find((x) => x.name === SHEETS.indicators)!.rows;
        row.push([{ t: 's', v: 'CT99' }]);
      },
      '2025-07-16T00:00:00Z',
    );
    const copy: SubmissionInput = { ...a2, provenance: { ...a2.provenance, fileName: 'a-copy.xlsx' } };
    return [a1, a2, copy, submission('june.xlsx', 'so-tc', '2025-06'), ...allAgencies().slice(1)];
  };

  it('rows read = merged + rejected, for every file and in total', () => {
    const c = consolidate(plan, '2025-07', inputs());
    for (const f of c.files) expect(f.rows.read).toBe(f.rows.merged + f.rows.rejected);
    expect(c.accounting.rows.read).toBe(c.accounting.rows.merged + c.accounting.rows.rejected);
    expect(c.accounting.rows.rejected).toBeGreaterThan(0);
    expect(c.accounting.files.total).toBe(c.files.length);
  });

  it('files by status add up to the files given', () => {
    const given = inputs();
    const c = consolidate(plan, '2025-07', given);
    const f = c.accounting.files;
    expect(f.merged + f.superseded + f.duplicate + f.otherPeriod + f.otherPlan + f.rejected).toBe(
      given.length,
    );
  });

  it('does not depend on input order', () => {
    const forward = consolidate(plan, '2025-07', inputs());
    const backward = consolidate(plan, '2025-07', inputs().reverse());
    expect(backward).toEqual(forward);
  });

  it('consolidating again gives the same result', () => {
    expect(consolidate(plan, '2025-07', inputs())).toEqual(consolidate(plan, '2025-07', inputs()));
  });

  it('infers the period most files are for', () => {
    expect(inferPeriod(plan, inputs())).toBe('2025-07');
  });
});

describe('consolidate: province-wide values', () => {
  it('takes the lead agency’s value (GRDP from Sở Tài chính)', () => {
    const c = consolidate(plan, '2025-07', [
      submission('tc.xlsx', 'so-tc', '2025-07', (s) => fillIndicator(s, 'CT01', { actual: 7.8 })),
    ]);
    expect(c.indicators.find((i) => i.indicatorId === 'CT01')).toMatchObject({
      actual: 7.8,
      progress: { status: 'near' },
      reporting: 1,
      expected: 1,
    });
  });

  it('sums values for a sum rule (accidents of two districts)', () => {
    const c = consolidate(plan, '2025-07', [
      submission('a.xlsx', 'ubnd-a', '2025-07', (s) => fillIndicator(s, 'CT05', { actual: 40 })),
      submission('b.xlsx', 'ubnd-b', '2025-07', (s) => fillIndicator(s, 'CT05', { actual: 65 })),
    ]);
    expect(c.indicators.find((i) => i.indicatorId === 'CT05')).toMatchObject({
      actual: 105,
      progress: { status: 'near' },
      reporting: 2,
      expected: 2,
    });
  });

  it('forms a ratio of sums, not an average of ratios (disbursement)', () => {
    const c = consolidate(plan, '2025-07', [
      submission('a.xlsx', 'ubnd-a', '2025-07', (s) => fillIndicator(s, 'CT02', { input1: 100, input2: 90 })),
      submission('b.xlsx', 'ubnd-b', '2025-07', (s) =>
        fillIndicator(s, 'CT02', { input1: 900, input2: 470 }),
      ),
    ]);
    // (90 + 470) / (100 + 900) = 56%, not (90% + 52.2%) / 2 ≈ 71%.
    expect(c.indicators.find((i) => i.indicatorId === 'CT02')).toMatchObject({
      actual: 56,
      // July's window (15/6–14/7) holds the milestone of 30/06: 56 % against its 50 %.
      progress: { status: 'met', against: { kind: 'milestone', value: 50 } },
    });
  });

  it('forms a reduction from summed days (procedure time)', () => {
    const c = consolidate(plan, '2025-07', [
      submission('a.xlsx', 'ubnd-a', '2025-07', (s) => fillIndicator(s, 'CT03', { input1: 100, input2: 80 })),
      submission('b.xlsx', 'ubnd-b', '2025-07', (s) =>
        fillIndicator(s, 'CT03', { input1: 300, input2: 180 }),
      ),
    ]);
    expect(c.indicators.find((i) => i.indicatorId === 'CT03')?.actual).toBe(35);
  });

  it('leaves out invalid values and says how many agencies reported', () => {
    const c = consolidate(plan, '2025-07', [
      submission('a.xlsx', 'ubnd-a', '2025-07', (s) => fillIndicator(s, 'CT05', { actual: 'nhiều' })),
      submission('b.xlsx', 'ubnd-b', '2025-07', (s) => fillIndicator(s, 'CT05', { actual: 30 })),
    ]);
    expect(c.indicators.find((i) => i.indicatorId === 'CT05')).toMatchObject({
      actual: 30,
      reporting: 1,
      expected: 2,
    });
  });

  it('has no province value when nobody reported, and says so', () => {
    const c = consolidate(plan, '2025-07', []);
    expect(c.indicators.find((i) => i.indicatorId === 'CT01')).toMatchObject({
      actual: null,
      progress: { status: 'missing' },
      reporting: 0,
    });
  });
});

describe('long-format data across months', () => {
  it('keeps other months and replaces the (period, agency) pairs merged again', () => {
    const july = consolidate(plan, '2025-07', allAgencies()).data;
    const june = july.map((r) => ({ ...r, period: '2025-06' }));
    const julyAgain = consolidate(plan, '2025-07', [
      submission('a.xlsx', 'ubnd-a', '2025-07', (s) => fillIndicator(s, 'CT05', { actual: 77 })),
    ]);
    const merged = accumulateData([...june, ...july], julyAgain.data, [['2025-07', 'ubnd-a']]);
    expect(merged.filter((r) => r.period === '2025-06')).toHaveLength(june.length);
    expect(merged.filter((r) => r.period === '2025-07' && r.agencyId === 'ubnd-b')).toHaveLength(
      july.filter((r) => r.agencyId === 'ubnd-b').length,
    );
    expect(
      merged.find((r) => r.period === '2025-07' && r.agencyId === 'ubnd-a' && r.indicatorId === 'CT05')
        ?.value,
    ).toBe(77);
  });

  it('the year estimate comes from its own cell, each input from its own cell', () => {
    const c = consolidate(plan, '2025-07', [
      submission('a.xlsx', 'ubnd-a', '2025-07', (s) => {
        fillIndicator(s, 'CT05', { actual: 5, yearEstimate: 9 });
        fillIndicator(s, 'CT03', { input1: 100, input2: 80, yearEstimate: 25 });
      }),
    ]);
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    const at = (id: string, key: string) => `a.xlsx!Chỉ tiêu!${addressOf(snap, SHEETS.indicators, id, key)}`;
    const source = (id: string, measure: string) =>
      c.data.find((r) => r.indicatorId === id && r.measure === measure)?.source;
    expect(source('CT05', 'yearEstimate')).toBe(at('CT05', 'yearEstimate'));
    expect(source('CT03', 'yearEstimate')).toBe(at('CT03', 'yearEstimate'));
    const [first, second] = plan.indicators.find((i) => i.id === 'CT03')!.inputs;
    expect(source('CT03', `input:${first!.id}`)).toBe(at('CT03', 'input1'));
    expect(source('CT03', `input:${second!.id}`)).toBe(at('CT03', 'input2'));
    expect(source('CT03', 'actual')).toBe(
      `${at('CT03', 'input1')}, ${addressOf(snap, SHEETS.indicators, 'CT03', 'input2')}`,
    );
  });

  it('carries the agency’s notes on each of its rows', () => {
    const c = consolidate(plan, '2025-07', [
      submission('a.xlsx', 'ubnd-a', '2025-07', (s) =>
        fillIndicator(s, 'CT05', { actual: 5, notes: 'Số liệu sơ bộ' }),
      ),
    ]);
    expect(c.values.find((v) => v.indicatorId === 'CT05')?.notes).toBe('Số liệu sơ bộ');
    const rows = c.data.filter((r) => r.indicatorId === 'CT05');
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.notes).toBe('Số liệu sơ bộ');
  });

  it('records where every value came from (file!sheet!cell)', () => {
    const c = consolidate(plan, '2025-07', [
      submission('a.xlsx', 'ubnd-a', '2025-07', (s) => fillIndicator(s, 'CT05', { actual: 5 })),
    ]);
    expect(c.data.find((r) => r.indicatorId === 'CT05' && r.measure === 'actual')?.source).toMatch(
      new RegExp(`^a\\.xlsx!Chỉ tiêu!${actualLetter}\\d+$`),
    );
  });
});
