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
    ['20.60', 20.6],
    ['0,100', 0.1],
    ['1234,567', 1234.567],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumberText(text)).toEqual({ value, percentSign: false });
  });

  it.each([
    ['4,134', 4.134, 4134],
    ['4.134', 4.134, 4134],
    [' 1.100 ', 1.1, 1100],
    ['8.125', 8.125, 8125],
    ['305.000', 305, 305000],
    ['-1,100', -1.1, -1100],
  ])(
    'does not guess at one separator before three digits: %j reads as %d or %d',
    (text, decimal, thousands) => {
      expect(parseNumberText(text)).toEqual({ decimal, thousands, percentSign: false });
    },
  );

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
