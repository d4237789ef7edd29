/** flushRequests: one sync per request; a request of idempotent steps is resent when Excel is briefly busy, no other. */
import { flushRequests, type Step } from '../../src/office/batches';
import { recordBackoff } from './backoff';
import { installFakeOffice, type FakeOffice } from '../support/fake-excel';

let fake: FakeOffice;
const sleeps = recordBackoff();
beforeEach(() => {
  fake = installFakeOffice(globalThis, { sheets: ['Sheet1'] });
});
afterEach(() => fake.uninstall());

const write = (address: string, value: number, idempotent: boolean): Step => ({
  bytes: 300,
  idempotent,
  queue: (context) => {
    context.workbook.worksheets.getItem('Sheet1').getRange(address).values = [[value]];
  },
});

const flush = (requests: Step[][]) => Excel.run((context) => flushRequests(context, requests));

describe('flushRequests', () => {
  it('syncs once per request, in order', async () => {
    await flush([[write('A1', 1, true)], [write('A2', 2, true), write('A3', 3, true)]]);
    expect(fake.counters.syncs).toBe(2);
    expect(fake.counters.requestOperations).toEqual([1, 2]);
    expect(fake.workbook.sheet('Sheet1').cell('A3').value).toBe(3);
  });

  it.each(['ActivityLimitReached', 'ServiceNotAvailable', 'RequestAborted'])(
    'resends a request of values when Excel answers %s, after a short wait',
    async (code) => {
      fake.injectFault({ sync: 2, code });
      await flush([[write('A1', 1, true)], [write('A2', 2, true)]]);
      expect(fake.counters.syncs).toBe(3);
      expect(sleeps).toEqual([250]);
      expect(fake.workbook.sheet('Sheet1').cell('A2').value).toBe(2);
    },
  );

  it('gives up after 4 attempts, waiting 0.25 s, 0.5 s, 1 s in between', async () => {
    for (const sync of [1, 2, 3, 4]) fake.injectFault({ sync, code: 'ServiceNotAvailable' });
    await expect(flush([[write('A1', 1, true)]])).rejects.toMatchObject({ code: 'ServiceNotAvailable' });
    expect(sleeps).toEqual([250, 500, 1000]);
  });

  it('never resends a request holding a step that is not idempotent', async () => {
    fake.injectFault({ sync: 1, code: 'ActivityLimitReached' });
    await expect(flush([[write('A1', 1, true), write('A2', 2, false)]])).rejects.toMatchObject({
      code: 'ActivityLimitReached',
    });
    expect(fake.counters.syncs).toBe(1);
  });

  it('does not resend on a failure that is not passing (the message is never read)', async () => {
    fake.injectFault({ sync: 1, code: 'InvalidArgument' });
    await expect(flush([[write('A1', 1, true)]])).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(sleeps).toEqual([]);
  });
});
