/** Test helper: the retry wait replaced by a recorder, so tests run without waiting and see the delays asked for. */
import { backoff } from '../../src/office/retry';

/** For the calling test file: records each wait (cleared before every test) instead of waiting. */
export function recordBackoff(): number[] {
  const sleeps: number[] = [];
  const real = backoff.sleep;
  beforeEach(() => {
    sleeps.length = 0;
    backoff.sleep = (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    };
  });
  afterEach(() => {
    backoff.sleep = real;
  });
  return sleeps;
}
