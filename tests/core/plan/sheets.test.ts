/** The plan as sheets: export then import is lossless, and every problem is located at a sheet and cell. */
import { checkPlan } from '../../../src/core/plan/check';
import { planFromSnapshot, planWorkbook } from '../../../src/core/plan/sheets';
import type { WorkbookSnapshot } from '../../../src/core/snapshot/types';
import { testPlan } from '../../support/plans';
import { setCell, specToSnapshot } from '../../support/snapshots';

const exported = (): WorkbookSnapshot =>
  specToSnapshot(planWorkbook(testPlan(), '2025-01-01T00:00:00Z', 'test'));

describe('plan sheets', () => {
  it('has a sheet per part of the plan, in Vietnamese', () => {
    expect(planWorkbook(testPlan(), '2025-01-01T00:00:00Z', 'test').sheets.map((s) => s.name)).toEqual([
      'Kế hoạch',
      'Cơ quan',
      'Chỉ tiêu',
      'Đầu vào',
      'Mốc',
      'Nhiệm vụ',
      'Thời hạn',
      'Sửa đổi',
      'Nguồn',
    ]);
  });

  it('round-trips losslessly: export then import gives the same plan', () => {
    const imported = planFromSnapshot(exported());
    expect(imported.problems).toEqual([]);
    const checked = checkPlan(imported.json);
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(checked.plan).toEqual(testPlan());
  });

  it('a planner’s edit of a target comes through', () => {
    const snap = exported();
    const sheet = snap.sheets.find((s) => s.name === 'Chỉ tiêu')!;
    const row = sheet.rows.findIndex((r) => r[0]?.t === 's' && r[0].v === 'CT04');
    setCell(snap, 'Chỉ tiêu', `H${row + 1}`, 21);
    const checked = checkPlan(planFromSnapshot(snap).json);
    expect(checked.ok && checked.plan.indicators.find((i) => i.id === 'CT04')?.target).toBe(21);
  });

  it('a name retyped decomposed (NFD, as on a Mac) is stored composed, so the plan hash does not change', () => {
    const snap = exported();
    const sheet = snap.sheets.find((s) => s.name === 'Chỉ tiêu')!;
    const row = sheet.rows.findIndex((r) => r[0]?.t === 's' && r[0].v === 'CT04');
    const name = testPlan().indicators.find((i) => i.id === 'CT04')!.name;
    setCell(snap, 'Chỉ tiêu', `B${row + 1}`, name.normalize('NFD'));
    const checked = checkPlan(planFromSnapshot(snap).json);
    const original = checkPlan(testPlan());
    expect(checked.ok && original.ok && checked.hash === original.hash).toBe(true);
  });

  it('text in a number column is reported at its sheet and cell', () => {
    const snap = exported();
    setCell(snap, 'Chỉ tiêu', 'H3', 'hai mươi');
    expect(planFromSnapshot(snap).problems).toContainEqual(
      expect.objectContaining({
        sheet: 'Chỉ tiêu',
        cell: 'H3',
        code: 'cell_invalid',
        params: { found: 'hai mươi', expected: 'số' },
      }),
    );
  });

  it('a schema problem found after import points back to the cell it came from', () => {
    const snap = exported();
    setCell(snap, 'Chỉ tiêu', 'N2', 'so-khong-co');
    const imported = planFromSnapshot(snap);
    const checked = checkPlan(imported.json);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    const problem = checked.problems.find((p) => p.code === 'unknown_agency');
    expect(problem?.path).toEqual(['indicators', 0, 'lead']);
    expect(imported.locate(problem?.path ?? [])).toEqual({ sheet: 'Chỉ tiêu', cell: 'N2' });
  });

  it('a milestone for an indicator that does not exist is reported at its row', () => {
    const snap = exported();
    setCell(snap, 'Mốc', 'A2', 'CT77');
    expect(planFromSnapshot(snap).problems).toContainEqual(
      expect.objectContaining({ sheet: 'Mốc', cell: 'A2', code: 'unknown_parent' }),
    );
  });

  it('a missing sheet is reported by name', () => {
    const snap = exported();
    snap.sheets = snap.sheets.filter((s) => s.name !== 'Thời hạn');
    expect(planFromSnapshot(snap).problems).toContainEqual(
      expect.objectContaining({ code: 'sheet_missing', params: { sheet: 'Thời hạn' } }),
    );
  });

  it('accepts Vietnamese yes/no and a date typed as text', () => {
    const snap = exported();
    setCell(snap, 'Cơ quan', 'E2', 'Có');
    setCell(snap, 'Thời hạn', 'B2', '15/7/2025');
    const checked = checkPlan(planFromSnapshot(snap).json);
    expect(checked.ok).toBe(true);
  });
});
