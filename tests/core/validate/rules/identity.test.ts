/** Validation — identity: a submission is known by its stamp, checked against the plan. */
import { validate } from '../../../../src/core/validate';
import { planHash } from '../../../../src/core/plan/hash';
import { SHEETS } from '../../../../src/core/template/model';
import { testPlan } from '../../../support/plans';
import {
  addressOf,
  blankSubmission,
  cleanSubmission,
  setCell,
  sheet,
  specToSnapshot,
} from '../../../support/snapshots';
import { consolidate } from '../../../../src/core/consolidate/consolidate';
import { consolidationWorkbook } from '../../../../src/core/consolidate/workbook';
import { issueMessage } from '../../../../src/i18n';
import { identityRule } from '../../../../src/core/validate/identity';
import type { Issue } from '../../../../src/core/issues/issue';
import type { WorkbookSnapshot } from '../../../../src/core/snapshot/types';
import type { SubmissionInput } from '../../../../src/core/consolidate/types';
import { sha256Hex } from '../../../../src/core/plan/hash';
import { checkSeal, sealKeyId } from '../../../../src/core/seal/seal';
import { KEY, OLD_KEY } from '../../../support/sealKeys';
import { findStampSheet, parseStamp } from '../../../../src/core/stamps/template';
import { agencyClaims } from '../../../../src/core/validate/agencyClaims';
import { periodInfo, planPeriods } from '../../../../src/core/plan/period';
import { inForceFor } from '../../../../src/core/plan/units';
import { checkPlan } from '../../../../src/core/plan/check';
import type { Plan } from '../../../../src/core/plan/schema';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const plan = testPlan();

/** The built-in Sơn La 2025 plan (seeds/sonla-2025/plan.json): 35 agencies and their real names. */
function builtInPlan(): Plan {
  const file = path.join(__dirname, '..', '..', '..', '..', 'seeds', 'sonla-2025', 'plan.json');
  const checked = checkPlan(JSON.parse(readFileSync(file, 'utf8')));
  if (!checked.ok) throw new Error('built-in plan rejected');
  return checked.plan;
}
const codes = (r: ReturnType<typeof validate>) => r.issues.map((i) => i.code);
/** The codes of the identity rule a report holds (a clean template also notes its formulas are not recalculated). */
const identityCodes = (r: ReturnType<typeof validate>) =>
  codes(r).filter((c) => (identityRule.codes as readonly string[]).includes(c));

describe('identity of a submission', () => {
  it('reads agency and period from the stamp, not from a file name', () => {
    const report = validate(cleanSubmission(plan, 'ubnd-a', '2025-07'), plan);
    expect(report.identity).toMatchObject({
      planId: 'test-2025',
      agencyId: 'ubnd-a',
      period: '2025-07',
      planHash: planHash(plan),
    });
  });

  it('a workbook without a stamp is not a template: one error, no results', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    snap.sheets = snap.sheets.filter((s) => s.name !== SHEETS.stamp);
    const report = validate(snap, plan);
    expect(codes(report)).toEqual(['STAMP_MISSING']);
    expect(report.identity).toBeNull();
    expect(report.indicators).toEqual([]);
  });

  it('a consolidated workbook is named as such, not as a workbook without a stamp', () => {
    const workbook = consolidationWorkbook(plan, consolidate(plan, '2025-07', []), {
      generatedAt: '2025-07-19T08:00:00Z',
      generator: 'test',
      describe: (i) => issueMessage(i, 'vi'),
    }).workbook;
    const report = validate(specToSnapshot(workbook), plan);
    expect(report.issues).toEqual([
      expect.objectContaining({ code: 'SUBMISSION_IS_CONSOLIDATION', severity: 'error' }),
    ]);
    expect(report.identity).toBeNull();
  });

  it('a damaged stamp names the field that is wrong', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    const stamp = sheet(snap, SHEETS.stamp);
    const row = stamp.rows.findIndex((r) => r[0]?.t === 's' && r[0].v === 'agencyId');
    setCell(snap, SHEETS.stamp, `B${row + 1}`, null);
    expect(validate(snap, plan).issues).toEqual([
      expect.objectContaining({ code: 'STAMP_UNREADABLE', subject: 'agencyId' }),
    ]);
  });

  it('a stamp of another plan is rejected with both plan ids', () => {
    const other = { ...testPlan(), id: 'other-2025' };
    const report = validate(cleanSubmission(other, 'ubnd-a', '2025-07'), plan);
    expect(report.issues).toEqual([
      expect.objectContaining({ code: 'PLAN_UNKNOWN', found: 'other-2025', expected: 'test-2025' }),
    ]);
  });

  it('a template issued under an earlier version of the plan is judged against the current plan, with a warning', () => {
    const issuedUnder = testPlan();
    issuedUnder.title = 'Bản cũ';
    const report = validate(cleanSubmission(issuedUnder, 'ubnd-a', '2025-07'), plan);
    expect(codes(report)).toContain('PLAN_VERSION_CHANGED');
    expect(report.counts.bySeverity.error).toBe(0);
    expect(report.indicators.length).toBeGreaterThan(0);
  });

  it('an agency the plan does not know is an error', () => {
    const withExtra = testPlan();
    withExtra.agencies.push({ id: 'ubnd-z', name: 'UBND huyện Z', kind: 'locality', reportsMonthly: true });
    const report = validate(cleanSubmission(withExtra, 'ubnd-z', '2025-07'), { ...plan, id: withExtra.id });
    expect(codes(report)).toContain('AGENCY_UNKNOWN');
  });

  it('a period outside the plan year is an error', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    const stamp = sheet(snap, SHEETS.stamp);
    const row = stamp.rows.findIndex((r) => r[0]?.t === 's' && r[0].v === 'period');
    setCell(snap, SHEETS.stamp, `B${row + 1}`, '2024-13');
    expect(validate(snap, plan).issues).toEqual([
      expect.objectContaining({ code: 'PERIOD_INVALID', found: '2024-13' }),
    ]);
  });

  it('an unknown layout version is refused rather than misread', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    setCell(snap, SHEETS.stamp, 'B2', 99);
    expect(validate(snap, plan).issues).toEqual([
      expect.objectContaining({ code: 'LAYOUT_UNSUPPORTED', found: 99 }),
    ]);
  });

  it('accepts a stamp sheet that LibreOffice turned from very hidden into hidden', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    sheet(snap, SHEETS.stamp).state = 'hidden';
    expect(validate(snap, plan).identity?.agencyId).toBe('ubnd-a');
  });

  it('finds a renamed stamp sheet by its marker', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    sheet(snap, SHEETS.stamp).name = 'Sheet9';
    expect(validate(snap, plan).identity?.agencyId).toBe('ubnd-a');
  });
});

/** The row of a stamp field (its key in column A). */
function stampRow(snap: WorkbookSnapshot, field: string): number {
  return sheet(snap, SHEETS.stamp).rows.findIndex((r) => r[0]?.t === 's' && r[0].v === field);
}

/** Edits a field of the stamp, the way someone with the hidden sheet unhidden would. */
function setStampField(snap: WorkbookSnapshot, field: string, value: string | number | null): void {
  setCell(snap, SHEETS.stamp, `B${stampRow(snap, field) + 1}`, value);
}

/** The stamp edited to claim another agency, every visible sheet left as issued. */
function stampClaims(snap: WorkbookSnapshot, agencyId: string, agencyName: string): WorkbookSnapshot {
  setStampField(snap, 'agencyId', agencyId);
  setStampField(snap, 'agencyName', agencyName);
  return snap;
}

describe('identity: the seal, when Sở Tài chính set a key', () => {
  it('without a key nothing is claimed about seals: sealed and unsealed templates read alike', () => {
    const sealed = validate(cleanSubmission(plan, 'ubnd-a', '2025-07', { seal: KEY }), plan);
    const unsealed = validate(cleanSubmission(plan, 'ubnd-a', '2025-07'), plan);
    expect(codes(sealed)).toEqual(codes(unsealed));
    expect(codes(sealed).filter((c) => c.startsWith('SEAL_'))).toEqual([]);
    expect(sealed.identity?.agencyId).toBe('ubnd-a');
  });

  it('a template sealed with the key is accepted and judged', () => {
    const report = validate(cleanSubmission(plan, 'ubnd-a', '2025-07', { seal: KEY }), plan, { seal: KEY });
    expect(report.identity?.agencyId).toBe('ubnd-a');
    expect(report.counts.bySeverity.error).toBe(0);
    expect(report.indicators.length).toBeGreaterThan(0);
  });

  it('a template without a seal (issued before seals, or by the public tool) is not accepted: SEAL_MISSING at the stamp', () => {
    const report = validate(cleanSubmission(plan, 'ubnd-a', '2025-07'), plan, { seal: KEY });
    expect(report.issues).toEqual([
      expect.objectContaining({
        code: 'SEAL_MISSING',
        severity: 'error',
        sheet: SHEETS.stamp,
        subject: 'ubnd-a',
        params: { agency: 'UBND huyện A' },
      }),
    ]);
    expect(report.identity).toBeNull();
    expect(report.indicators).toEqual([]);
    expect(issueMessage(report.issues[0] as Issue, 'vi')).toContain('UBND huyện A');
  });

  it('a stamp edited to another agency — visible sheets edited too — breaks the seal: SEAL_INVALID at the seal cell', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07', { seal: KEY });
    // A careful forger changes every visible name as well, so only the seal can tell.
    const forged = cleanSubmission(plan, 'ubnd-b', '2025-07');
    for (const name of [SHEETS.instructions, SHEETS.indicators, SHEETS.tasks]) {
      const visible = sheet(snap, name);
      visible.rows = sheet(forged, name).rows;
    }
    stampClaims(snap, 'ubnd-b', 'UBND huyện B');
    expect(validate(snap, plan).identity?.agencyId).toBe('ubnd-b'); // without the key, nothing tells
    const report = validate(snap, plan, { seal: KEY });
    expect(report.issues).toEqual([
      expect.objectContaining({
        code: 'SEAL_INVALID',
        sheet: SHEETS.stamp,
        cell: `B${stampRow(snap, 'seal') + 1}`,
        params: { agency: 'UBND huyện B' },
      }),
    ]);
    expect(report.identity).toBeNull();
  });

  it('a target edited in the stamp and in the sheet alike (nothing else would tell) breaks the seal', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07', { seal: KEY });
    const row = sheet(snap, SHEETS.stamp).rows.findIndex((r) => r[0]?.t === 's' && r[0].v === 'CT05');
    setCell(snap, SHEETS.stamp, `B${row + 1}`, 1);
    setCell(snap, SHEETS.indicators, addressOf(snap, SHEETS.indicators, 'CT05', 'target'), 1);
    expect(codes(validate(snap, plan))).not.toContain('TARGET_TAMPERED');
    expect(codes(validate(snap, plan, { seal: KEY }))).toEqual(['SEAL_INVALID']);
  });

  it('a seal made with another key (the key was changed) names both key ids', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07', { seal: OLD_KEY });
    expect(validate(snap, plan, { seal: KEY }).issues).toEqual([
      expect.objectContaining({
        code: 'SEAL_OTHER_KEY',
        found: sealKeyId(OLD_KEY),
        expected: sealKeyId(KEY),
      }),
    ]);
    expect(validate(snap, plan, { seal: OLD_KEY }).counts.bySeverity.error).toBe(0);
  });

  it('a seal that is not one is invalid', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07', { seal: KEY });
    setStampField(snap, 'seal', 'đã đóng dấu');
    expect(codes(validate(snap, plan, { seal: KEY }))).toEqual(['SEAL_INVALID']);
  });

  it('a seal row removed is a missing seal', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07', { seal: KEY });
    sheet(snap, SHEETS.stamp).rows.splice(stampRow(snap, 'seal'), 1);
    expect(codes(validate(snap, plan, { seal: KEY }))).toEqual(['SEAL_MISSING']);
  });

  it('a stamp without the seal row (templates issued before seals) still reads', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    expect(stampRow(snap, 'seal')).toBe(-1);
    const stampSheet = findStampSheet(snap);
    const parsed = stampSheet && parseStamp(stampSheet);
    expect(parsed).toMatchObject({ ok: true, stamp: { agencyId: 'ubnd-a' } });
    expect(parsed?.ok && parsed.stamp.seal).toBeUndefined();
  });

  it('a seal survives the stamp read back: a sealed template’s seal parses and verifies', () => {
    const snap = blankSubmission(plan, 'so-tc', '2025-07', { seal: KEY });
    const stampSheet = findStampSheet(snap);
    const parsed = stampSheet && parseStamp(stampSheet);
    if (!parsed?.ok) throw new Error('stamp unreadable');
    expect(checkSeal(KEY, parsed.stamp, parsed.stamp.seal)).toEqual({ status: 'valid' });
  });
});

describe('identity without a key: the visible sheets and the file name against the stamp', () => {
  it('a clean template names its agency everywhere this check looks', () => {
    for (const p of [plan, builtInPlan()]) {
      for (const agency of p.agencies) {
        // Each unit in a month it reports: July for those in force then, else its last month (a district committee).
        const months = planPeriods(p).filter((m) => inForceFor(agency, periodInfo(p, m)!));
        const period = months.find((m) => m >= '2025-07') ?? months.at(-1)!;
        const snap = blankSubmission(p, agency.id, period);
        const stamp = { id: agency.id, name: agency.name };
        const claims = agencyClaims(snap, p, [stamp, ...p.agencies], `${period}_${agency.id}.xlsx`);
        expect(claims.map((c) => [c.kind, 'sheet' in c ? c.sheet : '', c.found])).toEqual([
          // Layout 3 shows no agency code (an id is not for people); layout-2 templates still carry one (below).
          ['nameCell', SHEETS.instructions, agency.name],
          ['title', SHEETS.indicators, agency.name],
          ['title', SHEETS.tasks, agency.name],
          ['fileName', '', agency.id],
        ]);
        const report = validate(snap, p, { fileName: `${period}_${agency.id}.xlsx` });
        expect(report.identity?.agencyId).toBe(agency.id);
      }
    }
  });

  it('a stamp edited to another agency: each visible sheet that disagrees is named, and nothing is judged', () => {
    const snap = stampClaims(cleanSubmission(plan, 'so-tc', '2025-07'), 'so-xd', 'Sở Xây dựng');
    const report = validate(snap, plan);
    const name = {
      code: 'AGENCY_NAME_MISMATCH',
      severity: 'error',
      found: 'Sở Tài chính',
      expected: 'Sở Xây dựng',
    };
    expect(report.issues).toEqual([
      expect.objectContaining({ ...name, sheet: SHEETS.indicators, cell: 'A2' }),
      expect.objectContaining({ ...name, sheet: SHEETS.instructions, cell: 'B4' }),
      expect.objectContaining({ ...name, sheet: SHEETS.tasks, cell: 'A2' }),
    ]);
    expect(report.identity).toBeNull();
    expect(report.indicators).toEqual([]);
  });

  it('says in Vietnamese which agency each side names, never an internal key alone', () => {
    const snap = stampClaims(cleanSubmission(plan, 'so-tc', '2025-07'), 'so-xd', 'Sở Xây dựng');
    const [title] = validate(snap, plan).issues;
    expect(issueMessage(title as Issue, 'vi')).toBe(
      'Trang "Chỉ tiêu" ô A2 ghi cơ quan "Sở Tài chính", nhưng mẫu biểu được phát hành cho Sở Xây dựng (theo thông tin nhận dạng ghi ẩn trong mẫu biểu). Không rõ đây là báo cáo của cơ quan nào nên tệp không được kiểm tra tiếp và không được tổng hợp. Hãy dùng đúng mẫu biểu phát hành cho cơ quan mình.',
    );
  });

  it('an agency code row (layout-2 templates have one) edited to another code is a mismatch named with both names', () => {
    const snap = stampClaims(cleanSubmission(plan, 'so-tc', '2025-07'), 'so-xd', 'Sở Xây dựng');
    setCell(snap, SHEETS.instructions, 'A40', 'Mã cơ quan');
    setCell(snap, SHEETS.instructions, 'B40', 'so-tc');
    const code = validate(snap, plan).issues.find((i) => i.code === 'AGENCY_CODE_MISMATCH');
    expect(code).toMatchObject({
      sheet: SHEETS.instructions,
      cell: 'B40',
      found: 'so-tc',
      expected: 'so-xd',
    });
    expect(issueMessage(code as Issue, 'vi')).toContain('mẫu biểu được phát hành cho Sở Xây dựng (mã so-xd');
  });

  it('the form’s receiving-body line is not a claim: a stamp edited to the recipient still mismatches every form', () => {
    const snap = stampClaims(cleanSubmission(plan, 'so-xd', '2025-07'), 'so-tc', 'Sở Tài chính');
    const report = validate(snap, plan);
    const sheets = report.issues.filter((i) => i.code === 'AGENCY_NAME_MISMATCH').map((i) => i.sheet);
    expect(sheets).toEqual(expect.arrayContaining([SHEETS.indicators, SHEETS.tasks, SHEETS.instructions]));
    expect(report.identity).toBeNull();
  });

  it('the instructions sheet’s agency name edited to a name the plan does not know is a mismatch too', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    setCell(snap, SHEETS.instructions, 'B4', 'Phòng Tài chính huyện A');
    expect(validate(snap, plan).issues).toEqual([
      expect.objectContaining({ code: 'AGENCY_NAME_MISMATCH', cell: 'B4', found: 'Phòng Tài chính huyện A' }),
    ]);
  });

  it('a name written with other spacing, case or Unicode form is the same name', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    setCell(snap, SHEETS.instructions, 'B4', '  ubnd  HUYỆN a '.normalize('NFD'));
    expect(validate(snap, plan).identity?.agencyId).toBe('ubnd-a');
  });

  it('a blank agency cell or a title naming no agency says nothing (no evidence either way)', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    setCell(snap, SHEETS.instructions, 'B4', null);
    setCell(snap, SHEETS.instructions, 'B5', null);
    setCell(snap, SHEETS.indicators, 'A2', 'Báo cáo tháng 7/2025');
    setCell(snap, SHEETS.tasks, 'A2', null);
    expect(validate(snap, plan).identity?.agencyId).toBe('ubnd-a');
  });

  it('a title naming the stamp’s agency beside another (a recipient, say) is the stamp’s', () => {
    const snap = cleanSubmission(plan, 'ubnd-a', '2025-07');
    setCell(snap, SHEETS.indicators, 'A2', 'UBND huyện A — gửi Sở Tài chính trước ngày 18/07/2025');
    expect(validate(snap, plan).identity?.agencyId).toBe('ubnd-a');
  });

  it('a name inside a longer word is not that name ("UBND huyện A" is not in "UBND huyện An Bình")', () => {
    const snap = cleanSubmission(plan, 'ubnd-b', '2025-07');
    setCell(snap, SHEETS.indicators, 'A2', 'UBND huyện B (sáp nhập từ UBND huyện An Bình)');
    expect(validate(snap, plan).identity?.agencyId).toBe('ubnd-b');
  });

  it('an agency renamed in the plan after the template was issued: the sheets and the stamp agree, no mismatch', () => {
    const renamed = testPlan();
    const issued = testPlan();
    (renamed.agencies.find((a) => a.id === 'ubnd-a') as { name: string }).name = 'UBND thị xã A';
    const report = validate(cleanSubmission(issued, 'ubnd-a', '2025-07'), renamed);
    expect(identityCodes(report)).toEqual(['PLAN_VERSION_CHANGED']);
  });

  it('a file name carrying another agency’s id is a warning naming both; the file is still judged', () => {
    const report = validate(cleanSubmission(plan, 'ubnd-a', '2025-07'), plan, {
      fileName: '2025-07_ubnd-b.xlsx',
    });
    expect(report.issues.filter((i) => i.code.startsWith('AGENCY_'))).toEqual([
      expect.objectContaining({
        code: 'AGENCY_FILE_NAME_MISMATCH',
        severity: 'warning',
        found: 'ubnd-b',
        expected: 'ubnd-a',
        params: { agency: 'UBND huyện A', fileName: '2025-07_ubnd-b.xlsx' },
      }),
    ]);
    expect(report.identity?.agencyId).toBe('ubnd-a');
    const warning = report.issues.find((i) => i.code === 'AGENCY_FILE_NAME_MISMATCH');
    expect(issueMessage(warning as Issue, 'vi')).toBe(
      'Tên tệp "2025-07_ubnd-b.xlsx" mang mã cơ quan "ubnd-b", nhưng mẫu biểu bên trong được phát hành cho UBND huyện A (mã ubnd-a). Hãy kiểm tra đây có đúng là báo cáo của UBND huyện A không: có thể một cơ quan đã điền nhầm mẫu biểu của cơ quan khác.',
    );
  });

  it.each([
    ['its own id', '2025-07_ubnd-a.xlsx'],
    ['its own id among others', 'ubnd-a gui so-tc (ban sua).xlsx'],
    ['no agency id', 'Bao cao thang 7.xlsx'],
    ['an id inside a longer word', '2025-07_so-tcx.xlsx'],
    ['its own id in capitals', 'UBND-A_2025-07.XLSX'],
  ])('a file name with %s says nothing', (_, fileName) => {
    const report = validate(cleanSubmission(plan, 'ubnd-a', '2025-07'), plan, { fileName });
    expect(identityCodes(report)).toEqual([]);
  });
});

describe('identity in the consolidation', () => {
  const input = (fileName: string, snap: WorkbookSnapshot, savedAt: string): SubmissionInput => ({
    provenance: { fileName, sha256: sha256Hex(fileName), size: 1, savedAt },
    report: validate(snap, plan, { fileName }),
  });

  it('a forged file saved after the genuine one is rejected with why, and the genuine one is merged', () => {
    const genuine = input(
      '2025-07_so-xd.xlsx',
      cleanSubmission(plan, 'so-xd', '2025-07'),
      '2025-07-16T03:00:00Z',
    );
    const forged = stampClaims(cleanSubmission(plan, 'so-tc', '2025-07'), 'so-xd', 'Sở Xây dựng');
    const c = consolidate(plan, '2025-07', [
      genuine,
      input('so-xd-ban-sua.xlsx', forged, '2025-07-17T03:00:00Z'),
    ]);
    expect(c.files.map((f) => [f.fileName, f.status, f.reason?.code])).toEqual([
      ['2025-07_so-xd.xlsx', 'merged', undefined],
      ['so-xd-ban-sua.xlsx', 'rejected', 'AGENCY_NAME_MISMATCH'],
    ]);
  });

  it('with the key, an unsealed file is rejected as not sealed, not as "not a template"', () => {
    const snap = cleanSubmission(plan, 'so-xd', '2025-07');
    const report = validate(snap, plan, { seal: KEY });
    const c = consolidate(plan, '2025-07', [
      { provenance: { fileName: 'a.xlsx', sha256: 'a', size: 1 }, report },
    ]);
    expect(c.files[0]).toMatchObject({ status: 'rejected', reason: { code: 'SEAL_MISSING' } });
  });
});
