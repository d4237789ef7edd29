/** Numbers typed as text, Vietnamese and English forms. */
import { parseNumberText } from '../../../src/core/text/numbers';

describe('parseNumberText', () => {
  it.each([
    ['20,6', 20.6],
    ['20.6', 20.6],
    [' 42 ', 42],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1.234.567', 1234567],
    ['1,234,567', 1234567],
    ['1 234,5', 1234.5],
    ['1\u00a0234,5', 1234.5],
    ['-5', -5],
    ['−5,5', -5.5],
    ['+7', 7],
    ['0,206', 0.206],
    ['0.206', 0.206],
    ['1,100', 1.1],
    ['20.60', 20.6],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumberText(text)).toEqual({ value, percentSign: false });
  });

  it.each([
    ['1.100', 1100],
    [' 1.100 ', 1100],
    ['12.500', 12500],
    ['305.000', 305000],
  ])('reads a lone dot before three digits as Vietnamese thousands: %j is %d', (text, value) => {
    expect(parseNumberText(text)).toEqual({ value, percentSign: false });
  });

  it('keeps the percent sign apart: "20,6%" is 20.6 with a sign', () => {
    expect(parseNumberText('20,6%')).toEqual({ value: 20.6, percentSign: true });
  });

  it.each(['', 'abc', '20,6 tỷ', '1.2.3,4,5', '12,34,5', '--5', '%', '1.23.45', 'N/A'])(
    'refuses %j',
    (text) => {
      expect(parseNumberText(text)).toBeNull();
    },
  );
});
