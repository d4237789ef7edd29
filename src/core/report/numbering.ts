/**
 * Heading numbers in the Decision's style (L12): level 1 in Roman numerals ("I.", "II."), level 2 in Arabic numerals
 * ("1.", "2."), level 3 in the letters of the Vietnamese alphabet ("a)", "b)" … "đ)" …), which skips f, j, w, z.
 */
import type { HeadingBlock } from './document';

const ROMAN: readonly (readonly [number, string])[] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** The letters điểm are numbered with, in order (the Vietnamese alphabet without its marked vowels). */
export const POINT_LETTERS = [
  'a',
  'b',
  'c',
  'd',
  'đ',
  'e',
  'g',
  'h',
  'i',
  'k',
  'l',
  'm',
  'n',
  'o',
  'p',
  'q',
  'r',
  's',
  't',
  'u',
  'v',
  'x',
  'y',
] as const;

/** `n` (≥ 1) in Roman numerals. */
export function romanNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new RangeError(`romanNumeral: ${n} is out of range`);
  let rest = n;
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/** The label of the `index`-th (from 1) heading of a level: "I.", "1.", "a)". */
export function headingLabel(level: 1 | 2 | 3, index: number): string {
  if (!Number.isInteger(index) || index < 1) throw new RangeError(`headingLabel: index ${index} is not ≥ 1`);
  if (level === 1) return `${romanNumeral(index)}.`;
  if (level === 2) return `${index}.`;
  const letter = POINT_LETTERS[index - 1];
  if (letter === undefined)
    throw new RangeError(`headingLabel: only ${POINT_LETTERS.length} letters for level 3`);
  return `${letter})`;
}

/** The `index`-th heading of a level; a level-1 title is written in upper case, as the Decision writes its parts. */
export function heading(level: 1 | 2 | 3, index: number, title: string): HeadingBlock {
  return {
    kind: 'heading',
    level,
    label: headingLabel(level, index),
    title: level === 1 ? title.toLocaleUpperCase('vi') : title,
  };
}
