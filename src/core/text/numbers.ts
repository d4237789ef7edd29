/**
 * Numbers typed as text, in Vietnamese or English form: "20,6", "1.234,5", "20.6", " 42 ", "20,6%",
 * "1,234.5", "1 234,5", "−5". Vietnamese-first: a lone comma is a decimal comma, and a lone dot
 * before exactly three digits ("1.100", "12.500") groups thousands as Vietnamese writes them; "0.206" and
 * "20.6" stay decimals. Callers show the value read, so a user who meant 1.1 sees 1100 and can fix it.
 */

/** A number read from text, and whether it carried a percent sign. */
export interface ParsedNumber {
  value: number;
  percentSign: boolean;
}

/** Parses a number written as text; null when the text is not a number. */
export function parseNumberText(raw: string): ParsedNumber | null {
  let s = raw.normalize('NFKC').replace(/[\s\u00a0\u202f]/g, '');
  s = s.replace(/^[−–]/, '-');
  const percentSign = s.endsWith('%');
  if (percentSign) s = s.slice(0, -1);
  if (!/^[+-]?[\d.,]+$/.test(s) || !/\d/.test(s)) return null;
  const sign = s.startsWith('-') ? -1 : 1;
  s = s.replace(/^[+-]/, '');
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
  if (count === 1) {
    // "1.100" is one thousand one hundred in Vietnamese; "20,6" and "20.6" are both 20.6.
    if (mark === '.' && /^[1-9]\d{0,2}\.\d{3}$/.test(s)) return s.replace('.', '');
    return s.replace(mark, '.');
  }
  // Several of one mark: thousands groups ("1.234.567", "1,234,567").
  return groupedOk(s, mark) ? s.split(mark).join('') : null;
}

function groupedOk(s: string, group: string): boolean {
  const parts = s.split(group);
  return parts.every((p, i) =>
    i === 0 ? /^\d{1,3}$/.test(p) || (parts.length === 1 && /^\d+$/.test(p)) : /^\d{3}$/.test(p),
  );
}
