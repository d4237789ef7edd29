/**
 * insertSheets as a transaction: replacing a template (whose stamp is very hidden) and re-running a consolidation
 * leave exactly one set of sheets, and a failure at any request — or at any operation within one — leaves the
 * workbook exactly as it was, or (once an old sheet is gone) exactly as intended.
 */
import { SHEETS } from '../../src/core/template/model';
import type { WorkbookSpec } from '../../src/core/sheet/spec';
import { RECOVERY_RETRY } from '../../src/office/retry';
import { insertSheets, WriteInterruptedError, type InsertOptions } from '../../src/office/writeWorkbook';
import { recordBackoff } from './backoff';
import { installFakeOffice, type FakeOffice, type Fault } from '../support/fake-excel';
import { testPlan } from '../support/plans';
import { templateSpec } from '../support/snapshots';
import { consolidationOf, dataRows, workbookImage } from './workbooks';

const plan = testPlan();
let fake: FakeOffice;
const sleeps = recordBackoff();
afterEach(() => fake.uninstall());

/** A case: how to set the workbook up (the user's data in it), and the write to make. */
interface Case {
  name: string;
  setUp(): Promise<void>;
  spec: WorkbookSpec;
  options: InsertOptions;
}

const replaceTemplate: Case = {
  name: 'replacing a template',
  setUp: async () => {
    fake.workbook.sheet('Sheet1').setValue('A1', 'của người dùng');
    await insertSheets(templateSpec(plan, 'ubnd-a', '2025-07'), { replaceExisting: false });
    // The agency's figures, typed into the template being replaced.
    fake.workbook.sheet(SHEETS.indicators).setValue('H7', 123.4);
  },
  spec: templateSpec(plan, 'ubnd-a', '2025-08'),
  options: { replaceExisting: true },
};

const rerunConsolidation: Case = {
  name: 're-running a consolidation',
  setUp: async () => {
    fake.workbook.sheet('Sheet1').setValue('A1', 'của người dùng');
    await insertSheets(consolidationOf(dataRows(60)), { replaceExisting: false, protect: false });
  },
  spec: consolidationOf(dataRows(90)),
  options: { replaceExisting: true, protect: false },
};

const firstInsert: Case = {
  name: 'inserting a template next to the user’s sheets',
  setUp: () => {
    fake.workbook.sheet('Sheet1').setValue('A1', 'của người dùng');
    return Promise.resolve();
  },
  spec: templateSpec(plan, 'ubnd-a', '2025-07'),
  options: { replaceExisting: false },
};

/** A fresh fake with the case set up; counters zeroed, so request and operation numbers count from the write. */
async function prepare(c: Case): Promise<unknown> {
  fake?.uninstall();
  fake = installFakeOffice(globalThis, { sheets: ['Sheet1'] });
  await c.setUp();
  fake.resetCounters();
  return workbookImage(fake.workbook);
}

/** The write without trouble: its requests, operations, and the workbook it leaves. */
async function cleanRun(c: Case): Promise<{ syncs: number; operations: number; after: unknown }> {
  await prepare(c);
  const result = await insertSheets(c.spec, c.options);
  if (!result.ok) throw new Error('clean run failed');
  return {
    syncs: fake.counters.syncs,
    operations: fake.counters.operations,
    after: workbookImage(fake.workbook),
  };
}

/** The write with `fault` injected: 'unchanged' (it threw the fault's code) or 'complete' (it returned). */
async function faultyRun(c: Case, fault: Fault, after: unknown): Promise<'unchanged' | 'complete'> {
  const before = await prepare(c);
  fake.injectFault(fault);
  const outcome = await insertSheets(c.spec, c.options).then(
    (r) => (r.ok ? 'complete' : 'clash'),
    (e: unknown) => e,
  );
  if (outcome === 'complete') {
    expect(workbookImage(fake.workbook)).toEqual(after);
    return 'complete';
  }
  expect(outcome).toMatchObject({ code: fault.code });
  expect(workbookImage(fake.workbook)).toEqual(before);
  return 'unchanged';
}

const sheetNames = () => fake.workbook.sheetNames();

describe.each([replaceTemplate, rerunConsolidation])('$name', (c) => {
  it('works although Excel refuses to delete very hidden sheets, and leaves exactly one set of sheets', async () => {
    await prepare(c);
    const result = await insertSheets(c.spec, c.options);
    expect(result).toMatchObject({ ok: true, replaced: c.spec.sheets.map((s) => s.name) });
    expect(sheetNames()).toEqual(['Sheet1', ...c.spec.sheets.map((s) => s.name)]);
    expect(fake.workbook.sheet('Sheet1').cell('A1').value).toBe('của người dùng');
    const stamp = c.spec.sheets.find((s) => s.visibility === 'veryHidden');
    expect(stamp && fake.workbook.sheet(stamp.name).visibility).toBe('VeryHidden');
    expect(fake.workbook.tables.map((t) => t.name).sort()).toEqual(
      c.spec.sheets.flatMap((s) => s.tables.map((t) => t.name)).sort(),
    );
  });

  it('writes the new sheets in full before it touches an old one, in a last request under 16 KB', async () => {
    const clean = await cleanRun(c);
    const last = fake.counters.requestBytes[clean.syncs - 1] ?? Infinity;
    expect(last).toBeLessThan(16 * 1024);
  });

  it.each([
    ['GeneralException', 'before'],
    ['GeneralException', 'after'],
    ['RequestAborted', 'before'],
    ['RequestAborted', 'after'],
  ] as const)('after %s (%s it ran) at any request, is as it was or as intended', async (code, phase) => {
    const clean = await cleanRun(c);
    const seen: string[] = [];
    for (let sync = 1; sync <= clean.syncs; sync++)
      seen.push(await faultyRun(c, { sync, code, phase }, clean.after));
    if (code === 'GeneralException' && phase === 'before')
      expect(new Set(seen)).toEqual(new Set(['unchanged']));
    // An answer lost after the last request ran: the write is complete and says so.
    if (phase === 'after') expect(seen[seen.length - 1]).toBe('complete');
  });
});

describe('a failure part-way through a request', () => {
  it.each([replaceTemplate, firstInsert])(
    '$name: at any operation, leaves the workbook as it was or as intended',
    async (c) => {
      const clean = await cleanRun(c);
      // Every operation of the last request (where the order matters), and every 10th before it.
      const last = fake.counters.requestOperations.at(-1) ?? 0;
      const seen = { unchanged: 0, complete: 0 };
      for (let operation = 1; operation <= clean.operations; operation++) {
        if (operation <= clean.operations - last && operation % 10 !== 0) continue;
        seen[await faultyRun(c, { operation, code: 'GeneralException' }, clean.after)] += 1;
      }
      // Only a failure after the first old sheet is deleted finishes the write: the other deletes, the old stamp's unhide.
      const veryHidden = c.spec.sheets.filter((s) => s.visibility === 'veryHidden').length;
      const pastNoReturn = c.options.replaceExisting ? c.spec.sheets.length - 1 + veryHidden : 0;
      expect(seen).toEqual({ unchanged: seen.unchanged, complete: pastNoReturn });
      expect(seen.unchanged).toBeGreaterThan(last - pastNoReturn);
    },
  );
});

describe('when Excel keeps failing', () => {
  it('waits for the user to come back to the workbook, then puts it back as it was', async () => {
    const before = await prepare(replaceTemplate);
    for (const sync of [2, 3, 4]) fake.injectFault({ sync, code: 'InactiveWorkbook' });
    await expect(insertSheets(replaceTemplate.spec, replaceTemplate.options)).rejects.toMatchObject({
      code: 'InactiveWorkbook',
    });
    expect(workbookImage(fake.workbook)).toEqual(before);
    expect(sleeps).toEqual([500, 1000]);
  });

  it('gives up after a bounded wait and says so; the user’s sheets are still there, set aside at worst', async () => {
    await prepare(replaceTemplate);
    const clean = await cleanRun(replaceTemplate);
    await prepare(replaceTemplate);
    // The last request ends with the old sheets' deletes (and the old stamp's unhide): it fails at the first of those,
    // after the old sheets were set aside, and then Excel stays unreachable.
    fake.injectFault({
      operation: clean.operations - replaceTemplate.spec.sheets.length,
      code: 'GeneralException',
    });
    const run = insertSheets(replaceTemplate.spec, replaceTemplate.options);
    for (let sync = clean.syncs + 1; sync < clean.syncs + 20; sync++)
      fake.injectFault({ sync, code: 'InactiveWorkbook' });
    const error = await run.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteInterruptedError);
    expect(error).toMatchObject({ code: 'WriteInterrupted', cause: { code: 'GeneralException' } });
    expect(sleeps).toHaveLength(RECOVERY_RETRY.attempts - 1);
    expect(sleeps.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(20_000);
    const aside = sheetNames().find((n) => n.startsWith('(cũ') && n.endsWith(SHEETS.indicators));
    expect(aside && fake.workbook.sheet(aside).cell('H7').value).toBe(123.4);
  });
});

describe('transient errors', () => {
  it('never sends twice a request that adds sheets: it puts the workbook back and reports the error', async () => {
    const before = await prepare(firstInsert);
    fake.injectFault({ sync: 2, code: 'ActivityLimitReached', phase: 'after' });
    await expect(insertSheets(firstInsert.spec, firstInsert.options)).rejects.toMatchObject({
      code: 'ActivityLimitReached',
    });
    expect(workbookImage(fake.workbook)).toEqual(before);
  });
});

describe('the undo stack (cleared by the APIs Microsoft lists, per platform)', () => {
  it('is cleared by inserting a template everywhere: its sheets are protected', async () => {
    fake = installFakeOffice(globalThis, { platform: 'OfficeOnline' });
    await insertSheets(templateSpec(plan, 'ubnd-a', '2025-07'), { replaceExisting: false });
    expect(fake.workbook.undoClearedBy).toContain('WorksheetProtection.protect');
  });

  it('survives a first consolidation on the web, not on Windows (renaming and hiding sheets clear it there)', async () => {
    fake = installFakeOffice(globalThis, { platform: 'OfficeOnline' });
    await insertSheets(consolidationOf(dataRows(5)), { replaceExisting: false, protect: false });
    expect(fake.workbook.undoClearedBy).toEqual([]);
    fake.uninstall();
    fake = installFakeOffice(globalThis, { platform: 'PC' });
    await insertSheets(consolidationOf(dataRows(5)), { replaceExisting: false, protect: false });
    expect(new Set(fake.workbook.undoClearedBy)).toEqual(new Set(['Worksheet.name', 'Worksheet.visibility']));
  });

  it('is cleared by re-running a consolidation: the old sheets are deleted', async () => {
    fake = installFakeOffice(globalThis, { platform: 'OfficeOnline' });
    await insertSheets(consolidationOf(dataRows(5)), { replaceExisting: false, protect: false });
    await insertSheets(consolidationOf(dataRows(6)), { replaceExisting: true, protect: false });
    expect(fake.workbook.undoClearedBy).toContain('Worksheet.delete');
  });
});
