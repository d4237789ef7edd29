/**
 * Large consolidations within Excel on the web's limits (5 MB per request and response, 5,000,000 cells per range
 * read): 40,000 rows written by insertSheets and read back, and 200,000 rows of "Dữ liệu" read — reading only the
 * sheets the earlier months need.
 */
import { previousDataRows } from '../../src/core/consolidate/sheets/data';
import { CONSOLIDATED_SHEETS } from '../../src/core/consolidate/labels';
import type { DataRow } from '../../src/core/consolidate/types';
import { MAX_REQUEST_BYTES } from '../../src/office/payload';
import { RESPONSE_BUDGET_BYTES } from '../../src/office/readBlocks';
import { readOpenWorkbookDetailed, type OpenWorkbookRead } from '../../src/office/readWorkbook';
import { insertSheets } from '../../src/office/writeWorkbook';
import { installFakeOffice, PAYLOAD_LIMIT_BYTES, type FakeOffice } from '../support/fake-excel';
import { testPlan } from '../support/plans';
import { consolidationOf, dataRows, seedConsolidationData } from './workbooks';

const PLAN_ID = testPlan().id;
/** What carrying earlier months over needs: the consolidation's stamp and its data. */
const NEEDED = [CONSOLIDATED_SHEETS.stamp, CONSOLIDATED_SHEETS.data];

const previous = (read: OpenWorkbookRead): DataRow[] => {
  const found = previousDataRows(read.snapshot, PLAN_ID);
  if (!found.ok) throw new Error(`not read back: ${JSON.stringify(found.problem)}`);
  return found.rows;
};

describe('a 40,000-row consolidation written, then read back', () => {
  const rows = dataRows(40_000);
  let fake: FakeOffice;
  let write: { syncs: number; largestRequest: number };
  let read: OpenWorkbookRead;
  let largestResponse: number;
  beforeAll(async () => {
    fake = installFakeOffice(globalThis, { sheets: ['Sheet1'] });
    const written = await insertSheets(consolidationOf(rows), { replaceExisting: false, protect: false });
    if (!written.ok) throw new Error('not written');
    write = { syncs: written.syncs, largestRequest: fake.counters.largestRequestBytes };
    fake.resetCounters();
    read = await readOpenWorkbookDetailed({ sheets: NEEDED });
    largestResponse = fake.counters.largestResponseBytes;
  });
  afterAll(() => fake.uninstall());

  it('is written in requests under 4 MB (the web refuses over 5 MB)', () => {
    expect(write.largestRequest).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    expect(write.syncs).toBeLessThanOrEqual(8);
  });

  it('is read in responses under 5 MB, several blocks of rows rather than one', () => {
    expect(largestResponse).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    expect(read.blocks).toBeGreaterThan(2);
    expect(read.syncs).toBe(fake.counters.syncs);
  });

  it('reads back every row exactly as written', () => {
    expect(previous(read)).toEqual(rows);
  });

  it('could not be read in one piece on the web (the response would be over 5 MB)', async () => {
    await expect(
      Excel.run(async (context) => {
        const used = context.workbook.worksheets
          .getItem(CONSOLIDATED_SHEETS.data)
          .getUsedRangeOrNullObject(true);
        used.load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });

  it('reads only the stamp and "Dữ liệu", not the other sheets', () => {
    expect(read.snapshot.sheets.map((s) => s.name).sort()).toEqual([...NEEDED].sort());
  });
});

describe('200,000 rows of "Dữ liệu"', () => {
  const rows = dataRows(200_000, '2025-07');
  let fake: FakeOffice;
  beforeAll(() => {
    fake = installFakeOffice(globalThis, { sheets: ['Sheet1'] });
    seedConsolidationData(fake.workbook, rows);
  });
  afterAll(() => fake.uninstall());

  it('is read in blocks, each response under 5 MB, and every row comes back', async () => {
    fake.resetCounters();
    const read = await readOpenWorkbookDetailed({ sheets: NEEDED });
    expect(fake.counters.largestResponseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    expect(read.largestResponseBytes).toBeLessThanOrEqual(RESPONSE_BUDGET_BYTES * 1.25);
    const back = previous(read);
    expect(back).toHaveLength(rows.length);
    expect(back[rows.length - 1]).toEqual(rows[rows.length - 1]);
    expect(back[12345]).toEqual(rows[12345]);
  });
});
