/** Heading numbers in the Decision's style — docs/report.md, row L12. */
import { heading, headingLabel, POINT_LETTERS, romanNumeral } from '../../../src/core/report';

describe('heading numbers', () => {
  it('L12: level 1 is numbered in Roman numerals with a dot, its title in capitals', () => {
    expect([1, 2, 4, 9, 12, 14].map((n) => headingLabel(1, n))).toEqual([
      'I.',
      'II.',
      'IV.',
      'IX.',
      'XII.',
      'XIV.',
    ]);
    expect(heading(1, 3, 'Kết quả thực hiện')).toEqual({
      kind: 'heading',
      level: 1,
      label: 'III.',
      title: 'KẾT QUẢ THỰC HIỆN',
    });
  });

  it('L12: level 2 is numbered in Arabic numerals with a dot, the title as given', () => {
    expect(headingLabel(2, 12)).toBe('12.');
    expect(heading(2, 1, 'Chỉ tiêu kinh tế').title).toBe('Chỉ tiêu kinh tế');
  });

  it('L12: level 3 follows the Vietnamese alphabet, đ after d, no f, j, w or z', () => {
    expect([1, 4, 5, 6, 7].map((n) => headingLabel(3, n))).toEqual(['a)', 'd)', 'đ)', 'e)', 'g)']);
    expect(POINT_LETTERS).toHaveLength(23);
    expect(POINT_LETTERS.filter((l) => 'fjwz'.includes(l))).toEqual([]);
    expect(headingLabel(3, 23)).toBe('y)');
  });

  it('refuses numbers that have no label rather than writing a wrong one', () => {
    expect(() => headingLabel(3, 24)).toThrow(RangeError);
    expect(() => headingLabel(2, 0)).toThrow(RangeError);
    expect(() => romanNumeral(1.5)).toThrow(RangeError);
  });

  it('writes larger Roman numerals by subtraction', () => {
    expect(romanNumeral(1994)).toBe('MCMXCIV');
    expect(romanNumeral(49)).toBe('XLIX');
  });
});
