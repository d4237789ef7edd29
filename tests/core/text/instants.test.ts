/** Saved date-times are instants: zones are applied before comparing, never compared as text. */
import { instantOf, localDateTimeVi } from '../../../src/core/text/dates';

describe('instantOf: an ISO 8601 date-time as the instant it names', () => {
  it('12:00+07:00 is earlier than 06:00Z of the same day', () => {
    const local = instantOf('2025-07-17T12:00:00+07:00');
    const utc = instantOf('2025-07-17T06:00:00Z');
    expect(local).not.toBeNull();
    expect(utc).not.toBeNull();
    expect(local as number).toBeLessThan(utc as number);
    expect(local).toBe(Date.UTC(2025, 6, 17, 5, 0, 0));
  });

  it('one instant written in several zones and forms is one number', () => {
    const forms = [
      '2025-07-17T05:00:00Z',
      '2025-07-17T12:00:00+07:00',
      '2025-07-17T12:00:00+0700',
      '2025-07-17T00:00:00-05:00',
      '2025-07-17T05:00Z',
      '2025-07-17T05:00:00.000Z',
      '2025-07-17 05:00:00',
      '2025-07-17T05:00:00', // no zone: UTC, as Office files store it
    ];
    expect(new Set(forms.map(instantOf))).toEqual(new Set([Date.UTC(2025, 6, 17, 5)]));
  });

  it('crosses the day line: 01:00+07:00 on the 17th is the 16th in UTC', () => {
    expect(instantOf('2025-07-17T01:00:00+07:00')).toBe(Date.UTC(2025, 6, 16, 18));
  });

  it('keeps fractions of a second', () => {
    expect(instantOf('2025-07-17T05:00:00.250Z')).toBe(Date.UTC(2025, 6, 17, 5, 0, 0, 250));
  });

  it('a date alone is its midnight UTC', () => {
    expect(instantOf('2025-07-17')).toBe(Date.UTC(2025, 6, 17));
  });

  it.each([
    ['text', 'hôm qua'],
    ['a day that does not exist', '2025-02-29T10:00:00Z'],
    ['an hour that does not exist', '2025-07-17T24:00:00Z'],
    ['a zone that cannot be', '2025-07-17T10:00:00+25:00'],
    ['a date written day first', '17/07/2025 10:00'],
    ['empty', ''],
  ])('is null for %s', (_, text) => {
    expect(instantOf(text)).toBeNull();
  });
});

describe('localDateTimeVi: a saved time as a person in Vietnam reads it', () => {
  it('shows a UTC time in Vietnam time (UTC+7), crossing midnight into the next day', () => {
    expect(localDateTimeVi('2025-07-17T20:05:00Z')).toBe('03:05 ngày 18/07/2025');
  });

  it('shows a time already written in +07:00 as it is', () => {
    expect(localDateTimeVi('2025-07-17T12:00:00+07:00')).toBe('12:00 ngày 17/07/2025');
  });

  it('keeps text that is not a date-time as it was written (nothing is dropped)', () => {
    expect(localDateTimeVi('hôm qua')).toBe('hôm qua');
  });
});
