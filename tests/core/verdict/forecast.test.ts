/** Year-end forecast — docs/verdicts.md, rows F1–F9. */
import { judgeForecast, isEstimateBelowActual } from '../../../src/core/verdict';
import { indicator, ok } from './support';

const grdp = indicator({ target: 8, tolerance: 0.5 });
const revenue = indicator({ valueKind: 'cumulative', target: 4305, tolerance: 86 });

describe('year-end forecast', () => {
  it('F1: an estimate at or above the target is "Ước đạt", judged on the estimate', () => {
    const v = judgeForecast({ indicator: grdp, actual: ok(7.8), yearEstimate: ok(8.2) });
    expect(v).toMatchObject({ status: 'met', basis: 'yearEstimate', value: 8.2, target: 8 });
  });

  it('F2: an estimate within the band is near', () => {
    expect(judgeForecast({ indicator: grdp, actual: ok(7.8), yearEstimate: ok(7.6) }).status).toBe('near');
  });

  it('F3: an estimate below the band is "Khó đạt"', () => {
    expect(judgeForecast({ indicator: grdp, actual: ok(7.8), yearEstimate: ok(7) }).status).toBe('missed');
  });

  it('F4: an approximate target is forecast in its band', () => {
    const urbanization = indicator({ direction: 'about', tolerance: 0.3, target: 20.6 });
    expect(judgeForecast({ indicator: urbanization, actual: ok(20.4), yearEstimate: ok(20.8) }).status).toBe(
      'met',
    );
  });

  it('F5: a running total already above the target is "Ước đạt" on its actual, whatever the estimate', () => {
    const v = judgeForecast({ indicator: revenue, actual: ok(4480.9), yearEstimate: ok(4199.2) });
    expect(v).toMatchObject({ status: 'met', basis: 'actual', value: 4480.9 });
    expect(isEstimateBelowActual(4480.9, 4199.2)).toBe(true);
  });

  it('F6: no estimate, no forecast', () => {
    expect(
      judgeForecast({ indicator: grdp, actual: ok(7.8), yearEstimate: { state: 'missing' } }),
    ).toMatchObject({
      status: 'missing',
      basis: null,
      value: null,
    });
  });

  it('F7: an estimate with an error is never judged', () => {
    const v = judgeForecast({ indicator: indicator(), actual: ok(95), yearEstimate: { state: 'invalid' } });
    expect(v).toMatchObject({ status: 'invalid', basis: null, value: null });
  });

  it('F8: the forecast stands on its own value when the actual is blank', () => {
    expect(
      judgeForecast({ indicator: grdp, actual: { state: 'missing' }, yearEstimate: ok(8.1) }).status,
    ).toBe('met');
  });

  it('F9: an estimate below what is already collected is not judged', () => {
    expect(isEstimateBelowActual(3000, 2900)).toBe(true);
    expect(isEstimateBelowActual(3000, 3000)).toBe(false);
    // The caller marks such an estimate invalid (S4); the forecast then says so.
    const v = judgeForecast({ indicator: revenue, actual: ok(3000), yearEstimate: { state: 'invalid' } });
    expect(v.status).toBe('invalid');
  });
});
