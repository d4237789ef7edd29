/**
 * Numbers typed as text, in Vietnamese or English form: "20,6", "1.234,5", "20.6", " 42 ", "20,6%",
 * "1,234.5", "1 234,5", "−5". One separator before exactly three digits after a group of 1–3 digits not starting
 * with 0 ("4,134", "1.100") is a decimal mark in one convention and a thousands group in the other: such text is
 * ambiguous and is not read at all (a money value off by 1000 must not pass). "0,206", "20.6", "20.60" are decimals.
 */

/** A number read from text, and whether it carried a percent sign. */
export interface ParsedNumber {
  value: number;
  percentSign: boolean;
}

/** Text that reads two ways ("4,134": the decimal 4.134 or the whole number 4134); neither is taken. */
export interface AmbiguousNumber {
  decimal: number;
  thousands: number;
  percentSign: boolean;
}

/** Parses a number written as text; the two readings when it is ambiguous; null when it is not a number. */
export function parseNumberText(raw: string): ParsedNumber | AmbiguousNumber | null {
  let s = raw.normalize('NFKC').replace(/[\s\u00a0\u202f]/g, '');
  s = s.replace(/^[−–]/, '-');
  const percentSign = s.endsWith('%');
  if (percentSign) s = s.slice(0, -1);
  if (!/^[+-]?[\d.,]+$/.test(s) || !/\d/.test(s)) return null;
  const sign = s.startsWith('-') ? -1 : 1;
  s = s.replace(/^[+-]/, '');
  if (/^[1-9]\d{0,2}[.,]\d{3}$/.test(s)) {
    return {
      decimal: sign * Number(s.replace(/[.,]/, '.')),
      thousands: sign * Number(s.replace(/[.,]/, '')),
      percentSign,
    };
  }
  const normalised = normaliseSeparators(s);
  if (normalised === null) return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? { value: sign * value, percentSign } : null;
}

function normaliseSeparators(s: string): string | null {
  const commas = (s.match(/,/g) ?? []).length;
  const dots = (s.match(/\./g) ?? []).length;
  if (commas && dots) {
    // Both: the later one is the decimal mark ("1.234,5" Vietnamese, "1,234.5" English).
    const decimal = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    const [intPart, frac, ...rest] = s.split(decimal);
    if (rest.length || frac === undefined || !groupedOk(intPart ?? '', group)) return null;
    return `${(intPart ?? '').split(group).join('')}.${frac}`;
  }
  const mark = commas ? ',' : dots ? '.' : '';
  const count = commas || dots;
  if (!mark) return s;
  // One mark that is not ambiguous (see parseNumberText): a decimal mark, "20,6" and "20.6" are both 20.6.
  if (count === 1) return s.replace(mark, '.');
  // Several of one mark: thousands groups ("1.234.567", "1,234,567").
  return groupedOk(s, mark) ? s.split(mark).join('') : null;
}

function groupedOk(s: string, group: string): boolean {
  const parts = s.split(group);
  return parts.every((p, i) =>
    i === 0 ? /^\d{1,3}$/.test(p) || (parts.length === 1 && /^\d+$/.test(p)) : /^\d{3}$/.test(p),
  );
}

const VI_NUMBER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** A number the Vietnamese way, for text a person reads: 4.480,9; 20,6; 100. */
export function formatNumberVi(n: number): string {
  return VI_NUMBER.format(n);
}
